import Bottleneck from 'bottleneck';
import type { Logger } from '../../../kernel/log.js';
import type { SendPriority } from '../../../kernel/ports/channel.js';
import { ChannelError } from '../../../kernel/ports/channel-error.js';
import type { BotApiCall, BotApiMethod, BotApiParams, BotApiResult, BotApiTransport } from './bot-api.js';
import { toChannelError } from './errors.js';

/** Represents the pacing and retry settings of {@link TelegramSender}; every wait is injectable so tests run fast. */
export interface SenderOptions {
  /** Requests per second overall (TELEGRAM_GLOBAL_RATE). Telegram allows about 30 messages a second. */
  readonly globalRate: number;
  /** Messages per second to one chat (TELEGRAM_CHAT_RATE). Telegram asks for about 1. */
  readonly chatRate: number;
  /** Attempts on 5xx and network errors, the first included. */
  readonly maxAttempts: number;
  /** Attempts on 429 answers, the first included (each waits `retry_after`). */
  readonly maxRateLimitedAttempts: number;
  /** The wait before retry `attempt` (1-based) after a 5xx or network error. */
  readonly backoffMs: (attempt: number) => number;
  /** How long the whole sender pauses for a 429's `retry_after` (seconds). */
  readonly retryAfterMs: (seconds: number) => number;
  /** A request with no answer after this long counts as a network error. */
  readonly requestTimeoutMs: number;
  /** How long stop() waits for queued sends before giving up on them. */
  readonly stopGraceMs: number;
}

/** The defaults: Telegram's documented limits, five attempts with backoff from 0.5 s to 30 s. */
export const DEFAULT_SENDER_OPTIONS: SenderOptions = {
  globalRate: 25,
  chatRate: 1,
  maxAttempts: 5,
  maxRateLimitedAttempts: 10,
  backoffMs: (attempt) => Math.min(500 * 2 ** (attempt - 1), 30_000),
  retryAfterMs: (seconds) => seconds * 1000,
  requestTimeoutMs: 30_000,
  stopGraceMs: 10_000,
};

// Bottleneck runs priority 0 before 9; its default is 5.
const PRIORITY: Readonly<Record<SendPriority, number>> = { reply: 2, bulk: 7 };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * TelegramSender can be used to make Bot API calls paced and retried:
 * - one queue per chat (a bottleneck Group, one job at a time, `chatRate` apart), so a chat's messages arrive in order;
 * - every request passes one global limiter (`globalRate`), replies before bulk sends;
 * - 429: the whole global limiter pauses for `retry_after` (as RapidPro's courier does), then the call is retried;
 * - 5xx and network errors: retried with exponential backoff, `maxAttempts` in all;
 * - 403: `onUnreachable(chatId)` is called and the call given up; any other 4xx is given up at once.
 * Every call is typed by {@link BotApiCall}; what fails for good throws the house {@link ChannelError}.
 * Guarded by tests/adapters/channels/telegram/sender.test.ts and delivery.test.ts.
 */
export class TelegramSender {
  private readonly global: Bottleneck;
  private readonly chats: Bottleneck.Group;
  private readonly options: SenderOptions;
  private pausedUntil = 0;
  private resumeTimer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly raw: BotApiTransport,
    private readonly hooks: { readonly log: Logger; readonly onUnreachable: (chatId: string) => Promise<void> },
    options: Partial<SenderOptions> = {},
  ) {
    this.options = { ...DEFAULT_SENDER_OPTIONS, ...options };
    this.global = new Bottleneck({ minTime: Math.ceil(1000 / this.options.globalRate), maxConcurrent: 16 });
    // Idle chat queues are dropped after 10 minutes (bottleneck's clean-up timer is unref'd).
    this.chats = new Bottleneck.Group({
      maxConcurrent: 1,
      minTime: Math.ceil(1000 / this.options.chatRate),
      timeout: 600_000,
    });
  }

  /**
   * Runs `work` in a chat's queue: it starts after everything queued for that chat before it,
   * and the chat's next job waits until it is done. Use the given `call` for its requests.
   */
  inChat<T>(chatId: string, priority: SendPriority, work: (call: BotApiCall) => Promise<T>): Promise<T> {
    if (this.stopped) return Promise.reject(stopped('queue'));
    return this.chats
      .key(chatId)
      .schedule({ priority: PRIORITY[priority] }, () =>
        work((method, params) => this.attempt(method, params, priority, chatId)),
      );
  }

  /** Makes one call outside any chat's queue (answerCallbackQuery, leaveChat, setMyCommands), still paced and retried. */
  call<M extends BotApiMethod>(
    method: M,
    params: BotApiParams<M>,
    priority: SendPriority = 'reply',
  ): Promise<BotApiResult<M>> {
    if (this.stopped) return Promise.reject(stopped(method));
    return this.attempt(method, params, priority, undefined);
  }

  /** Whether every send is held back by a 429's retry_after right now (health detail; tests wait on it). */
  get paused(): boolean {
    return this.pausedUntil > Date.now();
  }

  /** Stops taking calls and waits (up to `stopGraceMs`) for the queued ones to finish. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const drained = (async () => {
      // Only busy chats need waiting for (an idle one's stop would still wait out its minTime).
      const busy = this.chats.limiters().filter(({ limiter }) => Object.values(limiter.counts()).some((n) => n > 0));
      await Promise.all(busy.map(({ limiter }) => limiter.stop({ dropWaitingJobs: false })));
      await this.global.stop({ dropWaitingJobs: false });
    })();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>(
      (resolve) => (timer = setTimeout(() => resolve('late'), this.options.stopGraceMs)),
    );
    const outcome = await Promise.race([drained.then(() => 'drained' as const), late]);
    clearTimeout(timer);
    clearTimeout(this.resumeTimer);
    if (outcome === 'late')
      this.hooks.log.warn({ queued: this.global.counts() }, 'telegram sends still queued at shutdown were given up');
  }

  private async attempt<M extends BotApiMethod>(
    method: M,
    params: BotApiParams<M>,
    priority: SendPriority,
    chatId: string | undefined,
  ): Promise<BotApiResult<M>> {
    let failures = 0;
    let rateLimited = 0;
    for (;;) {
      try {
        return await this.global.schedule({ priority: PRIORITY[priority] }, () => {
          // A job the limiter let through just before a pause took effect must not be sent during it either.
          if (this.paused)
            return Promise.reject(
              new ChannelError({ channel: 'telegram', method, code: 'rate_limited', status: 429, retryAfterMs: 0 }),
            );
          return this.raw(method, params, AbortSignal.timeout(this.options.requestTimeoutMs));
        });
      } catch (raw) {
        const err = toChannelError(method, raw);
        switch (err.code) {
          case 'rate_limited': {
            rateLimited += 1;
            const retryAfterSeconds = (err.retryAfterMs ?? 1000) / 1000;
            this.pauseAll(this.options.retryAfterMs(retryAfterSeconds));
            if (rateLimited >= this.options.maxRateLimitedAttempts) throw err;
            if (retryAfterSeconds)
              this.hooks.log.warn({ method, retryAfter: retryAfterSeconds }, 'telegram rate limit: pausing all sends');
            // This call waits out the pause itself; the others wait in the paused limiter, in priority order.
            await sleep(Math.max(0, this.pausedUntil - Date.now()));
            continue;
          }
          case 'server':
          case 'network':
            failures += 1;
            if (failures >= this.options.maxAttempts) throw err;
            this.hooks.log.warn(
              { method, code: err.code, status: err.status, attempt: failures },
              'telegram call failed, retrying',
            );
            await sleep(this.options.backoffMs(failures));
            continue;
          case 'unreachable':
            if (chatId !== undefined)
              await this.hooks
                .onUnreachable(chatId)
                .catch((e: unknown) => this.hooks.log.error({ err: e }, 'marking a contact unreachable failed'));
            throw err;
          default:
            throw err;
        }
      }
    }
  }

  /** Holds every request back for `ms`: Telegram's 429 is about the bot, not one chat. */
  private pauseAll(ms: number): void {
    const until = Date.now() + ms;
    if (until <= this.pausedUntil) return;
    this.pausedUntil = until;
    void this.global.updateSettings({ reservoir: 0 });
    clearTimeout(this.resumeTimer);
    this.resumeTimer = setTimeout(() => void this.global.updateSettings({ reservoir: null }), ms);
  }
}

function stopped(method: string): ChannelError {
  return new ChannelError({ channel: 'telegram', method, code: 'stopped' });
}
