import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AlertWorker, type AlertWorkerOptions } from '../../../src/features/alerts/worker.js';
import { createLogger } from '../../../src/kernel/log.js';
import type { Alert } from '../../../src/features/alerts/port.js';
import type { ChannelName } from '../../../src/kernel/ports/store.js';
import { IdentityCipher } from '../../../src/adapters/store/identity-cipher.js';
import type { FeatureStore as Store } from '../../../src/features/index.js';
import { randomKey, tempDir, openTestStore } from '../../helpers/index.js';
import { ScriptedChannel } from '../../helpers/scripted-channel.js';

/**
 * The alert fan-out on a real temporary SQLite file with scripted channels and
 * a fake clock (pacing waits advance it, so the suite stays fast).
 */
describe('alert worker: durable, paced fan-out', () => {
  let store: Store;
  let file: string;
  let key: string;
  let cleanup: () => void;
  let now: number;
  let telegram: ScriptedChannel;
  let whatsapp: ScriptedChannel;

  const OPTIONS: AlertWorkerOptions = {
    rates: { telegram: 25, whatsapp: 5 },
    concurrency: 3,
    maxAttempts: 3,
    retryDelayMs: 60_000,
    idleMs: 5,
  };

  const worker = (
    s: Store = store,
    channels: ScriptedChannel[] = [telegram, whatsapp],
    onProgress?: (alertId: number, done?: Alert) => void,
  ) =>
    new AlertWorker({
      queue: s.alerts.deliveries,
      getAlert: (id) => s.alerts.alerts.get(id),
      contacts: s.contacts,
      subscriptions: s.alerts.subscriptions,
      channels: () => new Map<ChannelName, ScriptedChannel>(channels.map((c) => [c.name, c])),
      compose: (alert, locale) => ({
        kind: 'notice',
        display: 'notice',
        text: `alert ${alert.id} (${locale ?? 'default'})`,
        options: [],
        nav: [],
        locale: locale ?? 'en',
      }),
      clock: { now: () => now },
      log: createLogger('silent'),
      options: OPTIONS,
      sleep: async (ms) => {
        now += ms;
      },
      ...(onProgress ? { onProgress } : {}),
    });

  beforeEach(async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    file = path.join(t.dir, 'w.db');
    key = randomKey();
    store = await openTestStore(file, new IdentityCipher(key));
    now = Date.parse('2026-11-25T15:00:00Z');
    telegram = new ScriptedChannel('telegram', () => now);
    whatsapp = new ScriptedChannel('whatsapp', () => now);
  });
  afterEach(async () => {
    await store.close();
    cleanup();
  });

  /** Subscribes `n` people on a channel (addresses `<prefix>1…n`) to Toronto. */
  const subscribers = async (channel: ChannelName, prefix: string, n: number) => {
    for (let i = 1; i <= n; i++) {
      const c = await store.contacts.touch(channel, `${prefix}${i}`, now);
      await store.alerts.subscriptions.subscribe(c.id, ['toronto'], now);
    }
  };
  const approved = async (channels: ChannelName[] = ['telegram', 'whatsapp']) => {
    const alert = await store.alerts.alerts.create({
      createdBy: 'Ana',
      sourceText: 'Text',
      category: 'police',
      regions: ['toronto'],
      now,
    });
    return (await store.alerts.alerts.approve(alert.id, 'h', 1, channels, now)).alert!;
  };
  const states = async () =>
    Object.fromEntries(
      (
        await store.db.all<{ state: string; n: number }>(
          'SELECT state, COUNT(*) AS n FROM alert_deliveries GROUP BY state',
        )
      ).map((r) => [r.state, r.n]),
    );

  it('sends each subscriber the alert exactly once, as bulk, paced per channel, at most `concurrency` at once', async () => {
    await subscribers('telegram', 't', 30);
    await subscribers('whatsapp', 'w', 6);
    const alert = await approved();
    const progress: number[] = [];
    const done = vi.fn();
    const w = worker(store, [telegram, whatsapp], (id, finished) => (finished ? done(id) : progress.push(id)));
    expect(await w.drain()).toBe(36);

    expect([...telegram.perAddress().values()].every((n) => n === 1)).toBe(true);
    expect(telegram.perAddress().size).toBe(30);
    expect(whatsapp.perAddress().size).toBe(6);
    expect(new Set([...telegram.calls, ...whatsapp.calls].map((c) => c.priority))).toEqual(new Set(['bulk']));
    const gaps = (c: ScriptedChannel) => c.calls.slice(1).map((call, i) => call.at - c.calls[i]!.at);
    expect(Math.min(...gaps(telegram))).toBeGreaterThanOrEqual(40); // 25/s
    expect(Math.min(...gaps(whatsapp))).toBeGreaterThanOrEqual(200); // 5/s
    expect(telegram.maxInFlight).toBeLessThanOrEqual(3);
    expect(progress).toHaveLength(36);
    expect(done).toHaveBeenCalledWith(alert.id);
    expect(await states()).toEqual({ sent: 36 });
    expect(await store.alerts.alerts.get(alert.id)).toMatchObject({
      status: 'done',
      sourceText: null,
      final: { sent: 36, failed: 0, unsubscribed: 0 },
    });
  });

  it('a 403 (unreachable) marks the delivery unsubscribed, stops the subscription and marks the contact unreachable', async () => {
    await subscribers('telegram', 't', 3);
    telegram.outcomes.set('t2', [{ ok: false, reason: 'unreachable', code: 403 }]);
    const alert = await approved();
    await worker().drain();
    const contact = await store.contacts.find('telegram', 't2');
    expect(contact?.unreachable).toBe(true);
    expect((await store.alerts.subscriptions.get(contact!.id))?.active).toBe(false);
    expect((await store.alerts.alerts.get(alert.id))?.final).toMatchObject({ sent: 2, unsubscribed: 1, failed: 0 });
    // The next alert does not even try them.
    await approved();
    telegram.calls.length = 0;
    await worker().drain();
    expect([...telegram.perAddress().keys()].sort()).toEqual(['t1', 't3']);
  });

  it('retries a failed send a bounded number of times, waiting longer each time', async () => {
    await subscribers('telegram', 't', 2);
    const failed = { ok: false as const, reason: 'failed' as const, code: 502 };
    telegram.outcomes.set('t1', [failed]);
    telegram.outcomes.set('t2', [failed, { ok: true, messageIds: ['9'] }]);
    const alert = await approved();
    const w = worker();
    await w.drain();
    expect((await store.alerts.alerts.get(alert.id))?.status).toBe('sending');
    now += 60_000;
    await w.drain();
    expect(telegram.perAddress()).toEqual(
      new Map([
        ['t1', 2],
        ['t2', 2],
      ]),
    );
    now += 60_000; // t1's second retry waits 2 × 60 s
    await w.drain();
    expect(telegram.perAddress().get('t1')).toBe(2);
    now += 60_000;
    await w.drain();
    expect(telegram.perAddress()).toEqual(
      new Map([
        ['t1', 3],
        ['t2', 2],
      ]),
    );
    expect(await store.alerts.alerts.get(alert.id)).toMatchObject({
      status: 'done',
      final: { sent: 1, failed: 1, unsubscribed: 0 },
    });
  });

  it('stopped after N sends and started again: everyone gets it exactly once, nothing is lost', async () => {
    await subscribers('telegram', 't', 20);
    const alert = await approved(['telegram']);
    const first = worker(store, [telegram]);
    let stopping: Promise<void> | undefined;
    telegram.onSend = (n) => {
      if (n === 7) stopping = first.stop();
    };
    await first.start();
    await vi.waitFor(() => expect(stopping).toBeDefined());
    await stopping;
    const sentFirst = telegram.calls.length;
    // What was in flight at the stop finished; nothing more was started.
    expect(sentFirst).toBeGreaterThanOrEqual(7);
    expect(sentFirst).toBeLessThanOrEqual(7 + OPTIONS.concurrency - 1);
    expect(await states()).toEqual({ sent: sentFirst, pending: 20 - sentFirst });

    telegram.onSend = undefined;
    const second = worker(store, [telegram]);
    await second.start();
    await vi.waitFor(async () => expect((await store.alerts.alerts.get(alert.id))?.status).toBe('done'));
    await second.stop();
    expect(telegram.calls).toHaveLength(20);
    expect([...telegram.perAddress().values()].every((n) => n === 1)).toBe(true);
    expect((await store.alerts.alerts.get(alert.id))?.final?.sent).toBe(20);
  });

  it('killed mid-fan-out (sends never answered, store reopened): only the in-flight ones arrive twice, nothing is lost', async () => {
    await subscribers('telegram', 't', 20);
    const alert = await approved(['telegram']);
    telegram.hangAfter = 8;
    // The first worker is abandoned, as if the process died: its last sends never answer.
    void worker(store, [telegram]).drain();
    await vi.waitFor(() => expect(telegram.calls.length).toBe(8 + OPTIONS.concurrency));
    const inFlight = telegram.calls.slice(8).map((c) => c.address);
    expect(await states()).toEqual({ sent: 8, sending: 3, pending: 9 });
    await store.close();

    store = await openTestStore(file, new IdentityCipher(key));
    telegram.hangAfter = null;
    const restarted = worker(store, [telegram]);
    await restarted.start();
    await vi.waitFor(async () => expect((await store.alerts.alerts.get(alert.id))?.status).toBe('done'));
    await restarted.stop();

    const counts = telegram.perAddress();
    expect(counts.size).toBe(20); // nothing lost
    const twice = [...counts]
      .filter(([, n]) => n === 2)
      .map(([a]) => a)
      .sort();
    expect(twice).toEqual([...inFlight].sort()); // at most `concurrency`, and only those in flight
    expect([...counts.values()].every((n) => n <= 2)).toBe(true);
    expect(telegram.calls).toHaveLength(20 + OPTIONS.concurrency);
    expect((await store.alerts.alerts.get(alert.id))?.final).toMatchObject({ sent: 20, failed: 0 });
  });

  it('rows for a channel that no longer runs are failed at start, so the alert can finish', async () => {
    await subscribers('telegram', 't', 2);
    await subscribers('whatsapp', 'w', 2);
    const alert = await approved();
    const w = worker(store, [telegram]);
    await w.start();
    await vi.waitFor(async () => expect((await store.alerts.alerts.get(alert.id))?.status).toBe('done'));
    await w.stop();
    expect((await store.alerts.alerts.get(alert.id))?.final).toMatchObject({ sent: 2, failed: 2 });
  });
});
