import type { ContentSet } from '../kernel/content/content-set.js';
import type { Logger } from '../kernel/log.js';
import type { ChannelPort } from '../kernel/ports/channel.js';
import type { Clock } from '../kernel/ports/clock.js';
import type { StaffDesk } from '../kernel/staff/desk.js';
import type { ChannelName } from '../kernel/ports/store.js';
import type { Store } from '../adapters/store/open-store.js';
import type { Conversations } from '../kernel/conversation/conversations.js';
import { createHmac, randomBytes } from 'node:crypto';
import { Alerts, type AlertsOptions } from './alerts/alerts.js';
import { Callbacks } from './callbacks/callbacks.js';
import { Handoff } from './handoff/handoff.js';
import { wirePrivacy, type PrivacyFeatures, type PrivacySettings } from './privacy/wire.js';
import { StaffRouter } from '../kernel/staff/staff-router.js';
import type { NodeType } from '../kernel/engine/node-type.js';
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

/** The node types features add to the engine (the kernel's own: kernelNodeTypes). */
export const featureNodeTypes: readonly NodeType[] = [handoffNode, alertsNode, callbackNode, privacyNode];

/** Represents the settings features read from the environment. */
export interface FeatureSettings {
  readonly handoffRemindMinutes: number;
  readonly staffAliases: ReadonlyMap<string, string>;
  /** Callback requests (CALLBACK_* settings); defaults 10 min, 4 h, 14 days. */
  readonly callbacks?: { readonly revealMinutes: number; readonly remindHours: number; readonly retentionDays: number };
  /** How often timers run (reminders, reveal clean-up); tests make it short. */
  readonly tickMs?: number;
  /** Safety alerts (ALERT_* settings); defaults 2 approvals, 25/s Telegram, 5/s WhatsApp, 30 days. */
  readonly alerts?: AlertsOptions;
  /** Rate limit and retention (config.ts: privacySettings); defaults when absent. */
  readonly privacy?: PrivacySettings;
}

/** Represents the features plugged into a running Peerline. */
export interface Features {
  readonly handoff: Handoff;
  readonly callbacks: Callbacks;
  readonly alerts: Alerts;
  readonly staff: StaffRouter;
  /** Rate limit and /ban (guard), forget me and clear this chat, the retention purge. */
  readonly privacy: PrivacyFeatures;
  /** Runs every timer once (tests call it with an injected clock). */
  tick(): Promise<void>;
  /** Starts background work that needs the channels running (the alert worker resumes deliveries). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Plugs the features (hand-off, callbacks, …) into the conversation and the staff
 * router, and starts their timers. Channel-free: main.ts hands in the staff
 * desk and the channels.
 */
export function wireFeatures(deps: {
  content: ContentSet;
  store: Store;
  conversations: Conversations;
  channels: readonly ChannelPort[];
  desk: StaffDesk | undefined;
  clock: Clock;
  log: Logger;
  settings: FeatureSettings;
  /**
   * Keyed hash of a staff member's id, so alert approvals are told apart without storing ids
   * (main.ts derives it from DATA_KEY). Without it, a per-process key is used.
   */
  staffHash?: (staffUserId: string) => string;
}): Features {
  const byName = () => new Map<ChannelName, ChannelPort>(deps.channels.map((c) => [c.name, c]));
  const handoff = new Handoff({
    content: deps.content,
    cases: deps.store.cases,
    contacts: deps.store.contacts,
    sessions: deps.store.sessions,
    desk: deps.desk,
    channels: byName,
    conversations: deps.conversations,
    clock: deps.clock,
    log: deps.log,
    options: { remindAfterMinutes: deps.settings.handoffRemindMinutes, aliases: deps.settings.staffAliases },
  });
  // Privacy goes first: the rate limit sees every message, and /clear and /forget work during a hand-off.
  const privacy = wirePrivacy({
    ...deps,
    channels: byName,
    settings: deps.settings.privacy,
    closeCase: async (id) => {
      await handoff.closeForForget(id);
      // The callback card must not keep a forgotten person's request (or number) live in the staff group.
      await callbacks.withdrawForForget(id);
    },
  });
  deps.conversations.use(privacy.guard);
  deps.conversations.use(privacy.privacy);
  const cb = deps.settings.callbacks ?? { revealMinutes: 10, remindHours: 4, retentionDays: 14 };
  const callbacks = new Callbacks({
    content: deps.content,
    callbacks: deps.store.callbacks,
    contacts: deps.store.contacts,
    desk: deps.desk,
    channels: byName,
    conversations: deps.conversations,
    clock: deps.clock,
    log: deps.log,
    options: { ...cb, aliases: deps.settings.staffAliases },
  });
  const processKey = randomBytes(32);
  const alerts = new Alerts({
    content: deps.content,
    stores: deps.store.alerts,
    contacts: deps.store.contacts,
    conversations: deps.conversations,
    desk: deps.desk,
    channels: byName,
    clock: deps.clock,
    log: deps.log,
    aliases: deps.settings.staffAliases,
    staffHash: deps.staffHash ?? ((id) => createHmac('sha256', processKey).update(id).digest('base64url')),
    options: deps.settings.alerts ?? { approvals: 2, rates: { telegram: 25, whatsapp: 5 }, retentionDays: 30 },
  });
  // An open case mutes the menu (and STOP ends the chat), so the hand-off is asked first.
  deps.conversations.use(handoff);
  deps.conversations.use(callbacks);
  deps.conversations.use(alerts);
  const staff = new StaffRouter(deps.log);
  staff.use(handoff);
  staff.use(callbacks);
  staff.use(alerts);
  staff.use(privacy.guard);
  // `npm run purge` (and the hourly purge) run every module's own purge too.
  privacy.retention.use({ name: 'callbacks', purge: (now) => callbacks.purge(now) });
  privacy.retention.use({ name: 'alerts', purge: (now) => alerts.purge(now) });

  const tick = async () => {
    await handoff.tick().catch((err: unknown) => deps.log.error({ err }, 'hand-off reminders failed'));
    await callbacks.tick().catch((err: unknown) => deps.log.error({ err }, 'callback reminders failed'));
    await callbacks.purge(deps.clock.now()).catch((err: unknown) => deps.log.error({ err }, 'callback purge failed'));
    await privacy.tick();
  };
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void tick().finally(() => (running = false));
  }, deps.settings.tickMs ?? 30_000);
  timer.unref();
  return {
    handoff,
    callbacks,
    alerts,
    staff,
    privacy,
    tick,
    start: () => alerts.start(),
    stop: async () => {
      clearInterval(timer);
      await alerts.stop();
    },
  };
}
