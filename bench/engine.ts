import { step } from '../src/kernel/engine/step.js';
import type { Env, Event, SessionState } from '../src/kernel/engine/types.js';
import { loadKnownContent as loadContent } from '../src/main/known.js';
import { CONTENT_ROOT, figure, nowMs, quantile, Rng, type SectionResult } from './lib.js';
import { NO_VIEW, nextEvent, viewOfOutbox, type View } from './walk.js';

/** Represents the sizes of the engine section. */
export interface EngineOptions {
  /** Measured steps (after as many warm-up steps, for the JIT). */
  readonly steps: number;
  /** Steps one simulated person takes before a new one starts from /start. */
  readonly walkLength: number;
  readonly seed: number;
}

/** Full-run sizes. */
export const ENGINE_FULL: EngineOptions = { steps: 300_000, walkLength: 60, seed: 10 };
/** `--quick` sizes. */
export const ENGINE_QUICK: EngineOptions = { steps: 30_000, walkLength: 60, seed: 10 };

/**
 * Walks seeded random paths over every shipped screen and times each call of
 * the pure `step` function (state, event, env) alone: no I/O, no i18n. Reports
 * steps/s, p50/p99 per step, and how many screens the walk reached.
 */
export async function benchEngine(options: EngineOptions): Promise<SectionResult> {
  const started = nowMs();
  const content = loadContent(CONTENT_ROOT);
  const env: Env = { ...content.env, now: () => Date.parse('2026-11-25T12:00:00Z') };
  const total = env.graph.nodes.size;

  // Warm-up: the same number of steps on another seed, so the JIT has settled before anything is timed.
  walk(env, options.steps, options.walkLength, new Rng(options.seed + 1), undefined);
  const times = new Float64Array(options.steps);
  const visited = new Set<string>();
  const wallStart = nowMs();
  walk(env, options.steps, options.walkLength, new Rng(options.seed), { times, visited });
  const wallMs = nowMs() - wallStart;
  // Throughput without the per-step timer: the same walk again, timed as a whole.
  const bareStart = nowMs();
  walk(env, options.steps, options.walkLength, new Rng(options.seed), undefined);
  const bareMs = nowMs() - bareStart;

  const us = (ms: number) => ms * 1000;
  return {
    id: 'engine',
    title: 'Engine: step() over the shipped flows',
    params: { steps: options.steps, walkLength: options.walkLength, seed: options.seed, screens: total },
    figures: [
      figure(
        'steps_per_s',
        'steps/s (walk incl. choosing the next event)',
        options.steps / (bareMs / 1000),
        '/s',
        'none',
      ),
      figure('p50_us', 'p50 per step', us(quantile(times, 0.5)), 'µs', 'none'),
      figure('p99_us', 'p99 per step', us(quantile(times, 0.99)), 'µs', 'none', { op: '<', value: 50 }),
      figure('screens_visited_pct', 'screens reached by the walk', (100 * visited.size) / total, '%', 'none', {
        op: '>=',
        value: 100,
      }),
    ],
    notes: [
      `${options.steps} steps after ${options.steps} warm-up steps; a new person every ${options.walkLength} steps; events: 80 % taps on the screen's buttons, the rest numbers, free text, commands, stickers, /start.`,
      `per-step times wrap step() alone (hrtime, ~${us(wallMs / options.steps - bareMs / options.steps).toFixed(2)} µs timer overhead per step included).`,
    ],
    seconds: (nowMs() - started) / 1000,
  };
}

function walk(
  env: Env,
  steps: number,
  walkLength: number,
  rng: Rng,
  record: { times: Float64Array; visited: Set<string> } | undefined,
): void {
  let state: SessionState | null = null;
  let view: View = NO_VIEW;
  for (let i = 0; i < steps; i++) {
    if (i % walkLength === 0) {
      state = null;
      view = NO_VIEW;
    }
    const event: Event = nextEvent(view, rng);
    let result;
    if (record) {
      const t0 = process.hrtime.bigint();
      result = step(state, event, env);
      record.times[i] = Number(process.hrtime.bigint() - t0) / 1e6;
      record.visited.add(result.state.node);
    } else {
      result = step(state, event, env);
    }
    state = result.state;
    view = viewOfOutbox(result.outbox);
  }
}
