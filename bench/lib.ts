import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (bench/ lives directly under it). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The content the bench runs on: the shipped flows and locales, or CONTENT_DIR's (as `npm start` reads it). */
export const CONTENT_ROOT = path.resolve(ROOT, process.env.CONTENT_DIR ?? '.');

/** Settings every Peerline the bench starts shares: quiet, no simulator, any free port, and CONTENT_DIR if set. */
export function baseEnv(): Record<string, string> {
  return {
    PORT: '0',
    SIMULATOR: 'false',
    LOG_LEVEL: 'silent',
    ...(process.env.CONTENT_DIR ? { CONTENT_DIR: CONTENT_ROOT } : {}),
  };
}

/**
 * Which sending path a figure measures: `reply` (answers to people, the
 * Telegram sender's reply priority), `bulk` (proactive sends such as alerts),
 * or `none` (no message leaves the process).
 */
export type Mode = 'reply' | 'bulk' | 'none';

/** Represents a target a figure is held to: `>=` for rates and ratios, `<` for latencies and sizes, `=` for counts. */
export interface Target {
  readonly op: '>=' | '<' | '=';
  readonly value: number;
}

/** Represents one measured figure of a bench section. */
export interface Figure {
  /** Short stable key, used in results.json (e.g. `steps_per_s`). */
  readonly key: string;
  /** What the figure is, for the table. */
  readonly label: string;
  readonly value: number;
  /** `/s`, `µs`, `ms`, `s`, `%`, `MB`, `B`, `count`. */
  readonly unit: string;
  readonly mode: Mode;
  readonly target?: Target;
  /** Whether the target is met (absent when there is no target). */
  readonly met?: boolean;
}

/** Represents what one section measured: its figures, its parameters and notes on how. */
export interface SectionResult {
  readonly id: string;
  readonly title: string;
  /** Sizes and settings the section ran with (people, recipients, rates, …). */
  readonly params: Readonly<Record<string, string | number | boolean>>;
  readonly figures: readonly Figure[];
  /** How the figures were measured, and anything a reader must know to trust them. */
  readonly notes: readonly string[];
  readonly seconds: number;
}

/** Builds a figure, deciding `met` from its target. */
export function figure(key: string, label: string, value: number, unit: string, mode: Mode, target?: Target): Figure {
  if (!target) return { key, label, value, unit, mode };
  const met =
    target.op === '>=' ? value >= target.value : target.op === '<' ? value < target.value : value === target.value;
  return { key, label, value, unit, mode, target, met };
}

/** Returns the q-quantile (0..1) of `values` by the nearest-rank method; NaN for no values. */
export function quantile(values: ArrayLike<number>, q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

/** Returns the median of `values`. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Monotonic time in milliseconds, with sub-millisecond precision. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/**
 * Represents a small seeded pseudo-random generator (mulberry32): the same
 * seed walks the same paths, so runs compare.
 */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** A float in [0, 1). */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

/** Represents a temporary folder with a fresh DATA_KEY, removed by `cleanup`. */
export interface Scratch {
  readonly dir: string;
  readonly dbPath: string;
  readonly dataKey: string;
  cleanup(): void;
}

/** Makes a temporary data folder under the OS temp dir. */
export function scratch(prefix: string): Scratch {
  const dir = mkdtempSync(path.join(os.tmpdir(), `peerline-bench-${prefix}-`));
  return {
    dir,
    dbPath: path.join(dir, 'peerline.db'),
    dataKey: randomBytes(32).toString('base64'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Represents the machine the figures come from. */
export interface Machine {
  readonly nproc: number;
  readonly cpu: string;
  readonly node: string;
  readonly platform: string;
  readonly memoryMB: number;
}

/** Describes this machine: cores, CPU model (from /proc/cpuinfo where there is one), Node version. */
export function machine(): Machine {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // Not Linux: os.cpus() is as good as it gets.
  }
  return {
    nproc: os.availableParallelism(),
    cpu,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    memoryMB: Math.round(os.totalmem() / 2 ** 20),
  };
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until `check()` is true, polling every `everyMs`; rejects after `timeoutMs` with `what` in the message. */
export async function until(check: () => boolean, what: string, timeoutMs: number, everyMs = 2): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`bench: timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** Rounds for display and results.json: 3 significant digits, integers kept whole. */
export function round(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return value;
  const abs = Math.abs(value);
  if (abs >= 100) return Math.round(value);
  return Number(value.toPrecision(3));
}
