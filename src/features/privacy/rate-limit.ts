/** Represents what the rate limiter decided for one update. */
export type RateVerdict =
  /** Within the limit: handle it. */
  | 'ok'
  /** Over the limit just now: say "slow down" once, then mute. */
  | 'warn'
  /** Muted: ignore it (a deliberate silence). */
  | 'silent';

interface Bucket {
  tokens: number;
  at: number;
  mutedUntil: number;
}

/**
 * RateLimiter can be used to keep one person from flooding the bot: a token
 * bucket per key that holds `perMinute` updates and refills at `perMinute` a
 * minute. The update that finds it empty gets `warn`; everything after that is
 * `silent` until `cooldownMs` has passed, then the bucket is full again.
 * Held in memory only, least recently used keys forgotten beyond `capacity`
 * (so memory stays bounded under a flood of new senders; tests/fuzz guards it).
 */
export class RateLimiter {
  private readonly buckets = new Map<string | number, Bucket>();

  constructor(
    private readonly perMinute: number,
    private readonly cooldownMs: number,
    private readonly capacity = 50_000,
  ) {}

  /** Counts one update from `key` at `now` and says what to do with it. */
  hit(key: string | number, now: number): RateVerdict {
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: now, mutedUntil: 0 };
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.capacity) this.buckets.delete(this.buckets.keys().next().value as string | number);
    if (bucket.mutedUntil > now) return 'silent';
    if (bucket.mutedUntil !== 0) {
      bucket.mutedUntil = 0;
      bucket.tokens = this.perMinute;
    } else {
      bucket.tokens = Math.min(
        this.perMinute,
        bucket.tokens + (Math.max(0, now - bucket.at) * this.perMinute) / 60_000,
      );
    }
    bucket.at = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 'ok';
    }
    bucket.mutedUntil = now + this.cooldownMs;
    return 'warn';
  }

  /** Drops a key (the person was forgotten). */
  forget(key: string | number): void {
    this.buckets.delete(key);
  }

  /** Keys held in memory. */
  get size(): number {
    return this.buckets.size;
  }
}
