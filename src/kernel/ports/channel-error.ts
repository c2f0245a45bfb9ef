import type { ChannelName } from './store.js';

/**
 * Represents the ways a channel call fails that callers treat differently,
 * the same words for every channel. Each adapter maps its library's errors
 * onto them (src/adapters/channels/{telegram,whatsapp}/errors.ts).
 */
export type ChannelErrorCode =
  /** The platform asks us to wait (`retryAfterMs`) before sending more (Telegram 429). */
  | 'rate_limited'
  /** The person cannot be reached: they blocked the bot or deleted their account (Telegram 403). */
  | 'unreachable'
  /** Our request is wrong; retrying it cannot help (Telegram 400 and other 4xx). */
  | 'bad_request'
  /** The bot's own credentials were refused (Telegram 401: a wrong or revoked token). */
  | 'unauthorized'
  /** The platform failed on its side (Telegram 5xx); worth retrying. */
  | 'server'
  /** No answer: refused or dropped connection, timeout, or the channel is not connected right now; worth retrying. */
  | 'network'
  /** The channel cannot run on this machine (a browser or library is missing); `hint` tells the operator the fix. */
  | 'setup'
  /** The channel was stopped before the call could be made. */
  | 'stopped'
  /** Anything else. */
  | 'other';

/** Represents what a {@link ChannelError} is made from. */
export interface ChannelErrorInit {
  readonly channel: ChannelName;
  /** The platform call that failed (`sendMessage`, `copyMessage`, `launch`, …). */
  readonly method: string;
  readonly code: ChannelErrorCode;
  /** The platform's own status code, when it gave one (the Bot API's `error_code`: 400, 403, 429, …). */
  readonly status?: number;
  /** How long the platform asked us to wait (with `rate_limited`). */
  readonly retryAfterMs?: number;
  /** One sentence for the operator (what to install or check); never a person's text or identifier. */
  readonly hint?: string;
  /** The library error. It can hold the request (texts, chat ids): it is logged only through `safeError`. */
  readonly cause?: unknown;
}

/**
 * Represents a failed call to a messaging platform, whichever the channel:
 * the channel, the method, a {@link ChannelErrorCode} and what the platform
 * said about waiting, never the request (a message text, a chat id or a
 * phone number). The library error is kept as `cause` for the log serializer
 * (src/kernel/log.ts), which writes only its type and code.
 * Guarded by tests/kernel/log.test.ts.
 */
export class ChannelError extends Error {
  readonly channel: ChannelName;
  readonly method: string;
  readonly code: ChannelErrorCode;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly hint: string | undefined;

  constructor(init: ChannelErrorInit) {
    const status = init.status === undefined ? '' : ` (${init.status})`;
    const hint = init.hint === undefined ? '' : `: ${init.hint}`;
    super(
      `${init.channel} ${init.method} failed: ${init.code}${status}${hint}`,
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.name = 'ChannelError';
    this.channel = init.channel;
    this.method = init.method;
    this.code = init.code;
    this.status = init.status;
    this.retryAfterMs = init.retryAfterMs;
    this.hint = init.hint;
  }
}
