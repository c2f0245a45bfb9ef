import { ChannelError } from '../../../kernel/ports/channel-error.js';

/** puppeteer's errors when the browser page is gone or hung: the client must be made again. */
const BROWSER_GONE = new Set(['ProtocolError', 'TargetCloseError', 'TimeoutError']);

/**
 * Makes the house {@link ChannelError} for a WhatsApp set-up problem the
 * operator must fix (Chromium missing, whatsapp-web.js not installed);
 * `hint` is the one-line fix shown in the log and in /healthz.
 */
export function setupError(method: string, hint: string, cause?: unknown): ChannelError {
  return new ChannelError({ channel: 'whatsapp', method, code: 'setup', hint, cause });
}

/**
 * Maps whatever whatsapp-web.js (puppeteer underneath) threw onto the house
 * {@link ChannelError}: a closed or hung browser page, a Chromium network
 * error or a timed-out send is `network` (worth retrying once the supervisor
 * has a new client); anything else is `other`. The library error stays as
 * `cause`: its message can quote the chat id, so it is never copied.
 */
export function toChannelError(method: string, err: unknown): ChannelError {
  if (err instanceof ChannelError) return err;
  const name = err instanceof Error ? err.name : '';
  const timedOut = err instanceof Error && /timed out/i.test(err.message);
  const network = BROWSER_GONE.has(name) || networkErrorCode(err) !== undefined || timedOut;
  return new ChannelError({ channel: 'whatsapp', method, code: network ? 'network' : 'other', cause: err });
}

/** Reads Chromium's network error (`net::ERR_NAME_NOT_RESOLVED`, …) out of a puppeteer error, if it is one. */
export function networkErrorCode(err: unknown): string | undefined {
  const message = err instanceof Error ? err.message : typeof err === 'string' ? err : '';
  return /net::(ERR_[A-Z_]+)/.exec(message)?.[1];
}

/** Says in one line why the client could not start, for the operator (no personal data in any branch). */
export function describeStartFailure(err: unknown): string {
  if (err instanceof ChannelError && err.hint !== undefined) return err.hint;
  const net = networkErrorCode(err);
  if (net) return `web.whatsapp.com is unreachable (net::${net}); check this machine's internet access`;
  const name = err instanceof Error ? err.name : typeof err;
  return `WhatsApp Web could not be opened (${name})`;
}

/** Keeps library reasons and states (`CONFLICT`, `Max qrcode retries reached`) for logs and drops anything else. */
export function safeWord(value: unknown): string {
  return typeof value === 'string' && /^[A-Za-z][A-Za-z _]{0,40}$/.test(value) ? value : 'other';
}
