import type { ActionEffect, ResumeEvent } from '../../kernel/engine/types.js';
import type { ContentSet } from '../../kernel/content/content-set.js';
import type { AlertStore, DeliveryQueue, DeliveryState, SubscriptionStore } from './port.js';
import type { ChannelPort } from '../../kernel/ports/channel.js';
import type { Clock } from '../../kernel/ports/clock.js';
import type { StaffDesk, StaffEvent, StaffFeature } from '../../kernel/staff/desk.js';
import type { ChannelName, ContactStore } from '../../kernel/ports/store.js';
import type { Logger } from '../../kernel/log.js';
import type { Conversations, ConversationFeature, TurnContext } from '../../kernel/conversation/conversations.js';
import { AlertDesk } from './staff.js';
import { AlertSubscriptions } from './subscriptions.js';
import { alertMessage } from './text.js';
import { AlertWorker, DEFAULT_WORKER_OPTIONS, type AlertWorkerOptions } from './worker.js';

/** Settings of safety alerts (environment, with defaults in config.ts). */
export interface AlertsOptions {
  /** Distinct staff approvals before an alert is sent (ALERT_APPROVALS; 1 for small teams). */
  readonly approvals: number;
  /** Sends per second per channel (ALERT_RATE_TELEGRAM, ALERT_RATE_WHATSAPP). */
  readonly rates: Readonly<Partial<Record<ChannelName, number>>>;
  /** Days delivery rows (and stopped subscriptions, and unapproved drafts) are kept (ALERT_RETENTION_DAYS). */
  readonly retentionDays: number;
  /** The rest have defaults (DEFAULT_WORKER_OPTIONS; 5 s between card edits; purge hourly). */
  readonly worker?: Partial<Omit<AlertWorkerOptions, 'rates'>>;
  readonly progressThrottleMs?: number;
}

/** Represents the stores alerts use (`store.alerts` from openStore). */
export interface AlertStores {
  readonly subscriptions: SubscriptionStore;
  readonly alerts: AlertStore;
  readonly deliveries: DeliveryQueue;
}

const DAY_MS = 86_400_000;

/**
 * Alerts can be used to run safety alerts end to end: people subscribe by
 * region on the `alerts` screen and stop or resume with STOP / START; staff
 * compose and approve alerts in the staff group; a worker sends them from a
 * durable outbox, paced per channel. It is both a ConversationFeature and a
 * StaffFeature, like Handoff. See docs/alerts.md.
 */
export class Alerts implements ConversationFeature, StaffFeature {
  readonly subscriptions: AlertSubscriptions;
  readonly desk: AlertDesk;
  readonly worker: AlertWorker;

  constructor(
    private readonly deps: {
      content: ContentSet;
      stores: AlertStores;
      contacts: ContactStore;
      conversations: Conversations;
      desk: StaffDesk | undefined;
      /** The channels alerts go out on (the simulator has none: its people get no alerts). */
      channels: () => ReadonlyMap<ChannelName, ChannelPort>;
      clock: Clock;
      log: Logger;
      options: AlertsOptions;
      /** Staff display names by Telegram user id (STAFF_ALIASES), as on case cards. */
      aliases?: ReadonlyMap<string, string>;
      /**
       * Keyed hash of a staff id, so approvals are told apart without storing ids; Telegram ids are few enough to
       * guess, so use a key: `(id) => cipher.lookup('staff', id).toString('base64url')`.
       */
      staffHash: (staffUserId: string) => string;
      /** Pacing waits; injected by tests running on a fake clock. */
      sleep?: (ms: number) => Promise<void>;
    },
  ) {
    const { content, stores, clock, log, options } = deps;
    const settings = content.settings;
    const regions = settings.regions ?? [];
    const translator = content.translator;
    this.subscriptions = new AlertSubscriptions({ subscriptions: stores.subscriptions, clock });
    this.worker = new AlertWorker({
      queue: stores.deliveries,
      getAlert: (id) => stores.alerts.get(id),
      contacts: deps.contacts,
      subscriptions: stores.subscriptions,
      channels: deps.channels,
      compose: (alert, locale) => {
        const lang = locale && settings.locales.enabled.includes(locale) ? locale : settings.locales.default;
        return alertMessage(alert, lang, { translator, regions, defaultLocale: settings.locales.default });
      },
      clock,
      log,
      options: {
        ...DEFAULT_WORKER_OPTIONS,
        ...options.worker,
        rates: { ...DEFAULT_WORKER_OPTIONS.rates, ...options.rates },
      },
      ...(deps.sleep ? { sleep: deps.sleep } : {}),
      onProgress: (id, done) => this.desk.progress(id, done),
    });
    this.desk = new AlertDesk({
      translator,
      defaultLocale: settings.locales.default,
      locales: settings.locales.enabled,
      regions,
      timezone: settings.timezone,
      ...(deps.aliases ? { aliases: deps.aliases } : {}),
      alerts: stores.alerts,
      queue: stores.deliveries,
      desk: deps.desk,
      channelNames: () => [...deps.channels().keys()],
      clock,
      log,
      staffHash: deps.staffHash,
      required: options.approvals,
      throttleMs: options.progressThrottleMs ?? 5_000,
      onApproved: async (alert) => {
        this.worker.kick();
        await this.worker.finishIfDone(alert.id);
      },
    });
  }

  perform(effect: ActionEffect, ctx: TurnContext): Promise<ResumeEvent | 'done' | undefined> {
    return this.subscriptions.perform(effect, ctx);
  }

  onStaffEvent(event: StaffEvent): Promise<boolean> {
    return this.desk.onStaffEvent(event);
  }

  /** Starts the worker (after the channels exist); resumes alerts a stop or crash interrupted. Purged by the retention job. */
  async start(): Promise<void> {
    await this.worker.start();
    for (const alert of await this.deps.stores.alerts.active()) await this.worker.finishIfDone(alert.id);
  }

  /** Stops the worker (in-flight sends finish and are recorded); call before stopping the channels. */
  async stop(): Promise<void> {
    await this.worker.stop();
    this.desk.stop();
    await this.desk.settled();
  }

  /**
   * Deletes what is older than ALERT_RETENTION_DAYS: delivery rows of finished
   * alerts, stopped subscriptions, and drafts nobody approved (with their text).
   */
  async purge(now = this.deps.clock.now()): Promise<{ deliveries: number; drafts: number; subscriptions: number }> {
    const purged = await this.deps.stores.deliveries.purge(now - this.deps.options.retentionDays * DAY_MS, now);
    if (purged.deliveries || purged.drafts || purged.subscriptions) this.deps.log.info(purged, 'alert data purged');
    return purged;
  }

  /** Recipients of the alerts being sent, by delivery state: pass to `metrics.alertProgress`. */
  async progress(): Promise<Record<DeliveryState, number>> {
    const total: Record<DeliveryState, number> = { pending: 0, sending: 0, sent: 0, failed: 0, unsubscribed: 0 };
    for (const alert of await this.deps.stores.alerts.active()) {
      const counts = await this.deps.stores.deliveries.counts(alert.id);
      for (const state of Object.keys(total) as DeliveryState[]) total[state] += counts[state];
    }
    return total;
  }
}
