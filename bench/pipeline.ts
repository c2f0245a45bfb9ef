import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Incoming } from '../src/kernel/conversation/conversations.js';
import { loadConfig } from '../src/main/config.js';
import type { Event } from '../src/kernel/engine/types.js';
import { createLogger } from '../src/kernel/log.js';
import { startPeerline } from '../src/main/compose.js';
import { baseEnv, figure, nowMs, quantile, Rng, scratch, sleep, type SectionResult } from './lib.js';
import { NO_VIEW, nextEvent, viewOfOutgoing, type View } from './walk.js';

/** Represents the sizes of the app pipeline section. */
export interface PipelineOptions {
  /** Simulated people, each with their own contact, session and walk. */
  readonly people: number;
  /** Updates in flight at once in the throughput run (closed loop). */
  readonly concurrency: number;
  /** Updates in the throughput run. */
  readonly closedUpdates: number;
  /** Updates handled one at a time, for the service time. */
  readonly serialUpdates: number;
  /** Arrival rate of the latency run (open loop), updates a second. */
  readonly offeredRate: number;
  readonly openSeconds: number;
  readonly seed: number;
}

/** Full-run sizes. */
export const PIPELINE_FULL: PipelineOptions = {
  people: 1000,
  concurrency: 32,
  closedUpdates: 30_000,
  serialUpdates: 3000,
  offeredRate: 2000,
  openSeconds: 10,
  seed: 20,
};
/** `--quick` sizes. */
export const PIPELINE_QUICK: PipelineOptions = {
  people: 200,
  concurrency: 16,
  closedUpdates: 4000,
  serialUpdates: 500,
  offeredRate: 2000,
  openSeconds: 2,
  seed: 20,
};

interface Person {
  readonly address: string;
  view: View;
}

/**
 * Drives `Conversations.handle` (engine, i18n, encrypted SQLite contact and
 * session read/write, the features main.ts wires) for many simulated people
 * on a temporary database, with no channel and no network: a throughput run
 * with a fixed number of updates in flight, and a latency run where updates
 * arrive at a fixed rate whatever the answers do (latency counts from the
 * planned arrival, so a stall shows up in every update that waited on it).
 */
export async function benchPipeline(options: PipelineOptions): Promise<SectionResult> {
  const started = nowMs();
  const data = scratch('pipeline');
  const config = loadConfig({ DATABASE_PATH: data.dbPath, DATA_KEY: data.dataKey, ...baseEnv() });
  const running = await startPeerline(config, { log: createLogger('silent') });
  try {
    const rng = new Rng(options.seed);
    const locales = running.content.settings.locales.enabled;
    const people: Person[] = Array.from({ length: options.people }, (_, i) => ({
      address: String(7_000_000_000 + i),
      view: NO_VIEW,
    }));
    const handle = async (person: Person, event: Event) => {
      const handled = await running.conversations.handle(incoming(person, event));
      const view = viewOfOutgoing(handled.outgoing);
      if (view.node !== undefined) person.view = view;
    };

    // Everyone starts and picks a language (their contact and session are created), which also warms the JIT.
    const onboardStart = nowMs();
    await inParallel(people, options.concurrency, async (p) => {
      await handle(p, { type: 'start' });
      await handle(p, { type: 'choice', key: `lang:${rng.pick(locales)}`, from: p.view.node ?? 'language' });
    });
    const onboardRate = (2 * people.length) / ((nowMs() - onboardStart) / 1000);

    // Service time: one update at a time, nothing queued behind anything.
    const serial = new Float64Array(options.serialUpdates);
    for (let i = 0; i < options.serialUpdates; i++) {
      const p = people[i % people.length]!;
      const t0 = nowMs();
      await handle(p, nextEvent(p.view, rng));
      serial[i] = nowMs() - t0;
    }

    // Throughput: `concurrency` updates always in flight, each worker walking its own share of the people.
    const closedStart = nowMs();
    const perWorker = Math.ceil(options.closedUpdates / options.concurrency);
    await Promise.all(
      Array.from({ length: options.concurrency }, async (_, w) => {
        const mine = people.filter((_p, i) => i % options.concurrency === w);
        for (let i = 0; i < perWorker; i++) {
          const p = mine[i % mine.length]!;
          await handle(p, nextEvent(p.view, rng));
        }
      }),
    );
    const closedRate = (perWorker * options.concurrency) / ((nowMs() - closedStart) / 1000);

    const open = await openLoop(people, options, rng, handle);
    const contacts = await running.store.contacts.count();
    return {
      id: 'pipeline',
      title: 'App pipeline: Conversations.handle on a temporary SQLite file, no network',
      params: {
        people: options.people,
        contacts,
        concurrency: options.concurrency,
        closedUpdates: perWorker * options.concurrency,
        offeredRate: options.offeredRate,
        openUpdates: open.count,
      },
      figures: [
        figure('updates_per_s', `updates/s (${options.concurrency} in flight)`, closedRate, '/s', 'none', {
          op: '>=',
          value: 2000,
        }),
        figure('p50_ms', `p50 at ${options.offeredRate} updates/s offered`, open.p50, 'ms', 'none'),
        figure('p99_ms', `p99 at ${options.offeredRate} updates/s offered`, open.p99, 'ms', 'none', {
          op: '<',
          value: 10,
        }),
        figure(
          'open_achieved_pct',
          'achieved / offered rate',
          (100 * open.achieved) / options.offeredRate,
          '%',
          'none',
        ),
        figure('loop_delay_max_ms', 'event-loop delay max in that run', open.loopDelayMax, 'ms', 'none'),
        figure('serial_p50_ms', 'service time p50 (one at a time)', quantile(serial, 0.5), 'ms', 'none'),
        figure('serial_p99_ms', 'service time p99 (one at a time)', quantile(serial, 0.99), 'ms', 'none'),
      ],
      notes: [
        `${options.people} people started and chose a language first (${Math.round(onboardRate)} updates/s for first contacts); measured updates are walks as in the engine section, through startPeerline's wiring (features included) with the simulator off.`,
        `the latency run offers updates at a fixed rate for ${options.openSeconds} s, round-robin over the people; latency counts from each update's planned arrival. Event-loop delay in that run: p99 ${open.loopDelayP99.toFixed(1)} ms, max ${open.loopDelayMax.toFixed(1)} ms (a long stall, from GC or another process on the machine, delays every update queued behind it).`,
        "each update: contact touch (HMAC lookup key, one upsert), session load (AES-GCM decrypt), the features' reads (e.g. an open case), engine step, session save (encrypt), localization.",
      ],
      seconds: (nowMs() - started) / 1000,
    };
  } finally {
    await running.stop();
    data.cleanup();
  }
}

function incoming(person: Person, event: Event): Incoming {
  return { channel: 'telegram', address: person.address, event, platformLocale: 'en' };
}

/** Runs `fn` over `items` with at most `limit` at once. */
async function inParallel<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

async function openLoop(
  people: readonly Person[],
  options: PipelineOptions,
  rng: Rng,
  handle: (p: Person, e: Event) => Promise<void>,
) {
  const total = Math.round(options.offeredRate * options.openSeconds);
  const spacing = 1000 / options.offeredRate;
  const latencies = new Float64Array(total);
  const inFlight: Promise<void>[] = [];
  // How long the event loop itself was held up, so a stall from GC or another process shows apart from queueing.
  const loopDelay = monitorEventLoopDelay({ resolution: 1 });
  loopDelay.enable();
  const t0 = nowMs();
  let lastDone = t0;
  let sent = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor((nowMs() - t0) / spacing) + 1);
    for (; sent < due; sent++) {
      const i = sent;
      const planned = t0 + i * spacing;
      const p = people[i % people.length]!;
      inFlight.push(
        handle(p, nextEvent(p.view, rng)).then(() => {
          lastDone = nowMs();
          latencies[i] = lastDone - planned;
        }),
      );
    }
    // Timers fire about every millisecond: arrivals come in small batches, as they do from a poll.
    await sleep(1);
  }
  await Promise.all(inFlight);
  loopDelay.disable();
  return {
    count: total,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    achieved: total / ((lastDone - t0) / 1000),
    loopDelayP99: loopDelay.percentile(99) / 1e6,
    loopDelayMax: loopDelay.max / 1e6,
  };
}
