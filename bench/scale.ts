import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadKnownContent as loadContent } from '../src/main/known.js';
import type { SessionState } from '../src/kernel/engine/types.js';
import { IdentityCipher } from '../src/adapters/store/identity-cipher.js';
import { openStore } from '../src/adapters/store/open-store.js';
import { CONTENT_ROOT, figure, nowMs, ROOT, Rng, scratch, type Scratch, type SectionResult } from './lib.js';

/** Represents the sizes of the scale section. */
export interface ScaleOptions {
  readonly contacts: number;
  /** Session lookups timed in the child process. */
  readonly lookups: number;
  /** How long the child may idle for V8's memory reducer before the last RSS reading. */
  readonly settleMs: number;
}

/** Full-run sizes. */
export const SCALE_FULL: ScaleOptions = { contacts: 100_000, lookups: 10_000, settleMs: 30_000 };
/** `--quick` sizes. */
export const SCALE_QUICK: ScaleOptions = { contacts: 10_000, lookups: 2000, settleMs: 0 };

const FIRST_CHAT = 6_000_000_000;
const BATCH = 5000;
const MB = 2 ** 20;

interface ChildReport {
  rssAfterStart: number;
  heapAfterStart: number;
  rssAfterLookups: number;
  rssIdle: number;
  idleSeconds: number;
  lookups: number;
  found: number;
  p50: number;
  p99: number;
}

/**
 * Fills a database with `contacts` Telegram contacts, each with a session,
 * written with the store's own cipher (HMAC lookup key, AES-256-GCM address
 * and session) in large transactions; then starts Peerline on it in a child
 * process (as `npm start` would, minus channels) for its RSS and session
 * lookup times, next to the same child on an empty database.
 */
export async function benchScale(options: ScaleOptions): Promise<SectionResult> {
  const started = nowMs();
  const full = scratch('scale');
  const empty = scratch('scale-empty');
  try {
    const locales = loadContent(CONTENT_ROOT).settings.locales.enabled;
    await build(empty, 0, locales);
    const buildStart = nowMs();
    await build(full, options.contacts, locales);
    const buildSeconds = (nowMs() - buildStart) / 1000;
    const emptyBytes = fileBytes(empty.dbPath);
    const fullBytes = fileBytes(full.dbPath);

    const base = await child(empty, 0, 0, 0);
    const loaded = await child(full, options.lookups, options.contacts, options.settleMs);
    const smallYoung = await child(full, 0, 0, 0, ['--max-semi-space-size=8']);
    const loaderOnly = await bareRss();
    if (loaded.found !== loaded.lookups)
      throw new Error(`bench: only ${loaded.found} of ${loaded.lookups} lookups found a session`);
    return {
      id: 'scale',
      title: `Scale: ${options.contacts.toLocaleString('en-US')} contacts in the database`,
      params: { contacts: options.contacts, lookups: options.lookups, databaseMB: Number((fullBytes / MB).toFixed(1)) },
      figures: [
        figure('rss_mb', 'RSS after start', loaded.rssAfterStart / MB, 'MB', 'none', { op: '<', value: 150 }),
        figure('rss_empty_mb', 'RSS after start, empty database', base.rssAfterStart / MB, 'MB', 'none'),
        figure('rss_after_lookups_mb', 'RSS after the lookups', loaded.rssAfterLookups / MB, 'MB', 'none'),
        ...(options.settleMs > 0
          ? [
              figure(
                'rss_idle_mb',
                `RSS once idle (${loaded.idleSeconds.toFixed(0)} s later)`,
                loaded.rssIdle / MB,
                'MB',
                'none',
              ),
            ]
          : []),
        figure(
          'rss_semi8_mb',
          'RSS after start, node --max-semi-space-size=8',
          smallYoung.rssAfterStart / MB,
          'MB',
          'none',
        ),
        figure('rss_loader_mb', "RSS of node with tsx's loader alone", loaderOnly / MB, 'MB', 'none'),
        figure('lookup_p50_ms', 'session lookup p50', loaded.p50, 'ms', 'none'),
        figure('lookup_p99_ms', 'session lookup p99', loaded.p99, 'ms', 'none'),
        figure(
          'bytes_per_contact',
          'database bytes per contact (with session)',
          (fullBytes - emptyBytes) / options.contacts,
          'B',
          'none',
        ),
        figure('build_per_s', 'build: contacts written/s', options.contacts / buildSeconds, '/s', 'none'),
        figure('build_s', 'build time', buildSeconds, 's', 'none'),
      ],
      notes: [
        "build: contacts and sessions inserted with SQL in transactions of 5,000, encrypted with the store's IdentityCipher exactly as the repositories do; reported apart from everything else.",
        'RSS: a child process (node --import tsx bench/scale-child.ts) runs startPeerline on the file (content loaded and checked, store opened, features wired, simulator and channels off), waits 200 ms, reads process.memoryUsage().rss; the same on an empty database for comparison.',
        'much of the RSS at start is V8\'s young generation (up to 2 × 16 MB semi-spaces), grown while content loads and given back by V8\'s memory reducer once the process idles (the "once idle" figure, full runs only); the --max-semi-space-size=8 figure is the same start with a smaller young generation.',
        `session lookup: contacts.find (HMAC index lookup, decrypt) + sessions.load (decrypt), one at a time, ${options.lookups} random contacts.`,
        'bytes per contact: file size after a WAL checkpoint, minus the size of an empty migrated database, divided by the contacts.',
      ],
      seconds: (nowMs() - started) / 1000,
    };
  } finally {
    full.cleanup();
    empty.cleanup();
  }
}

async function build(data: Scratch, contacts: number, locales: readonly string[]): Promise<void> {
  const cipher = new IdentityCipher(data.dataKey);
  const store = await openStore(data.dbPath, cipher);
  const rng = new Rng(40);
  const now = Date.parse('2026-11-25T12:00:00Z');
  for (let from = 0; from < contacts; from += BATCH) {
    await store.db.transaction(async (tx) => {
      for (let i = from; i < Math.min(contacts, from + BATCH); i++) {
        const address = String(FIRST_CHAT + i);
        const locale = rng.pick(locales);
        const { lastID } = await tx.run(
          'INSERT INTO contacts (channel, lookup, address, locale, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)',
          ['telegram', cipher.lookup('telegram', address), cipher.encrypt(address), locale, now, now],
        );
        const state: SessionState = { v: 1, node: 'main', trail: ['main'], locale };
        await tx.run('INSERT INTO sessions (contact_id, state, updated_at) VALUES (?, ?, ?)', [
          lastID,
          cipher.encrypt(JSON.stringify(state)),
          now,
        ]);
      }
    });
  }
  await store.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  await store.close();
}

function fileBytes(file: string): number {
  const size = (f: string) => {
    try {
      return statSync(f).size;
    } catch {
      return 0;
    }
  };
  return size(file) + size(`${file}-wal`);
}

async function child(
  data: Scratch,
  lookups: number,
  contacts: number,
  settleMs: number,
  nodeFlags: readonly string[] = [],
): Promise<ChildReport> {
  const script = path.join(ROOT, 'bench', 'scale-child.ts');
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      ...nodeFlags,
      '--import',
      'tsx',
      script,
      data.dbPath,
      String(lookups),
      String(FIRST_CHAT),
      String(contacts),
      String(settleMs),
    ],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        DATA_KEY: data.dataKey,
        ...(process.env.CONTENT_DIR ? { CONTENT_DIR: CONTENT_ROOT } : {}),
      },
      maxBuffer: 1 << 20,
    },
  );
  const line = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as ChildReport;
}

/** RSS of a node process with tsx's loader and nothing else, 200 ms after start. */
async function bareRss(): Promise<number> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', '-e', 'setTimeout(() => process.stdout.write(String(process.memoryUsage().rss)), 200)'],
    { cwd: ROOT },
  );
  return Number(stdout.trim());
}
