import type { ContentSet } from '../kernel/content/content-set.js';
import type { Logger } from '../kernel/log.js';
import type { ChannelPort } from '../kernel/ports/channel.js';
import type { Clock } from '../kernel/ports/clock.js';
import type { StaffDesk } from '../kernel/staff/desk.js';
import type { ChannelName } from '../kernel/ports/store.js';
import type { Store } from '../adapters/store/open-store.js';
import type { Database } from '../adapters/store/sqlite.js';
import type { IdentityCipher } from '../adapters/store/identity-cipher.js';
import type { Conversations } from '../kernel/conversation/conversations.js';
import { Alerts, type AlertsOptions } from './alerts/alerts.js';
import { Callbacks } from './callbacks/callbacks.js';
import { Handoff } from './handoff/handoff.js';
import { wirePrivacy, type PrivacyFeatures, type PrivacySettings } from './privacy/wire.js';
import { StaffRouter } from '../kernel/staff/staff-router.js';
import { ContactHooks } from '../kernel/contact-hooks.js';
import { Scheduler } from '../kernel/jobs/scheduler.js';
import { AlertsRepo } from './alerts/alerts-repo.js';
import { DeliveriesRepo } from './alerts/deliveries-repo.js';
import { SubscriptionsRepo } from './alerts/subscriptions-repo.js';
import { CallbacksRepo } from './callbacks/callbacks-repo.js';
import type { CallbackOptions } from './callbacks/callbacks.js';
import { CasesRepo } from './handoff/cases-repo.js';
import { PrivacyRepo } from './privacy/privacy-repo.js';
import type { NodeType } from '../kernel/engine/node-type.js';
import type { EngineServices } from '../kernel/engine/types.js';
import { appServices } from './callbacks/phone.js';
import { alertsNode } from './alerts/node.js';
import { alertMessageIds } from './alerts/messages.js';
import { callbackMessageIds } from './callbacks/messages.js';
import { handoffMessageIds } from './handoff/messages.js';
import { privacyMessageIds } from './privacy/messages.js';
import { callbackNode } from './callbacks/node.js';
import { handoffNode } from './handoff/node.js';
import { privacyNode } from './privacy/node.js';

/** Every message id features use in code (the content check requires them in every locale). */
export const featureMessageIds: readonly string[] = [
  ...privacyMessageIds,
  ...handoffMessageIds,
  ...callbackMessageIds,
  ...alertMessageIds,
];

/** What features let the pure engine call: phone number validation for the callback form. */
export const engineServices: EngineServices = appServices();

/** The node types features add to the engine (the kernel's own: kernelNodeTypes). */
export const featureNodeTypes: readonly NodeType[] = [handoffNode, alertsNode, callbackNode, privacyNode];

/**
 * Represents the settings of every feature, derived from the configuration by
 * the start-up wiring (src/main/settings.ts). Every field is required: a
 * default lives in one place only, the configuration schema.
 */
export interface FeatureSettings {
  /** Staff display names by Telegram user id (STAFF_ALIASES), so real names need not show. */
  readonly staffAliases: ReadonlyMap<string, string>;
  /** HANDOFF_REMIND_MINUTES */
  readonly handoff: { readonly remindAfterMinutes: number };
  /** CALLBACK_* */
  readonly callbacks: Omit<CallbackOptions, 'aliases'>;
  /** ALERT_* */
  readonly alerts: AlertsOptions;
  /** RATE_LIMIT_* and RETENTION_* */
  readonly privacy: PrivacySettings;
}

/** Represents the repositories features keep in SQLite, each opened on the one database. */
export interface FeatureRepos {
  readonly cases: CasesRepo;
  /** Callback requests, phone numbers encrypted (docs/callbacks.md). */
  readonly callbacks: CallbacksRepo;
  /** Safety alerts: subscriptions, alerts and their delivery outbox (docs/alerts.md). */
  readonly alerts: {
    readonly subscriptions: SubscriptionsRepo;
    readonly alerts: AlertsRepo;
    readonly deliveries: DeliveriesRepo;
  };
  /** Privacy settings on the contact row, "forget me" and the retention purge (docs/threat-model.md). */
  readonly privacy: PrivacyRepo;
}

/** Opens every feature's repositories on the database (migrations are applied by openStore). */
export function openFeatureRepos(db: Database, cipher: IdentityCipher): FeatureRepos {
  return {
    cases: new CasesRepo(db),
    callbacks: new CallbacksRepo(db, cipher),
    alerts: {
      subscriptions: new SubscriptionsRepo(db),
      alerts: new AlertsRepo(db),
      deliveries: new DeliveriesRepo(db),
    },
    privacy: new PrivacyRepo(db),
  };
}

/** Represents the store features see: the shared repositories and their own. */
export type FeatureStore = Store & FeatureRepos;

/** Represents the features plugged into a running Peerline. */
export interface Features {
  readonly handoff: Handoff;
  readonly callbacks: Callbacks;
  readonly alerts: Alerts;
  readonly staff: StaffRouter;
  /** Rate limit and /ban (guard), forget me and clear this chat, the retention purge. */
  readonly privacy: PrivacyFeatures;
  /** Every background job (reminders, disappearing messages, the retention purge), on one timer. */
  readonly scheduler: Scheduler;
  /** Runs the jobs that are due by the injected clock, as the timer does (tests move the clock instead of waiting). */
  tick(): Promise<void>;
  /** Starts the jobs and the work that needs the channels running (the alert worker resumes deliveries). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** How often the scheduler looks for due jobs; reminders and disappearing messages are checked this often. */
const JOB_POLL_MS = 30_000;
/** The retention purge runs hourly (and on demand: `npm run purge`). */
const PURGE_EVERY_MS = 60 * 60 * 1000;

/**
 * Plugs the features into the conversation (in order: privacy first, so the
 * rate limit sees every message and /clear and /forget work during a chat;
 * then the hand-off, which mutes the menu while a case is open; callbacks;
 * alerts), into the staff router, the contact hooks ("forget me" reaches
 * every feature that holds something of the person), the retention purge
 * and the scheduler. Channel-free: the start-up wiring hands in the staff
 * desk and the channels. This is the feature table of docs/ARCHITECTURE.md.
 */
export function wireFeatures(deps: {
  content: ContentSet;
  store: FeatureStore;
  conversations: Conversations;
  channels: readonly ChannelPort[];
  desk: StaffDesk | undefined;
  clock: Clock;
  log: Logger;
  settings: FeatureSettings;
  /** Keyed hash of a staff member's id, so alert approvals are told apart without storing ids (from DATA_KEY). */
  staffHash: (staffUserId: string) => string;
}): Features {
  const { content, store, conversations, desk, clock, log, settings } = deps;
  const channels = () => new Map<ChannelName, ChannelPort>(deps.channels.map((c) => [c.name, c]));
  const hooks = new ContactHooks(log);
  const scheduler = new Scheduler(clock, log, JOB_POLL_MS);

  const handoff = new Handoff({
    content,
    cases: store.cases,
    contacts: store.contacts,
    hooks,
    desk,
    channels,
    conversations,
    clock,
    log,
    options: { ...settings.handoff, aliases: settings.staffAliases },
  });
  const callbacks = new Callbacks({
    content,
    callbacks: store.callbacks,
    contacts: store.contacts,
    desk,
    channels,
    conversations,
    clock,
    log,
    options: { ...settings.callbacks, aliases: settings.staffAliases },
  });
  const alerts = new Alerts({
    content,
    stores: store.alerts,
    contacts: store.contacts,
    conversations,
    desk,
    channels,
    clock,
    log,
    aliases: settings.staffAliases,
    staffHash: deps.staffHash,
    options: settings.alerts,
  });
  const privacy = wirePrivacy({
    content,
    store,
    conversations,
    channels,
    desk,
    clock,
    log,
    settings: settings.privacy,
    closeCase: (id) => hooks.forget(id),
  });

  // Before a person is deleted: staff are told in the case topic, and a callback card drops their number.
  hooks.onForget('handoff', (id) => handoff.closeForForget(id));
  hooks.onForget('callbacks', (id) => callbacks.withdrawForForget(id));
  // Someone staff banned can still read every screen, but cannot open a case or write to staff.
  hooks.onStaffAccess((id) => privacy.guard.mayReachStaff(id));

  conversations.use(privacy.guard);
  conversations.use(privacy.privacy);
  conversations.use(handoff);
  conversations.use(callbacks);
  conversations.use(alerts);

  const staff = new StaffRouter(log);
  staff.use(handoff);
  staff.use(callbacks);
  staff.use(alerts);
  staff.use(privacy.guard);

  privacy.retention.use({ name: 'callbacks', purge: (now) => callbacks.purge(now) });
  privacy.retention.use({ name: 'alerts', purge: (now) => alerts.purge(now) });

  scheduler.add({ name: 'handoff reminders', everyMs: JOB_POLL_MS, run: () => handoff.tick() });
  scheduler.add({ name: 'callback reminders', everyMs: JOB_POLL_MS, run: () => callbacks.tick() });
  scheduler.add({ name: 'disappearing messages', everyMs: JOB_POLL_MS, run: () => privacy.privacy.tick() });
  scheduler.add({ name: 'retention purge', everyMs: PURGE_EVERY_MS, run: (now) => privacy.retention.purge(now) });

  return {
    handoff,
    callbacks,
    alerts,
    staff,
    privacy,
    scheduler,
    tick: () => scheduler.runDue(),
    start: async () => {
      await alerts.start();
      scheduler.start();
    },
    stop: async () => {
      await scheduler.stop();
      await alerts.stop();
    },
  };
}
