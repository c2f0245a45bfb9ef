import type { Message, Update, User } from 'telegraf/types';
import type { Incoming } from '../../../kernel/conversation/conversations.js';
import { parseSlashCommand } from '../../../kernel/conversation/commands.js';
import { decodeButton } from './button-data.js';
import type { Event, UnsupportedKind } from '../../../kernel/engine/types.js';

/** The longest text handed to the engine; Telegram's own limit, so only a forged update is ever cut. */
export const MAX_INCOMING_CHARS = 4096;

/** Represents a button tap: its query (always answered) and the message the button was on, when Telegram says. */
export interface Tap {
  readonly queryId: string;
  readonly messageId?: number;
}

/**
 * Represents what one Telegram update means to Peerline:
 * - `person`: a message or tap from someone in a private chat, for Conversations;
 * - `blocked`: the person blocked the bot (my_chat_member "kicked" in a private chat);
 * - `foreign_group`: any group, supergroup or channel other than the staff group, which the bot leaves;
 * - `staff`: anything from the staff group (the hand-off feature takes these; ignored until it lands);
 * - `ignored`: nothing to do (a tap without a chat, the bot's own membership changes, unknown update types).
 * `tap` is set whenever a callback query must be answered.
 */
export type ParsedUpdate =
  | { readonly kind: 'person'; readonly incoming: Incoming; readonly tap?: Tap; readonly messageId?: number }
  | { readonly kind: 'blocked'; readonly address: string; readonly tap?: undefined }
  | { readonly kind: 'foreign_group'; readonly chatId: number; readonly tap?: Tap }
  | { readonly kind: 'staff'; readonly tap?: Tap }
  | { readonly kind: 'ignored'; readonly reason: string; readonly tap?: Tap };

/** Represents what parsing needs to know about the bot and its set-up. */
export interface ParseContext {
  /** The bot's @username without the @, so `/menu@other_bot` is not taken for ours. */
  readonly botUsername?: string;
  /** STAFF_CHAT_ID, as configured (e.g. "-1001234567890"). */
  readonly staffChatId?: string;
}

/**
 * Translates a Bot API update into a {@link ParsedUpdate}. Pure: no I/O, no telegraf runtime.
 * Official reference: https://core.telegram.org/bots/api#update
 */
export function parseUpdate(update: Update, ctx: ParseContext): ParsedUpdate {
  if ('message' in update) return parseMessage(update.message, ctx, false);
  if ('edited_message' in update) return parseMessage(update.edited_message, ctx, true);
  if ('callback_query' in update) return parseTap(update.callback_query, ctx);
  if ('my_chat_member' in update) {
    const { chat, new_chat_member: member } = update.my_chat_member;
    if (chat.type === 'private')
      return member.status === 'kicked'
        ? { kind: 'blocked', address: String(chat.id) }
        : { kind: 'ignored', reason: 'private membership' };
    if (isStaff(chat.id, ctx)) return { kind: 'staff' };
    return member.status === 'left' || member.status === 'kicked'
      ? { kind: 'ignored', reason: 'removed from group' }
      : { kind: 'foreign_group', chatId: chat.id };
  }
  return { kind: 'ignored', reason: 'update type' };
}

function parseMessage(message: Message, ctx: ParseContext, edited: boolean): ParsedUpdate {
  const chat = message.chat;
  if (chat.type !== 'private') {
    if (isStaff(chat.id, ctx)) return { kind: 'staff' };
    return edited ? { kind: 'ignored', reason: 'group edit' } : { kind: 'foreign_group', chatId: chat.id };
  }
  const event: Event = edited ? { type: 'unsupported', kind: 'edited' } : toEvent(message, ctx);
  const base = incoming(String(chat.id), event, message.from);
  // Photos, voice notes, videos and documents reach a peer supporter as a copy (never stored).
  const copyable = event.type === 'unsupported' && ['photo', 'voice', 'video', 'document'].includes(event.kind);
  // The message's own id, so "clear this chat" can delete it later (an edit keeps the id already recorded).
  const own = !edited && Number.isSafeInteger(message.message_id) ? { messageId: message.message_id } : {};
  return {
    kind: 'person',
    incoming: copyable
      ? { ...base, relay: { kind: 'telegram_message', chatId: String(chat.id), messageId: message.message_id } }
      : base,
    ...own,
  };
}

function parseTap(query: Update.CallbackQueryUpdate['callback_query'], ctx: ParseContext): ParsedUpdate {
  const message = query.message;
  const tap: Tap = { queryId: query.id, ...(message ? { messageId: message.message_id } : {}) };
  // Taps on inline-mode messages carry no chat; Peerline sends none, so there is no one to answer but the query.
  if (!message) return { kind: 'ignored', reason: 'tap without chat', tap };
  if (message.chat.type !== 'private') {
    if (isStaff(message.chat.id, ctx)) return { kind: 'staff', tap };
    return { kind: 'foreign_group', chatId: message.chat.id, tap };
  }
  const button = decodeButton('data' in query ? query.data : undefined);
  // Malformed or forged data becomes empty text, which the engine answers with "not understood" and the screen.
  const event: Event = button ? { type: 'choice', key: button.key, from: button.from } : { type: 'text', text: '' };
  return { kind: 'person', incoming: incoming(String(message.chat.id), event, query.from), tap };
}

function toEvent(message: Message, ctx: ParseContext): Event {
  if (!('text' in message)) return { type: 'unsupported', kind: unsupportedKind(message) };
  const text = truncate(message.text);
  const command = parseSlashCommand(text, ctx.botUsername);
  if (command?.type === 'start') {
    const suggested = message.from?.language_code;
    return suggested ? { type: 'start', suggestedLocale: suggested } : command;
  }
  return command ?? { type: 'text', text };
}

/** Names what someone sent that the engine cannot read, so the polite answer can fit it. */
export function unsupportedKind(message: Message): UnsupportedKind {
  const has = (field: string) => field in message;
  if (has('sticker')) return 'sticker';
  if (has('photo')) return 'photo';
  if (has('voice') || has('audio')) return 'voice';
  if (has('video') || has('video_note') || has('animation')) return 'video';
  if (has('document')) return 'document';
  if (has('location') || has('venue')) return 'location';
  if (has('contact')) return 'contact';
  return 'other';
}

function incoming(address: string, event: Event, from: User | undefined): Incoming {
  const locale = from?.language_code;
  return { channel: 'telegram', address, event, ...(locale ? { platformLocale: locale } : {}) };
}

function isStaff(chatId: number, ctx: ParseContext): boolean {
  return ctx.staffChatId !== undefined && String(chatId) === ctx.staffChatId;
}

/** Cuts a text to {@link MAX_INCOMING_CHARS} code points (never through a surrogate pair). */
export function truncate(text: string): string {
  if (text.length <= MAX_INCOMING_CHARS) return text;
  return Array.from(text).slice(0, MAX_INCOMING_CHARS).join('');
}
