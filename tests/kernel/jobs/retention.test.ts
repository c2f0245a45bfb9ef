import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Retention } from '../../../src/kernel/jobs/retention.js';
import { purgeOnce } from '../../../src/main/cli/purge.js';
import { loadConfig } from '../../../src/main/config.js';
import { createLogger } from '../../../src/kernel/log.js';
import { appWorld, type AppWorld } from '../../helpers/app-world.js';
import { ROOT } from '../../helpers/index.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

describe('retention: the scheduled purge, with an injected clock', () => {
  let w: AppWorld;
  beforeEach(async () => {
    w = await appWorld({ start: Date.parse('2026-01-01T12:00:00Z') });
  });
  afterEach(async () => {
    await w.close();
  });
  const id = async (address: string) => (await w.store.contacts.find('telegram', address))?.id;
  const count = async (sql: string, params: (string | number)[] = []) =>
    (await w.store.db.get<{ n: number }>(sql, params))!.n;

  it('deletes inactive contacts (180 days) with everything about them, but keeps anyone with an open case or an active alert subscription', async () => {
    await w.onboard('gone', 'en');
    await w.onboard('waiting', 'en');
    await w.say('waiting', { type: 'choice', key: 'handoff' });
    await w.onboard('subscriber', 'en');
    await w.store.alerts.subscriptions.subscribe((await id('subscriber'))!, [], w.now);
    const gone = (await id('gone'))!;
    w.now += 179 * DAY;
    await w.onboard('recent', 'en');
    expect((await w.features.privacy.retention.purge(w.now)).contacts).toBe(0);
    w.now += 2 * DAY;
    const report = await w.features.privacy.retention.purge(w.now);
    expect(report.contacts).toBe(1);
    expect(await id('gone')).toBeUndefined();
    expect(await count('SELECT COUNT(*) AS n FROM sessions WHERE contact_id = ?', [gone])).toBe(0);
    for (const kept of ['waiting', 'subscriber', 'recent']) expect(await id(kept), kept).toBeDefined();
  });

  it('deletes sessions untouched for 30 days (the person keeps their language), unlinks closed cases after 30 days, forgets update ids after 7 days and message ids after 48 hours', async () => {
    await w.onboard('p1', 'fr');
    await w.say('p1', { type: 'choice', key: 'handoff' });
    const p1 = (await id('p1'))!;
    const c = (await w.store.cases.openFor(p1))!;
    await w.store.cases.claim(c.id, 'Ana', w.now);
    await w.store.cases.close(c.id, w.now);
    await w.store.updates.firstTime('telegram', '1', w.now);
    w.now += 3 * DAY;
    let report = await w.features.privacy.retention.purge(w.now);
    expect(report).toMatchObject({ sessions: 0, cases: 0, updates: 0 });
    expect(report.chatMessages).toBeGreaterThan(0);
    expect(await w.store.chatMessages.count()).toBe(0);

    w.now += 5 * DAY;
    expect((await w.features.privacy.retention.purge(w.now)).updates).toBe(1);
    w.now += 25 * DAY;
    report = await w.features.privacy.retention.purge(w.now);
    expect(report).toMatchObject({ sessions: 1, cases: 1 });
    expect(await w.store.sessions.load(p1)).toBeNull();
    expect(await w.store.cases.get(c.id)).toMatchObject({ contactId: null, claimedBy: null, status: 'closed' });
    // The contact row keeps the chosen language, so the next visit is in French.
    const next = await w.say('p1', { type: 'text', text: 'bonjour' });
    expect(next.join('\n')).toContain(w.content.translator.t('fr', 'language-prompt'));
  });

  it("runs at most once an hour from the features timer, and calls the other modules' purges with the same clock", async () => {
    const calls: number[] = [];
    w.features.privacy.retention.use({
      name: 'callbacks',
      purge: async (now) => {
        calls.push(now);
        return 3;
      },
    });
    w.features.privacy.retention.use({
      name: 'broken',
      purge: async () => {
        throw new Error('boom');
      },
    });
    w.features.privacy.retention.use({ name: 'alerts', purge: async () => ({ deliveries: 2, drafts: 0 }) });
    await w.features.tick();
    await w.features.tick();
    expect(calls).toEqual([w.now]);
    w.now += HOUR;
    await w.features.tick();
    expect(calls).toEqual([w.now - HOUR, w.now]);
    const report = await new Retention(
      w.store.privacy,
      { inactiveContactDays: 1, sessionDays: 1, closedCaseDays: 1, processedUpdateDays: 1 },
      createLogger('silent'),
    ).purge(w.now);
    expect(Object.keys(report).sort()).toEqual(['cases', 'chatMessages', 'contacts', 'sessions', 'updates']);
  });

  it('`npm run purge` runs the same purge once, on demand, without starting a channel', async () => {
    await w.onboard('old', 'en');
    await w.store.db.run('UPDATE contacts SET last_seen_at = ?', [w.now - 400 * DAY]);
    const config = loadConfig({ DATABASE_PATH: w.dbPath, DATA_KEY: w.key, RETENTION_INACTIVE_DAYS: '365' });
    const report = await purgeOnce(config, { clock: { now: () => w.now }, log: createLogger('silent'), root: ROOT });
    expect(report.contacts).toBe(1);
    expect(await id('old')).toBeUndefined();
  });
});
