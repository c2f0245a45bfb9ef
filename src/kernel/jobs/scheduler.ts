import type { Logger } from '../log.js';
import type { Clock } from '../ports/clock.js';

/** Represents one background job: a name for the logs, how often it runs, and the work. */
export interface Job {
  readonly name: string;
  /** Milliseconds between runs; the job runs when this much time has passed since its last run. */
  readonly everyMs: number;
  run(now: number): Promise<unknown>;
}

/**
 * Scheduler can be used to run every background job of Peerline from one
 * timer: hand-off and callback reminders, disappearing messages, the
 * retention purge. Features register their jobs (src/features/index.ts);
 * a job that fails is logged and tried again at its next turn, and a job
 * still running is never started twice. `runDue` is what the timer calls,
 * so tests drive the jobs with an injected clock instead of waiting.
 */
export class Scheduler {
  private readonly jobs: { job: Job; lastRun: number }[] = [];
  private timer: ReturnType<typeof setInterval> | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly log: Logger,
    /** How often the timer looks for due jobs (the shortest job interval is a good value). */
    private readonly pollMs: number,
  ) {}

  /** Adds a job; it first runs at the first poll after start. */
  add(job: Job): void {
    this.jobs.push({ job, lastRun: Number.NEGATIVE_INFINITY });
  }

  /** Names of the registered jobs, in order (for the start-up log and tests). */
  names(): string[] {
    return this.jobs.map((j) => j.job.name);
  }

  /** Starts the timer (after the channels run: some jobs send). */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.runDue(), this.pollMs);
    this.timer.unref();
  }

  /** Stops the timer and waits for a run in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Runs every job that is due now; a run already in progress is joined, not repeated. */
  runDue(): Promise<void> {
    this.running ??= this.runJobs().finally(() => (this.running = undefined));
    return this.running;
  }

  private async runJobs(): Promise<void> {
    for (const entry of this.jobs) {
      const now = this.clock.now();
      if (now - entry.lastRun < entry.job.everyMs) continue;
      entry.lastRun = now;
      try {
        await entry.job.run(now);
      } catch (err) {
        this.log.error({ err, job: entry.job.name }, 'background job failed');
      }
    }
  }
}
