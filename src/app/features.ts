import type { ContentSet } from '../content/content-set.js';
import type { Logger } from '../log.js';
import type { ChannelPort } from '../ports/channel.js';
import type { Clock } from '../ports/clock.js';
import type { StaffDesk } from '../ports/staff.js';
import type { ChannelName } from '../ports/store.js';
import type { Store } from '../store/open-store.js';
import type { Conversations } from './conversations.js';
import { Handoff } from './handoff.js';
import { StaffRouter } from './staff-router.js';

/** Represents the settings features read from the environment. */
export interface FeatureSettings {
  readonly handoffRemindMinutes: number;
  readonly staffAliases: ReadonlyMap<string, string>;
  /** How often timers run (reminders, reveal clean-up); tests make it short. */
  readonly tickMs?: number;
}

/** Represents the features plugged into a running Peerline. */
export interface Features {
  readonly handoff: Handoff;
  readonly staff: StaffRouter;
  /** Runs every timer once (tests call it with an injected clock). */
  tick(): Promise<void>;
  stop(): void;
}

/**
 * Plugs the features (hand-off, …) into the conversation and the staff
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
  deps.conversations.use(handoff);
  const staff = new StaffRouter(deps.log);
  staff.use(handoff);

  const tick = async () => {
    await handoff.tick().catch((err: unknown) => deps.log.error({ err }, 'hand-off reminders failed'));
  };
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void tick().finally(() => (running = false));
  }, deps.settings.tickMs ?? 30_000);
  timer.unref();
  return { handoff, staff, tick, stop: () => clearInterval(timer) };
}
