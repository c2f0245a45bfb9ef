import { safeWord } from './errors.js';
import type { WaClientLike } from './wa-client.js';

/** Represents the health check's settings (see SupervisorTimings). */
export interface HealthCheckTimings {
  readonly healthIntervalMs: number;
  readonly healthTimeoutMs: number;
  readonly unhealthyChecks: number;
}

/**
 * HealthCheck can be used to ask a ready client's getState() on an interval
 * and report once when it is broken: getState() throws (the page is gone),
 * hangs past the timeout (the browser is stuck), or stays off `CONNECTED`
 * for several checks in a row (WhatsApp Web passes through OPENING and
 * TIMEOUT on its own, so one odd state is not enough).
 */
export class HealthCheck {
  private timer: NodeJS.Timeout | undefined;
  private checking = false;
  private offChecks = 0;

  constructor(private readonly t: HealthCheckTimings) {}

  /** Starts checking `client`; `onBroken` is called at most once, after which checking stops. */
  start(client: WaClientLike, onBroken: (reason: string) => void): void {
    this.stop();
    const timer = setInterval(() => void this.check(client, timer, onBroken), this.t.healthIntervalMs);
    this.timer = timer;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.offChecks = 0;
  }

  private async check(client: WaClientLike, timer: NodeJS.Timeout, onBroken: (reason: string) => void): Promise<void> {
    if (this.checking || this.timer !== timer) return;
    this.checking = true;
    let broken: string | undefined;
    try {
      const state = await withTimeout(client.getState(), this.t.healthTimeoutMs);
      if (state === 'CONNECTED') this.offChecks = 0;
      else if (++this.offChecks >= this.t.unhealthyChecks) broken = `health check: state ${safeWord(state ?? 'none')}`;
    } catch (err) {
      // The answer this check looks for: the reason goes to the supervisor, which logs it and restarts the client.
      broken = `health check: getState() failed or hung (${err instanceof Error ? safeWord(err.name) : 'other'})`;
    } finally {
      this.checking = false;
    }
    // A check that was already running when the client was replaced must not restart the new one.
    if (broken && this.timer === timer) {
      this.stop();
      onBroken(broken);
    }
  }
}

/** Rejects when `promise` has not settled within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)),
  );
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
