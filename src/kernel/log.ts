import { pino, type Logger } from 'pino';

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
export function createLogger(level = 'info', destination?: NodeJS.WritableStream): Logger {
  const options = {
    level,
    base: { app: 'peerline' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: { err: safeError },
  };
  return destination ? pino(options, destination as unknown as pino.DestinationStream) : pino(options);
}

/**
 * Serializes an error by name, code, method and stack only. Library errors
 * (telegraf's TelegramError, for one) carry the request payload — which holds
 * chat ids and texts — so their other fields are never logged.
 */
export function safeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const e = err as Error & { code?: unknown; method?: unknown; description?: unknown };
  return {
    type: e.name,
    code: typeof e.code === 'string' || typeof e.code === 'number' ? e.code : undefined,
    method: typeof e.method === 'string' ? e.method : undefined,
    // Library messages can quote user input (e.g. "can't parse entities in …"); keep only the first words.
    message: scrub(e.message),
    stack: e.stack?.split('\n').slice(1, 6).join('\n'),
  };
}

function scrub(message: string): string {
  return message.replace(/\d{5,}/g, '[n]').slice(0, 120);
}

export type { Logger };
