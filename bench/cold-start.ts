import { spawn } from 'node:child_process';
import path from 'node:path';
import { FakeBotApi } from '../tests/helpers/fake-bot-api.js';
import {
  baseEnv,
  figure,
  median,
  nowMs,
  ROOT,
  scratch,
  sleep,
  until,
  type Scratch,
  type SectionResult,
} from './lib.js';

/** Represents the sizes of the cold start section. */
export interface ColdStartOptions {
  /** Timed starts with the tsx command line (`npm start`'s `tsx src/main/main.ts`), after one untimed warm-up. */
  readonly runs: number;
  /** Timed starts with `node --import tsx src/main/main.ts` (one process instead of two). */
  readonly importRuns: number;
}

/** Full-run sizes. */
export const COLD_FULL: ColdStartOptions = { runs: 5, importRuns: 3 };
/** `--quick` sizes. */
export const COLD_QUICK: ColdStartOptions = { runs: 2, importRuns: 1 };

const TOKEN = '123456:BENCH-cold';

/**
 * Times a real process start to its first long poll: the fake Bot API runs
 * here, Peerline runs as `tsx src/main/main.ts` (what `npm start` runs) with
 * TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT pointing at it, and the clock stops
 * when the fake receives the first getUpdates, which startPeerline reaches only
 * after loading and checking all content, opening the store and calling
 * getMe and setMyCommands.
 */
export async function benchColdStart(options: ColdStartOptions): Promise<SectionResult> {
  const started = nowMs();
  const data = scratch('cold');
  const tsxCli = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  try {
    // Untimed: creates and migrates the database and fills tsx's transform cache, as any earlier start would have.
    const warmup = await timeStart(tsxCli, ['src/main/main.ts'], data);
    const tsxTimes: number[] = [];
    for (let i = 0; i < options.runs; i++) tsxTimes.push(await timeStart(tsxCli, ['src/main/main.ts'], data));
    const importTimes: number[] = [];
    for (let i = 0; i < options.importRuns; i++)
      importTimes.push(await timeStart(process.execPath, ['--import', 'tsx', 'src/main/main.ts'], data));
    return {
      id: 'cold-start',
      title: 'Cold start: process start to the first getUpdates, all content validated',
      params: { runs: options.runs, importRuns: options.importRuns },
      figures: [
        figure('tsx_median_s', 'tsx src/main/main.ts (npm start) median', median(tsxTimes) / 1000, 's', 'none', {
          op: '<',
          value: 1.5,
        }),
        figure('tsx_max_s', 'tsx src/main/main.ts slowest', Math.max(...tsxTimes) / 1000, 's', 'none'),
        figure('import_median_s', 'node --import tsx src/main/main.ts median', median(importTimes) / 1000, 's', 'none'),
      ],
      notes: [
        `tsx runs (ms): ${tsxTimes.map(Math.round).join(', ')}; node --import tsx runs (ms): ${importTimes.map(Math.round).join(', ')}; an untimed first start (${Math.round(warmup)} ms) created the database and filled tsx's cache.`,
        "npm's own start-up (npm start) comes on top and is not counted; the tsx command line starts a second node process that runs main.ts with tsx's loader.",
        'each start uses the same database (migrated by the first), DATA_KEY set, simulator off, LOG_LEVEL=silent, PORT=0.',
      ],
      seconds: (nowMs() - started) / 1000,
    };
  } finally {
    data.cleanup();
  }
}

/** Starts Peerline once and returns milliseconds from spawn to the fake's first getUpdates. */
async function timeStart(command: string, args: readonly string[], data: Scratch): Promise<number> {
  const fake = await FakeBotApi.start();
  try {
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATABASE_PATH: data.dbPath,
      DATA_KEY: data.dataKey,
      ...baseEnv(),
    };
    const t0 = nowMs();
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // pollCount counts a getUpdates when it arrives; the call log records it only when the long poll is answered.
    const polled = until(() => fake.pollCount > 0, 'the first getUpdates', 30_000, 1).then(() => nowMs());
    const first = await Promise.race([
      polled,
      exited.then((code) =>
        Promise.reject(new Error(`bench: Peerline exited (${code}) before polling: ${stderr.slice(0, 500)}`)),
      ),
    ]);
    child.kill('SIGTERM');
    const stopped = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
    if (!stopped) {
      child.kill('SIGKILL');
      await exited;
    }
    return first - t0;
  } finally {
    await fake.stop({ allowUnusedFaults: true });
  }
}
