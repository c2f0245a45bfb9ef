import type { Alert, Delivery, DeliveryQueue, DeliveryResult, SubscriptionStore } from './port.js';
import type { ChannelPort, Outgoing } from '../../kernel/ports/channel.js';
import type { Clock } from '../../kernel/ports/clock.js';
import type { ChannelName, ContactStore } from '../../kernel/ports/store.js';
import type { Logger } from '../../kernel/log.js';

/** Settings of the alert worker. */
export interface AlertWorkerOptions {
  /** Sends per second, per channel (ALERT_RATE_TELEGRAM, ALERT_RATE_WHATSAPP); a channel not listed gets 1/s. */
  readonly rates: Readonly<Partial<Record<ChannelName, number>>>;
  /** Sends in flight at once per channel; also the most a crash can make anyone receive twice. */
  readonly concurrency: number;
  /** Attempts per recipient before a delivery counts as failed (the adapters already retry 429 and 5xx). */
  readonly maxAttempts: number;
  /** Wait before the next attempt after a failed one, multiplied by the attempts so far. */
  readonly retryDelayMs: number;
  /** How often an idle worker looks for work it was not told about (retries coming due). */
  readonly idleMs: number;
}

/** Default settings: Telegram 25/s, WhatsApp 5/s (the limits), 4 in flight, 3 attempts a minute apart. */
export const DEFAULT_WORKER_OPTIONS: AlertWorkerOptions = {
  rates: { telegram: 25, whatsapp: 5 },
  concurrency: 4,
  maxAttempts: 3,
  retryDelayMs: 60_000,
  idleMs: 1_000,
};

interface Lane {
  readonly interval: number;
  nextSlot: number;
  /** Sends pass this gate one at a time, `interval` apart, right before calling the channel. */
  gate: Promise<void>;
  readonly inflight: Set<Promise<void>>;
}

/**
 * AlertWorker can be used to send approved alerts from the durable outbox
 * (`alert_deliveries`): per channel, paced to its rate and with bounded
 * concurrency, through `ChannelPort.send(…, 'bulk')` (the adapters pace and
 * retry 429/5xx on top). A row is marked `sending` before its send and
 * settled after: `sent`, `unsubscribed` on an `unreachable` outcome (the
 * subscription stops and the contact is marked unreachable), or retried up to
 * `maxAttempts` and then `failed`.
 *
 * Crash safety: on start, rows still `sending` were in flight when the process
 * died; they are sent again (at most `concurrency` per channel may arrive
 * twice, which the issue allows) rather than risk losing them. Otherwise
 * nobody gets an alert twice and nothing is lost (tests/features/alerts/worker.test.ts).
 */
export class AlertWorker {
  private readonly lanes = new Map<ChannelName, Lane>();
  private readonly texts = new Map<number, Alert | undefined>();
  private readonly wakers = new Set<() => void>();
  private stopping = false;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly deps: {
      queue: DeliveryQueue;
      getAlert: (id: number) => Promise<Alert | undefined>;
      contacts: ContactStore;
      subscriptions: SubscriptionStore;
      channels: () => ReadonlyMap<ChannelName, ChannelPort>;
      /** Builds one recipient's message; null when the alert has no text any more. */
      compose: (alert: Alert, locale: string | null) => Outgoing | null;
      clock: Clock;
      log: Logger;
      options: AlertWorkerOptions;
      /** Waits for pacing; injected so tests run on a fake clock. */
      sleep?: (ms: number) => Promise<void>;
      /** Told after each settled delivery, and with the alert once it is done. */
      onProgress?: (alertId: number, done?: Alert) => void;
    },
  ) {}

  /** Recovers rows in flight at the last stop, then sends in the background until {@link stop}. */
  async start(): Promise<void> {
    if (this.loops.length) return;
    const now = this.deps.clock.now();
    const recovered = await this.deps.queue.recover(now);
    if (recovered) this.deps.log.warn({ recovered }, 'alert deliveries in flight at the last stop will be sent again');
    const orphaned = await this.deps.queue.failChannelsOtherThan([...this.deps.channels().keys()], now);
    if (orphaned)
      this.deps.log.warn({ orphaned }, 'alert deliveries for channels that no longer run were marked failed');
    this.stopping = false;
    this.loops = [...this.deps.channels().keys()].map((name) => this.runLane(name));
  }

  /** Wakes the worker (after an approval). */
  kick(): void {
    for (const wake of [...this.wakers]) wake();
  }

  /** Stops taking rows; sends in flight finish and are recorded. What is left stays pending for the next start. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.kick();
    await Promise.all(this.loops);
    this.loops = [];
  }

  /** Sends everything due now on every channel and finishes alerts that are complete; for tests and tools. */
  async drain(): Promise<number> {
    const names = [...this.deps.channels().keys()];
    const counts = await Promise.all(names.map((name) => this.drainLane(name)));
    return counts.reduce((a, b) => a + b, 0);
  }

  private async runLane(name: ChannelName): Promise<void> {
    while (!this.stopping) {
      const sent = await this.drainLane(name).catch((err: unknown) => {
        this.deps.log.error({ err, channel: name }, 'alert worker pass failed; retrying');
        return 0;
      });
      if (!sent && !this.stopping) await this.idle(name);
    }
  }

  private async idle(name: ChannelName): Promise<void> {
    const due = await this.deps.queue.nextDue(name).catch((err: unknown) => {
      this.deps.log.warn(
        { err, channel: name },
        'could not read when the next alert retry is due; waiting the idle period',
      );
      return undefined;
    });
    // A retry coming due sooner than the idle period shortens the wait (never to a busy loop).
    const wait =
      due === undefined
        ? this.deps.options.idleMs
        : Math.min(this.deps.options.idleMs, Math.max(10, due - this.deps.clock.now()));
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, wait);
      timer.unref?.();
      this.wakers.add(done);
    });
  }

  private lane(name: ChannelName): Lane {
    let lane = this.lanes.get(name);
    if (!lane)
      this.lanes.set(
        name,
        (lane = {
          interval: 1000 / (this.deps.options.rates[name] ?? 1),
          nextSlot: 0,
          gate: Promise.resolve(),
          inflight: new Set(),
        }),
      );
    return lane;
  }

  /** Waits for this channel's next send slot; slots are `interval` apart and taken in order. */
  private pace(lane: Lane): Promise<void> {
    const turn = lane.gate.then(async () => {
      const wait = lane.nextSlot - this.deps.clock.now();
      if (wait > 0) await this.sleep(wait);
      lane.nextSlot = Math.max(this.deps.clock.now(), lane.nextSlot) + lane.interval;
    });
    // The next slot waits for this one either way; a failed wait is the caller's error (`turn`), not the lane's.
    lane.gate = Promise.allSettled([turn]).then(() => undefined);
    return turn;
  }

  /** Claims due rows one at a time, at most `concurrency` in flight (each paced at send time); returns how many it started. */
  private async drainLane(name: ChannelName): Promise<number> {
    const lane = this.lane(name);
    const touched = new Set<number>();
    let started = 0;
    while (!this.stopping) {
      if (lane.inflight.size >= this.deps.options.concurrency) {
        await Promise.race(lane.inflight);
        continue;
      }
      const [delivery] = await this.deps.queue.claim(name, 1, this.deps.clock.now());
      if (!delivery) break;
      started++;
      touched.add(delivery.alertId);
      const sending: Promise<void> = this.deliver(delivery, lane).finally(() => lane.inflight.delete(sending));
      lane.inflight.add(sending);
    }
    await Promise.all(lane.inflight);
    for (const alertId of touched) await this.finishIfDone(alertId);
    return started;
  }

  private sleep(ms: number): Promise<void> {
    return this.deps.sleep ? this.deps.sleep(ms) : new Promise((resolve) => setTimeout(resolve, ms));
  }

  private async deliver(d: Delivery, lane: Lane): Promise<void> {
    const { queue, clock } = this.deps;
    let result: DeliveryResult;
    try {
      result = await this.send(d, lane);
    } catch (err) {
      this.deps.log.warn({ err, alert: d.alertId, channel: d.channel }, 'alert send failed');
      result = this.retryOrFail(d);
    }
    try {
      await queue.settle(d.alertId, d.contactId, result, clock.now());
      if (result.state === 'unsubscribed') {
        await this.deps.subscriptions.unsubscribe(d.contactId, clock.now());
        await this.deps.contacts.markUnreachable(d.contactId, clock.now());
      }
    } catch (err) {
      // The row stays `sending`; the next start sends it again (the documented in-flight case).
      this.deps.log.error({ err, alert: d.alertId }, 'could not record an alert delivery');
    }
    this.progress(d.alertId);
  }

  private progress(alertId: number, done?: Alert): void {
    try {
      this.deps.onProgress?.(alertId, done);
    } catch (err) {
      this.deps.log.warn({ err, alert: alertId }, 'alert progress report failed');
    }
  }

  private async send(d: Delivery, lane: Lane): Promise<DeliveryResult> {
    const alert = await this.alert(d.alertId);
    const contact = await this.deps.contacts.get(d.contactId);
    const channel = this.deps.channels().get(d.channel);
    const message = alert && contact ? this.deps.compose(alert, contact.locale) : null;
    if (!contact || !channel || !message) return { state: 'failed' };
    await this.pace(lane);
    const outcome = await channel.send(contact.address, [message], 'bulk');
    if (outcome.ok) return { state: 'sent' };
    if (outcome.reason === 'unreachable') return { state: 'unsubscribed' };
    return this.retryOrFail(d);
  }

  private retryOrFail(d: Delivery): DeliveryResult {
    if (d.attempts >= this.deps.options.maxAttempts) return { state: 'failed' };
    return { state: 'retry', at: this.deps.clock.now() + this.deps.options.retryDelayMs * d.attempts };
  }

  /** An approved alert's texts never change, so each is read once per worker. */
  private async alert(id: number): Promise<Alert | undefined> {
    if (!this.texts.has(id)) this.texts.set(id, await this.deps.getAlert(id));
    return this.texts.get(id);
  }

  /** Marks an alert done once nothing is pending or sending (also for one approved with no recipients). */
  async finishIfDone(alertId: number): Promise<Alert | undefined> {
    const done = await this.deps.queue.finishIfDone(alertId, this.deps.clock.now());
    if (!done) return undefined;
    this.texts.delete(alertId);
    this.progress(alertId, done);
    return done;
  }
}
