import { ApiError } from './api-error.js';
import type { Json } from './types.js';

/** Telegram's default when `allowed_updates` is empty: everything except these three types. */
const EXCLUDED_BY_DEFAULT = new Set(['chat_member', 'message_reaction', 'message_reaction_count']);

/** Represents the parameters of one `getUpdates` call. Official reference: https://core.telegram.org/bots/api#getupdates */
export interface PollParams {
  offset?: unknown;
  limit?: unknown;
  timeout?: unknown;
  allowed_updates?: unknown;
}

/** Represents a pending long poll that can be cancelled when its client goes away. */
export interface PendingPoll {
  result: Promise<Json[]>;
  cancel(): void;
}

interface Waiter {
  limit: number;
  resolve(updates: Json[]): void;
  reject(error: ApiError): void;
  timer: NodeJS.Timeout;
}

/**
 * UpdateQueue can be used to hold incoming updates until the bot confirms them, with real long polling:
 * a `getUpdates` with a timeout parks until an update is pushed or the (capped) timeout ends.
 */
export class UpdateQueue {
  private pending: Json[] = [];
  private nextUpdateId = 1;
  private allowed: Set<string> | undefined;
  private readonly waiters = new Set<Waiter>();

  /** @param maxPollMs caps every long poll, so a bot asking for `timeout: 50` never stalls a test. */
  constructor(private readonly maxPollMs: number) {}

  /** The number of updates not yet confirmed by an `offset`. */
  get size(): number {
    return this.pending.length;
  }

  /** Queues an update, giving it the next `update_id` unless it has one, and wakes a parked poll. */
  push(update: Json): Json {
    const given = typeof update.update_id === 'number' ? update.update_id : undefined;
    const queued = { ...update, update_id: given ?? this.nextUpdateId };
    this.nextUpdateId = Math.max(this.nextUpdateId, (queued.update_id as number) + 1);
    this.pending.push(queued);
    this.wake();
    return queued;
  }

  /** Hands out an update_id without queueing (for updates delivered by webhook). */
  allocateId(): number {
    this.nextUpdateId += 1;
    return this.nextUpdateId - 1;
  }

  /** Takes one update out of the queue (it was delivered by webhook instead). */
  remove(updateId: number): void {
    this.pending = this.pending.filter((u) => u.update_id !== updateId);
  }

  /** Forgets every pending update (`drop_pending_updates`). */
  dropPending(): void {
    this.pending = [];
  }

  /** Answers one `getUpdates` call. A second concurrent poll ends the first with 409, as Telegram does. */
  poll(params: PollParams): PendingPoll {
    for (const waiter of this.waiters) {
      this.finish(waiter);
      waiter.reject(
        new ApiError({
          code: 409,
          description:
            'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
        }),
      );
    }
    this.confirm(params.offset);
    if (Array.isArray(params.allowed_updates)) {
      this.allowed = params.allowed_updates.length === 0 ? undefined : new Set(params.allowed_updates.map(String));
    }
    const limit = clamp(toNumber(params.limit) ?? 100, 1, 100);
    const timeoutMs = Math.min(Math.max(toNumber(params.timeout) ?? 0, 0) * 1000, this.maxPollMs);
    const ready = this.take(limit);
    if (ready.length > 0 || timeoutMs <= 0) return { result: Promise.resolve(ready), cancel: () => undefined };
    let waiter!: Waiter;
    const result = new Promise<Json[]>((resolve, reject) => {
      waiter = { limit, resolve, reject, timer: setTimeout(() => this.finish(waiter) && resolve([]), timeoutMs) };
    });
    this.waiters.add(waiter);
    // A client that hangs up gets an empty answer nobody reads; its updates stay queued until confirmed.
    return { result, cancel: () => void (this.finish(waiter) && waiter.resolve([])) };
  }

  /** Ends every parked poll with an empty answer (used when the server stops). */
  endAll(): void {
    for (const waiter of this.waiters) {
      this.finish(waiter);
      waiter.resolve([]);
    }
  }

  private wake(): void {
    for (const waiter of this.waiters) {
      const ready = this.take(waiter.limit);
      if (ready.length === 0) return;
      this.finish(waiter);
      waiter.resolve(ready);
    }
  }

  private finish(waiter: Waiter): boolean {
    clearTimeout(waiter.timer);
    return this.waiters.delete(waiter);
  }

  /** Positive offsets confirm earlier updates; negative ones keep only the last |offset| updates. */
  private confirm(rawOffset: unknown): void {
    const offset = toNumber(rawOffset) ?? 0;
    if (offset > 0) this.pending = this.pending.filter((u) => (u.update_id as number) >= offset);
    else if (offset < 0) this.pending = this.pending.slice(offset);
  }

  /** Updates of types the bot did not ask for are forgotten, as Telegram never delivers them later. */
  private take(limit: number): Json[] {
    this.pending = this.pending.filter((u) => this.isAllowed(u));
    return this.pending.slice(0, limit);
  }

  private isAllowed(update: Json): boolean {
    const type = Object.keys(update).find((key) => key !== 'update_id') ?? '';
    return this.allowed === undefined ? !EXCLUDED_BY_DEFAULT.has(type) : this.allowed.has(type);
  }
}

function toNumber(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(Math.max(n, min), max);
}
