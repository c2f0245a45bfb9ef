import { ChannelError, type ChannelErrorCode } from '../../../kernel/ports/channel-error.js';

/** Descriptions (Telegram's wording, after "Bad Request: ") of edits that can only be replaced by a new message. */
const NOT_EDITABLE = [
  'message to edit not found',
  "message can't be edited",
  'there is no text in the message to edit',
  'MESSAGE_ID_INVALID',
];

/** Telegram's description of an edit that would change nothing, which counts as success. */
const NOT_MODIFIED = 'message is not modified';

/** The fields of telegraf's TelegramError (and node-fetch's FetchError) this file reads. */
interface TelegramErrorLike {
  readonly code?: unknown;
  readonly description?: unknown;
  readonly parameters?: { readonly retry_after?: unknown };
  readonly name?: unknown;
}

/**
 * Maps whatever a Bot API call threw (telegraf's TelegramError, node-fetch's
 * FetchError, the AbortError of our timeout) onto the house {@link ChannelError}:
 * 429 → rate_limited (with Telegram's retry_after), 5xx → server, 403 →
 * unreachable, 401 → unauthorized, other 4xx → bad_request, no answer → network.
 * The library error stays as `cause`; Telegram's description is never copied.
 * Official reference: https://core.telegram.org/bots/api#making-requests
 */
export function toChannelError(method: string, err: unknown): ChannelError {
  if (err instanceof ChannelError) return err;
  const e = asErrorLike(err);
  const status = typeof e.code === 'number' ? e.code : undefined;
  const make = (code: ChannelErrorCode, retryAfterMs?: number) =>
    new ChannelError({
      channel: 'telegram',
      method,
      code,
      ...(status === undefined ? {} : { status }),
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      cause: err,
    });
  if (status === undefined) {
    // node-fetch's FetchError (refused, reset, DNS) and the AbortError of our timeout; anything else is a bug, not worth retrying.
    return make(e.name === 'FetchError' || e.name === 'AbortError' ? 'network' : 'other');
  }
  if (status === 429) {
    const after = e.parameters?.retry_after;
    return make('rate_limited', (typeof after === 'number' && after >= 0 ? after : 1) * 1000);
  }
  if (status >= 500) return make('server');
  if (status === 403) return make('unreachable');
  if (status === 401) return make('unauthorized');
  return make('bad_request');
}

/** True when an edit failed only because it would change nothing (Telegram's 400 "message is not modified"). */
export function isNotModified(err: unknown): boolean {
  return badRequestSaying(err, [NOT_MODIFIED]);
}

/** True when an edit failed because its message is gone or too old: the screen must come as a new message. */
export function isNotEditable(err: unknown): boolean {
  return badRequestSaying(err, NOT_EDITABLE);
}

/** Reads Telegram's description (kept on the library error, never logged) of a 400 answer. */
function badRequestSaying(err: unknown, phrases: readonly string[]): boolean {
  const raw = err instanceof ChannelError ? err.cause : err;
  const e = asErrorLike(raw);
  if (e.code !== 400 || typeof e.description !== 'string') return false;
  const description = e.description;
  return phrases.some((p) => description.includes(p));
}

function asErrorLike(err: unknown): TelegramErrorLike {
  return typeof err === 'object' && err !== null ? err : {};
}
