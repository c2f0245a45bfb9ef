/** The ways the WhatsApp channel fails that callers and logs tell apart. */
export type WhatsAppErrorCode = 'chromium_missing' | 'not_ready' | 'library_load_failed';

/**
 * Represents a WhatsApp transport failure (the house ChannelError for this
 * channel): a code and the library method, never a message text or a chat id.
 * The library error, when there is one, is kept as `cause` and logged only
 * through `safeError` (src/kernel/log.ts).
 */
export class WhatsAppError extends Error {
  constructor(
    readonly code: WhatsAppErrorCode,
    message: string,
    readonly method?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'WhatsAppError';
  }
}

/** Reads Chromium's network error (`net::ERR_NAME_NOT_RESOLVED`, …) out of a puppeteer error, if it is one. */
export function networkErrorCode(err: unknown): string | undefined {
  const message = err instanceof Error ? err.message : typeof err === 'string' ? err : '';
  return /net::(ERR_[A-Z_]+)/.exec(message)?.[1];
}

/** Says in one line why the client could not start, for the operator (no personal data in any branch). */
export function describeStartFailure(err: unknown): string {
  if (err instanceof WhatsAppError) return err.message;
  const net = networkErrorCode(err);
  if (net) return `web.whatsapp.com is unreachable (net::${net}); check this machine's internet access`;
  const name = err instanceof Error ? err.name : typeof err;
  return `WhatsApp Web could not be opened (${name})`;
}

/** Keeps library reasons and states (`CONFLICT`, `Max qrcode retries reached`) for logs and drops anything else. */
export function safeWord(value: unknown): string {
  return typeof value === 'string' && /^[A-Za-z][A-Za-z _]{0,40}$/.test(value) ? value : 'other';
}
