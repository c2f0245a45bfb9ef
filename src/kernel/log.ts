import { pino, type Logger } from 'pino';
import { ChannelError } from './ports/channel-error.js';

/**
 * Paths pino blanks out wherever they appear. Belt and braces: our code logs
 * ids only (case numbers, update ids, contact row ids), but a library error
 * or a careless `log.info({ update })` must still not leak a message text,
 * a chat id or a phone number. tests/kernel/log.test.ts proves it.
 */
export const REDACT_PATHS = [
  'text',
  '*.text',
  'body',
  '*.body',
  'caption',
  '*.caption',
  'message',
  '*.message.text',
  'update',
  '*.update',
  'chat',
  '*.chat',
  'from',
  '*.from',
  'chatId',
  '*.chatId',
  'chat_id',
  '*.chat_id',
  'address',
  '*.address',
  'phone',
  '*.phone',
  'phoneNumber',
  '*.phoneNumber',
  'identity',
  '*.identity',
  'token',
  '*.token',
  'payload',
  '*.payload',
  'args',
  '*.args',
  'context',
  '*.context',
  'user',
  '*.user',
  'username',
  '*.username',
  'first_name',
  '*.first_name',
  'last_name',
  '*.last_name',
  'err.on',
  'err.response',
  'err.payload',
];

/** Creates the process logger (JSON lines on stdout) with redaction on. */
export function createLogger(level = 'info', destination?: pino.DestinationStream): Logger {
  const options = {
    level,
    base: { app: 'peerline' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: { err: safeError },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * Serializes an error by name, code, method and stack only. Library errors
 * (telegraf's TelegramError, for one) carry the request payload — which holds
 * chat ids and texts — so their other fields are never logged. A
 * {@link ChannelError} adds its channel, status and wait; of any error's
 * `cause` only the type and code are written (tests/kernel/log.test.ts).
 */
export function safeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const e = err as Error & { code?: unknown; method?: unknown };
  const channel =
    err instanceof ChannelError ? { channel: err.channel, status: err.status, retryAfterMs: err.retryAfterMs } : {};
  return {
    type: e.name,
    ...channel,
    code: safeCode(e.code),
    method: typeof e.method === 'string' ? e.method : undefined,
    // Library messages can quote user input (e.g. "can't parse entities in …"); keep only the first words.
    message: scrub(e.message),
    stack: e.stack?.split('\n').slice(1, 6).join('\n'),
    cause: e.cause === undefined ? undefined : safeCause(e.cause),
  };
}

/** A cause is named, never described: its message may hold a request URL (with the bot token) or a text. */
function safeCause(cause: unknown): Record<string, unknown> {
  if (!(cause instanceof Error)) return { type: typeof cause };
  return { type: cause.name, code: safeCode((cause as Error & { code?: unknown }).code) };
}

function safeCode(code: unknown): string | number | undefined {
  return typeof code === 'string' || typeof code === 'number' ? code : undefined;
}

/** Long numbers (chat ids, phone numbers) and Bot API tokens never pass; the rest is cut to 120 characters. */
function scrub(message: string): string {
  return message
    .replace(/\d+:[\w-]{30,}/g, '[token]')
    .replace(/\d{5,}/g, '[n]')
    .slice(0, 120);
}

export type { Logger };
