import { ApiError, forbidden, tooManyRequests } from './api-error.js';
import type { ApiErrorSpec, ChatId, Json } from './types.js';

/** Methods that deliver something to a chat: the ones blocking and rate limits apply to. */
export function isSendMethod(method: string): boolean {
  return (
    method.startsWith('send') ||
    method === 'copyMessage' ||
    method === 'forwardMessage' ||
    method === 'copyMessages' ||
    method === 'forwardMessages'
  );
}

/** Represents what the fault plan decided for one request: answer normally, answer with an error, or drop the socket. */
export type FaultOutcome = { kind: 'pass' } | { kind: 'error'; error: ApiError } | { kind: 'drop' };

interface OneShot {
  method: string;
  error?: ApiErrorSpec;
  left: number;
}

interface Every {
  n: number;
  error: ApiErrorSpec;
  seen: number;
}

/**
 * FaultPlan can be used to make the fake fail the way Telegram fails: one-shot errors and socket drops,
 * every-nth errors, users who blocked the bot, and a global rate limit over send methods.
 */
export class FaultPlan {
  private readonly oneShots: OneShot[] = [];
  private readonly every = new Map<string, Every>();
  private readonly blocked = new Set<string>();
  private perSecond: number | undefined;
  /** Times (ms) of sends the rate limiter let through, newest last. */
  private window: number[] = [];
  /** How many 429 answers the rate limiter has given. */
  rateLimited = 0;

  failNext(method: string, error: ApiErrorSpec, times: number): void {
    this.oneShots.push({ method, error, left: times });
  }

  dropNext(method: string, times: number): void {
    this.oneShots.push({ method, left: times });
  }

  failEvery(method: string, n: number, error: ApiErrorSpec): void {
    if (!Number.isInteger(n) || n < 1) throw new Error(`failEvery: n must be a positive integer, got ${n}`);
    this.every.set(method, { n, error, seen: 0 });
  }

  blockChat(chatId: ChatId, blocked: boolean): void {
    if (blocked) this.blocked.add(String(chatId));
    else this.blocked.delete(String(chatId));
  }

  rateLimit(perSecond: number | undefined): void {
    this.perSecond = perSecond;
    this.window = [];
  }

  /** Decides the fate of one request, consuming one-shot faults in the order they were added. */
  check(method: string, payload: Json, now: number): FaultOutcome {
    const shot = this.oneShots.find((s) => s.method === method);
    if (shot) {
      shot.left -= 1;
      if (shot.left <= 0) this.oneShots.splice(this.oneShots.indexOf(shot), 1);
      return shot.error ? { kind: 'error', error: new ApiError(shot.error) } : { kind: 'drop' };
    }
    const every = this.every.get(method);
    if (every) {
      every.seen += 1;
      if (every.seen % every.n === 0) return { kind: 'error', error: new ApiError(every.error) };
    }
    if (!isSendMethod(method)) return { kind: 'pass' };
    if (payload.chat_id !== undefined && this.blocked.has(String(payload.chat_id))) {
      return { kind: 'error', error: forbidden('bot was blocked by the user') };
    }
    return this.checkRate(now);
  }

  /** One-shot faults that were never used; a test that sets one up and never triggers it is wrong. */
  unused(): string[] {
    return this.oneShots.map(
      (s) => `${s.error ? `failNext(${s.method}, ${s.error.code})` : `dropNext(${s.method})`} x${s.left}`,
    );
  }

  clear(): void {
    this.oneShots.length = 0;
    this.every.clear();
    this.blocked.clear();
    this.rateLimit(undefined);
    this.rateLimited = 0;
  }

  /** A rolling one-second window over all sends; refused sends do not count towards it. */
  private checkRate(now: number): FaultOutcome {
    if (this.perSecond === undefined) return { kind: 'pass' };
    this.window = this.window.filter((t) => now - t < 1000);
    if (this.window.length >= this.perSecond) {
      this.rateLimited += 1;
      return { kind: 'error', error: tooManyRequests(1) };
    }
    this.window.push(now);
    return { kind: 'pass' };
  }
}
