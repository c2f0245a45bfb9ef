import type { Logger } from '../log.js';
import { CHAT_MESSAGE_TTL_MS, type PurgeReport, type RetentionStore } from '../../features/privacy/port.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Represents how long data is kept (RETENTION_* settings, in days). */
export interface RetentionPolicy {
  /** A contact nobody has heard from in this long is deleted, with everything about them. */
  readonly inactiveContactDays: number;
  /** A conversation state untouched this long is deleted (the person starts afresh, in their language). */
  readonly sessionDays: number;
  /** A closed case this old loses its link to the person and to the supporter's name; only counts remain. */
  readonly closedCaseDays: number;
  /** Platform update ids (kept so a re-delivered update is not handled twice). */
  readonly processedUpdateDays: number;
}

/** The documented defaults (README, Configuration). Message ids are always kept 48 hours, Telegram's window. */
export const DEFAULT_RETENTION: RetentionPolicy = {
  inactiveContactDays: 180,
  sessionDays: 30,
  closedCaseDays: 30,
  processedUpdateDays: 7,
};

/**
 * Represents another module's own purge (callbacks, alerts), run with the
 * rest; it returns a count, a report of counts, or nothing.
 */
export interface RetentionHook {
  readonly name: string;
  purge(now: number): Promise<number | Readonly<Record<string, number>> | void>;
}

/**
 * Retention can be used to delete what Peerline no longer needs, on a
 * schedule (hourly, from the features' timer) and on demand (`npm run
 * purge`). Each step runs even when another fails; the report holds counts
 * only. Guarded by tests/kernel/jobs/retention.test.ts (with an injected clock).
 */
export class Retention {
  private readonly hooks: RetentionHook[] = [];
  private lastRun = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly store: RetentionStore,
    private readonly policy: RetentionPolicy,
    private readonly log: Logger,
    private readonly everyMs = 60 * 60 * 1000,
  ) {}

  /** Adds a module's purge (callbacks, alerts, …), run after Peerline's own. */
  use(hook: RetentionHook): void {
    this.hooks.push(hook);
  }

  /** Runs every step now; returns what each removed. */
  async purge(now: number): Promise<PurgeReport> {
    const p = this.policy;
    const report: PurgeReport = {};
    const steps: [string, () => Promise<number | Readonly<Record<string, number>> | void>][] = [
      ['contacts', () => this.store.purgeInactiveContacts(now - p.inactiveContactDays * DAY_MS)],
      ['sessions', () => this.store.purgeSessions(now - p.sessionDays * DAY_MS)],
      ['cases', () => this.store.unlinkClosedCases(now - p.closedCaseDays * DAY_MS)],
      ['updates', () => this.store.purgeUpdates(now - p.processedUpdateDays * DAY_MS)],
      ['chatMessages', () => this.store.purgeChatMessages(now - CHAT_MESSAGE_TTL_MS)],
      ...this.hooks.map((h): [string, () => Promise<number | Readonly<Record<string, number>> | void>] => [
        h.name,
        () => h.purge(now),
      ]),
    ];
    for (const [name, run] of steps) {
      try {
        const result = await run();
        if (typeof result === 'number') report[name] = result;
        else if (result)
          for (const [k, v] of Object.entries(result)) if (typeof v === 'number') report[`${name}.${k}`] = v;
      } catch (err) {
        this.log.error({ err, step: name }, 'retention purge step failed');
      }
    }
    this.lastRun = now;
    this.log.info({ purged: report }, 'retention purge done');
    return report;
  }

  /** Runs the purge when the last one is older than the interval (called on every features tick). */
  async tick(now: number): Promise<PurgeReport | undefined> {
    if (now - this.lastRun < this.everyMs) return undefined;
    return this.purge(now);
  }
}
