import { parseSlashCommand } from '../../../kernel/conversation/commands.js';
import type { Event, UnsupportedKind } from '../../../kernel/engine/types.js';
import { parseWhatsAppText } from './parse-text.js';
import type { WaMessage } from './wa-client.js';

/** Longer texts are cut before they reach the app (nobody types this much into a menu bot; it bounds the work). */
export const MAX_INCOMING_CHARS = 4096;

/** Represents a message Peerline does not answer, and why (for counters and tests; never logged with ids). */
export type IgnoreReason = 'own' | 'group' | 'status' | 'broadcast' | 'system' | 'malformed';

/** Represents the result of reading one whatsapp-web.js message. */
export type Parsed =
  | { readonly kind: 'ignore'; readonly reason: IgnoreReason }
  | {
      readonly kind: 'event';
      /** `msg.from` exactly as received (`…@c.us` or `…@lid`): the person's address. */
      readonly address: string;
      /** `msg.id._serialized`, for idempotency. */
      readonly messageId: string;
      readonly event: Event;
    };

const MEDIA: Readonly<Record<string, UnsupportedKind>> = {
  image: 'photo',
  album: 'photo',
  ptt: 'voice',
  audio: 'voice',
  video: 'video',
  document: 'document',
  sticker: 'sticker',
  location: 'location',
  vcard: 'contact',
  multi_vcard: 'contact',
};

/**
 * Message types that are not something a person sent to us: notifications,
 * call logs, revoked messages, and `ciphertext` ("waiting for this message",
 * which whatsapp-web.js may deliver before it can decrypt). Answering them
 * would confuse people.
 */
const SYSTEM_TYPES = new Set([
  'revoked',
  'e2e_notification',
  'notification',
  'notification_template',
  'group_notification',
  'gp2',
  'broadcast_notification',
  'call_log',
  'ciphertext',
  'protocol',
  'debug',
  'reaction',
]);

/**
 * Reads one incoming whatsapp-web.js message into a neutral event, or says
 * why it is ignored: the bot's own messages, groups, status updates,
 * broadcast lists and channels (newsletters), and system notices. The
 * sender is `msg.from` as received; no phone number is ever parsed out of
 * it (senders increasingly arrive as `@lid` privacy ids).
 * Official reference: https://docs.wwebjs.dev/Message.html
 */
export function parseWhatsAppMessage(msg: WaMessage): Parsed {
  if (msg.fromMe) return { kind: 'ignore', reason: 'own' };
  const from = typeof msg.from === 'string' ? msg.from : '';
  const messageId = msg.id?._serialized;
  if (!from || typeof messageId !== 'string' || !messageId) return { kind: 'ignore', reason: 'malformed' };
  if (msg.isStatus || from === 'status@broadcast') return { kind: 'ignore', reason: 'status' };
  if (from.endsWith('@g.us')) return { kind: 'ignore', reason: 'group' };
  if (from.endsWith('@broadcast') || from.endsWith('@newsletter')) return { kind: 'ignore', reason: 'broadcast' };
  if (!from.endsWith('@c.us') && !from.endsWith('@lid')) return { kind: 'ignore', reason: 'malformed' };
  if (SYSTEM_TYPES.has(msg.type)) return { kind: 'ignore', reason: 'system' };
  return { kind: 'event', address: from, messageId, event: toEvent(msg) };
}

function toEvent(msg: WaMessage): Event {
  if (msg.type !== 'chat') return { type: 'unsupported', kind: MEDIA[msg.type] ?? 'other' };
  const text = (typeof msg.body === 'string' ? msg.body : '').slice(0, MAX_INCOMING_CHARS);
  return parseSlashCommand(text) ?? parseWhatsAppText(text);
}
