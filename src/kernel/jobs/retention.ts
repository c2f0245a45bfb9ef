import type { Logger } from '../log.js';
import { CHAT_MESSAGE_TTL_MS } from '../ports/chat-trail.js';
import type { PurgeReport, RetentionStore } from '../ports/retention.js';

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
 * schedule (hourly, a job of the scheduler) and on demand (`npm run
 * purge`). Each step runs even when another fails; the report holds counts
 * only. Guarded by tests/kernel/jobs/retention.test.ts (with an injected clock).
 */
export class Retention {
  private readonly hooks: RetentionHook[] = [];

  constructor(
    private readonly store: RetentionStore,
    private readonly policy: RetentionPolicy,
    private readonly log: Logger,
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
    this.log.info({ purged: report }, 'retention purge done');
    return report;
  }
}
