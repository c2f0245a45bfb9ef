/**
 * The ways a Bot API call fails that the sender treats differently.
 * Official reference: https://core.telegram.org/bots/api#making-requests
 */
export type ChannelErrorKind =
  /** 429: Telegram asks us to wait `retryAfterSeconds`. */
  | 'rate_limited'
  /** 5xx from Telegram or its front proxies. */
  | 'server'
  /** No answer: refused connection, dropped socket, timeout. */
  | 'network'
  /** 403: the person blocked the bot, or deleted their account; the bot was removed from a group. */
  | 'forbidden'
  /** 400 "message is not modified": the edit would change nothing, which is success. */
  | 'not_modified'
  /** 400 on an edit whose message is gone or too old: send a new message instead. */
  | 'not_editable'
  /** 401: the token is wrong or was revoked. */
  | 'unauthorized'
  /** Any other 4xx: our request is wrong; retrying cannot help. */
  | 'bad_request'
  /** The sender was stopped before the call could be made. */
  | 'stopped';

/**
 * Represents a failed Telegram call (the house ChannelError for this channel):
 * the method, the HTTP/Bot API code and a kind, never the request payload or
 * Telegram's description (which can quote what was sent). The library error
 * is kept as `cause`; log it only through `safeError` (src/kernel/log.ts).
 */
export class ChannelError extends Error {
  readonly channel = 'telegram';

  constructor(
    readonly method: string,
    readonly kind: ChannelErrorKind,
    readonly code: number | undefined,
    readonly retryAfterSeconds?: number,
    options?: { cause?: unknown },
  ) {
    super(`telegram ${method} failed: ${kind}${code === undefined ? '' : ` (${code})`}`, options);
    this.name = 'ChannelError';
  }
}

/** Descriptions (Telegram's wording, after "Bad Request: ") of edits that can only be replaced by a new message. */
const NOT_EDITABLE = [
  'message to edit not found',
  "message can't be edited",
  'there is no text in the message to edit',
  'MESSAGE_ID_INVALID',
];

interface TelegramErrorLike {
  readonly code?: unknown;
  readonly description?: unknown;
  readonly parameters?: { readonly retry_after?: unknown };
  readonly name?: unknown;
}

/**
 * Classifies whatever a Bot API call threw (telegraf's TelegramError, node-fetch's
 * FetchError, an AbortError from our timeout) as a {@link ChannelError}.
 */
export function toChannelError(method: string, err: unknown): ChannelError {
  if (err instanceof ChannelError) return err;
  const e = (typeof err === 'object' && err !== null ? err : {}) as TelegramErrorLike;
  const code = typeof e.code === 'number' ? e.code : undefined;
  const description = typeof e.description === 'string' ? e.description : '';
  const make = (kind: ChannelErrorKind, retryAfter?: number) =>
    new ChannelError(method, kind, code, retryAfter, { cause: err });
  if (code === undefined) {
    // node-fetch's FetchError (refused, reset, DNS) and the AbortError of our timeout; anything else is a bug, not worth retrying.
    return make(e.name === 'FetchError' || e.name === 'AbortError' ? 'network' : 'bad_request');
  }
  if (code === 429) {
    const after = e.parameters?.retry_after;
    return make('rate_limited', typeof after === 'number' && after >= 0 ? after : 1);
  }
  if (code >= 500) return make('server');
  if (code === 403) return make('forbidden');
  if (code === 401) return make('unauthorized');
  if (code === 400 && description.includes('message is not modified')) return make('not_modified');
  if (code === 400 && NOT_EDITABLE.some((d) => description.includes(d))) return make('not_editable');
  return make('bad_request');
}
