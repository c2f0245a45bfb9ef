import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../src/main/config.js';
import { createLogger } from '../src/kernel/log.js';
import { startPeerline, type Running } from '../src/main/compose.js';
import type { Alert } from '../src/features/alerts/port.js';
import type { ChannelPort, Outgoing } from '../src/kernel/ports/channel.js';
import { systemClock } from '../src/kernel/ports/clock.js';
import { FakeBotApi } from '../tests/helpers/fake-bot-api.js';
import { baseEnv, figure, nowMs, ROOT, scratch, sleep, type Figure, type SectionResult } from './lib.js';

/** Represents the sizes of the alert fan-out section. */
export interface AlertsOptions {
  /** Recipients against the fake's 30 msg/s limit. */
  readonly limited: number;
  /** Recipients with the limit off (the worker's or sender's own ceiling). */
  readonly unlimited: number;
  /** The fake's limit, TELEGRAM_GLOBAL_RATE and ALERT_RATE_TELEGRAM in the limited run. */
  readonly perSecond: number;
}

/** Full-run sizes. */
export const ALERTS_FULL: AlertsOptions = { limited: 1500, unlimited: 10_000, perSecond: 30 };
/** `--quick` sizes. */
export const ALERTS_QUICK: AlertsOptions = { limited: 150, unlimited: 1000, perSecond: 30 };

const TOKEN = '123456:BENCH-alerts';
const FIRST_CHAT = 9_000_000;
/** The limit-off run: far above any real limit, so the worker (or sender) itself is what is measured. */
const UNLIMITED_RATE = 100_000;

/** Represents one fan-out as the fake saw it. */
interface FanOut {
  /** Deliveries per second between the first and the last delivery. */
  readonly rate: number;
  readonly rateLimited: number;
  readonly lost: number;
  readonly duplicated: number;
  readonly seconds: number;
}

/**
 * The part of src/features/alerts/worker.ts the bench uses. It is imported by a computed path, so the bench
 * still builds and runs (measuring the sender's bulk path) before that file exists.
 */
interface WorkerModule {
  readonly AlertWorker: new (deps: Record<string, unknown>) => {
    start(): Promise<void>;
    stop(): Promise<void>;
    kick(): void;
  };
  readonly DEFAULT_WORKER_OPTIONS: Record<string, unknown>;
}
type Compose = (alert: Alert, locale: string, deps: Record<string, unknown>) => Outgoing | null;

/**
 * Measures sending one alert to many people on Telegram against the fake Bot
 * API: once at Telegram's limit (the fake answers 429 above `perSecond`
 * messages in any rolling second, Peerline paces at the same rate), once with
 * the limit and the pacing off. Uses the alert worker (src/features/alerts/worker.ts)
 * when it exists: an approved alert's recipients are queued in the database and
 * the worker sends them. Otherwise it measures the Telegram sender's bulk path.
 */
export async function benchAlerts(options: AlertsOptions): Promise<SectionResult> {
  const started = nowMs();
  const worker = existsSync(path.join(ROOT, 'src/features/alerts/worker.ts'));
  const via = worker ? 'alert worker' : 'TelegramChannel.send(…, bulk)';
  const limited = await fanOut(options.limited, options.perSecond, worker ? 'worker' : 'direct');
  const unlimited = await fanOut(options.unlimited, UNLIMITED_RATE, worker ? 'own-worker' : 'direct');
  const f = (key: string, label: string, value: number, unit: string, target?: Parameters<typeof figure>[5]): Figure =>
    figure(key, label, value, unit, 'bulk', target);
  return {
    id: 'alerts',
    title: `Alert fan-out on Telegram, measured through the ${via}`,
    params: {
      measured: via,
      limitedRecipients: options.limited,
      limitPerSecond: options.perSecond,
      unlimitedRecipients: options.unlimited,
    },
    figures: [
      f(
        'limited_rate_pct',
        `achieved rate / ${options.perSecond} msg/s (${options.limited} recipients)`,
        (100 * limited.rate) / options.perSecond,
        '%',
        { op: '>=', value: 95 },
      ),
      f('limited_429', '429 answers', limited.rateLimited, 'count'),
      f('limited_lost', 'lost (no delivery)', limited.lost, 'count', { op: '=', value: 0 }),
      f('limited_duplicated', 'duplicated (delivered twice)', limited.duplicated, 'count', { op: '=', value: 0 }),
      f('unlimited_per_s', `limit off: deliveries/s (${options.unlimited} recipients)`, unlimited.rate, '/s'),
      f('unlimited_lost', 'limit off: lost', unlimited.lost, 'count', { op: '=', value: 0 }),
      f('unlimited_duplicated', 'limit off: duplicated', unlimited.duplicated, 'count', { op: '=', value: 0 }),
    ],
    notes: [
      worker
        ? 'measured through the alert worker (src/features/alerts/worker.ts): subscribers are contacts in the database, an alert is created and approved through the store (one delivery row each), and the worker sends it through the Telegram channel as bulk.'
        : 'src/features/alerts/worker.ts does not exist: measured the Telegram sender\'s bulk path directly (TelegramChannel.send(address, [alert], "bulk") for every recipient at once), not an alert worker.',
      `limited run: the fake answers 429 (retry_after 1) above ${options.perSecond} sends in any rolling second; Peerline runs as npm start would with TELEGRAM_GLOBAL_RATE=${options.perSecond}${worker ? ` and ALERT_RATE_TELEGRAM=${options.perSecond} (the worker started by startPeerline)` : ''}; the rate counts from the first to the last delivery (${limited.seconds.toFixed(1)} s).`,
      worker
        ? `limit off: the worker startPeerline started is stopped and another AlertWorker, with the same stores and defaults but ${UNLIMITED_RATE.toLocaleString('en-US')}/s, sends through a Telegram sender paced at ${UNLIMITED_RATE.toLocaleString('en-US')}/s (startPeerline's telegramSender option): the worker's own ceiling, ${unlimited.seconds.toFixed(1)} s.`
        : `limit off: the sender paced at ${UNLIMITED_RATE.toLocaleString('en-US')}/s (startPeerline's telegramSender option): the sender's own ceiling, ${unlimited.seconds.toFixed(1)} s.`,
      "lost and duplicated are read from the fake's own record of successful sendMessage calls per chat, not from Peerline's accounting.",
    ],
    seconds: (nowMs() - started) / 1000,
  };
}

async function fanOut(recipients: number, rate: number, how: 'worker' | 'own-worker' | 'direct'): Promise<FanOut> {
  const fake = await FakeBotApi.start();
  const data = scratch('alerts');
  const limited = how === 'worker' || (how === 'direct' && rate < UNLIMITED_RATE);
  let running: Running | undefined;
  let stopOwn: (() => Promise<void>) | undefined;
  try {
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATABASE_PATH: data.dbPath,
      DATA_KEY: data.dataKey,
      ...baseEnv(),
      TELEGRAM_GLOBAL_RATE: String(Math.min(rate, 1000)),
      TELEGRAM_CHAT_RATE: '1',
      ...(limited ? { ALERT_RATE_TELEGRAM: String(rate) } : {}),
    });
    running = await startPeerline(config, {
      log: createLogger('silent'),
      ...(limited ? {} : { telegramSender: { globalRate: rate } }),
    });
    const telegram = running.channels.find((c) => c.name === 'telegram');
    if (!telegram) throw new Error('bench: the Telegram channel did not start');
    const chats = Array.from({ length: recipients }, (_, i) => String(FIRST_CHAT + i));
    fake.reset();
    if (limited) fake.rateLimit({ perSecond: rate });
    let t0 = Date.now();
    if (how === 'direct') {
      await sendDirect(telegram, chats, running.content.settings.locales.default);
    } else {
      if (how === 'own-worker') await builtinWorker(running)?.stop();
      const alertId = await queueAlert(running, chats);
      t0 = Date.now();
      if (how === 'own-worker') stopOwn = await ownWorker(running, telegram, rate);
      else builtinWorker(running)?.kick();
      await alertDone(running, alertId, recipients);
    }
    return tally(fake, chats, t0);
  } finally {
    await stopOwn?.();
    await running?.stop();
    await fake.stop({ allowUnusedFaults: true });
    data.cleanup();
  }
}

/** Subscribes a contact for every chat (everywhere), then creates and approves one alert: one delivery row each. */
async function queueAlert(running: Running, chats: readonly string[]): Promise<number> {
  const { contacts, alerts } = running.store;
  const now = Date.now();
  for (const chat of chats) {
    const contact = await contacts.touch('telegram', chat, now);
    await alerts.subscriptions.subscribe(contact.id, [], now);
  }
  const alert = await alerts.alerts.create({
    createdBy: 'bench',
    sourceText: 'Safety alert (bench): a test message to every subscriber.',
    category: 'other',
    regions: [],
    now,
  });
  const { outcome, alert: approved } = await alerts.alerts.approve(alert.id, 'bench-approver', 1, ['telegram'], now);
  if (outcome !== 'approved' || approved?.recipients !== chats.length)
    throw new Error(`bench: alert not queued (${outcome}, ${approved?.recipients} recipients)`);
  return alert.id;
}

/** The worker startPeerline wired, if the features expose it. */
function builtinWorker(running: Running): { stop(): Promise<void>; kick(): void } | undefined {
  return (running.features as { alerts?: { worker?: { stop(): Promise<void>; kick(): void } } }).alerts?.worker;
}

/** Starts a worker with the same stores and defaults as the wired one (stopped by then), at `rate`; returns its stop. */
async function ownWorker(running: Running, telegram: ChannelPort, rate: number): Promise<() => Promise<void>> {
  const { AlertWorker, DEFAULT_WORKER_OPTIONS } = (await import(modulePath('alert-worker'))) as Partial<WorkerModule>;
  const { alertMessage } = (await import(modulePath('alert-text'))) as { alertMessage?: Compose };
  if (typeof AlertWorker !== 'function' || !DEFAULT_WORKER_OPTIONS || typeof alertMessage !== 'function') {
    throw new Error(
      'bench: src/features/alerts/worker.ts or alert-text.ts no longer export AlertWorker, DEFAULT_WORKER_OPTIONS, alertMessage; update bench/alerts.ts',
    );
  }
  const { settings, translator } = running.content;
  const worker = new AlertWorker({
    queue: running.store.alerts.deliveries,
    getAlert: (id: number) => running.store.alerts.alerts.get(id),
    contacts: running.store.contacts,
    subscriptions: running.store.alerts.subscriptions,
    channels: () => new Map([['telegram', telegram]]),
    compose: (alert: Alert, locale: string | null) =>
      alertMessage(alert, locale ?? settings.locales.default, {
        translator,
        regions: settings.regions ?? [],
        defaultLocale: settings.locales.default,
      }),
    clock: systemClock,
    log: createLogger('silent'),
    options: { ...DEFAULT_WORKER_OPTIONS, rates: { telegram: rate } },
  });
  await worker.start();
  return () => worker.stop();
}

function modulePath(name: string): string {
  return pathToFileURL(path.join(ROOT, 'src', 'app', `${name}.ts`)).href;
}

/** Waits until the alert is done (nothing pending or sending). */
async function alertDone(running: Running, alertId: number, recipients: number): Promise<void> {
  const deadline = Date.now() + 60_000 + recipients * 100;
  for (;;) {
    const alert = await running.store.alerts.alerts.get(alertId);
    if (alert?.status === 'done') return;
    if (Date.now() > deadline) throw new Error(`bench: alert ${alertId} not done in time (${alert?.status})`);
    await sleep(50);
  }
}

/** The fallback: every recipient's alert handed to the channel at once, as bulk. */
async function sendDirect(channel: ChannelPort, chats: readonly string[], locale: string): Promise<void> {
  const alert: Outgoing = {
    kind: 'notice',
    display: 'notice',
    text: 'Safety alert (bench): a test message to every subscriber.',
    options: [],
    nav: [],
    locale,
  };
  await Promise.all(chats.map((chat) => channel.send(chat, [alert], 'bulk')));
}

/** Reads the fake's record: deliveries per chat, the delivery rate, 429s. */
function tally(fake: FakeBotApi, chats: readonly string[], t0: number): FanOut {
  const delivered = new Map<string, number>();
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (const call of fake.calls) {
    if (call.method !== 'sendMessage' || !call.ok) continue;
    const chat = String(call.payload.chat_id);
    delivered.set(chat, (delivered.get(chat) ?? 0) + 1);
    first = Math.min(first, call.at);
    last = Math.max(last, call.at);
  }
  const counts = chats.map((c) => delivered.get(c) ?? 0);
  const total = counts.reduce((a, b) => a + b, 0);
  return {
    rate: total > 1 ? (total - 1) / ((last - first) / 1000) : 0,
    rateLimited: fake.rateLimitedCount,
    lost: counts.filter((n) => n === 0).length,
    duplicated: counts.filter((n) => n > 1).length,
    seconds: (last - t0) / 1000,
  };
}
