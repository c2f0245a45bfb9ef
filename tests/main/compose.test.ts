import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { purgeOnce } from '../../src/main/cli/purge.js';
import { configSchema, loadConfig } from '../../src/main/config.js';
import { createLogger } from '../../src/kernel/log.js';
import { appWorld, type AppWorld } from '../helpers/app-world.js';
import { ROOT } from '../helpers/index.js';

const DAY = 86_400_000;

/**
 * `npm run purge` goes through the same wiring as `npm start` (compose), so
 * every retention setting reaches it. Each case sets its variable far from
 * the default, seeds a row older than the default but younger than the
 * setting, and checks the row survives (it did not for callbacks and
 * alerts when the CLI wired features with defaults of its own).
 */
describe('npm run purge honours every *_RETENTION_DAYS setting', () => {
  let w: AppWorld;
  beforeEach(async () => {
    w = await appWorld({ start: Date.parse('2026-06-01T12:00:00Z') });
  });
  afterEach(async () => {
    await w.close();
  });

  const contactId = async (address: string) => (await w.store.contacts.find('telegram', address))!.id;
  const purge = (env: Record<string, string>) =>
    purgeOnce(loadConfig({ DATABASE_PATH: w.dbPath, DATA_KEY: w.key, ...env }), {
      clock: { now: () => w.now },
      log: createLogger('silent'),
      root: ROOT,
    });

  /** For each setting: seed something `age` days old, then whether it survives the purge under `env`. */
  const cases: Record<string, { seed: () => Promise<() => Promise<boolean>> }> = {
    RETENTION_INACTIVE_DAYS: {
      seed: async () => {
        await w.onboard('quiet', 'en');
        await w.store.db.run('UPDATE contacts SET last_seen_at = ?', [w.now - 200 * DAY]);
        return async () => (await w.store.contacts.find('telegram', 'quiet')) !== undefined;
      },
    },
    RETENTION_SESSION_DAYS: {
      seed: async () => {
        await w.onboard('reader', 'en');
        await w.store.db.run('UPDATE sessions SET updated_at = ?', [w.now - 40 * DAY]);
        const id = await contactId('reader');
        return async () => (await w.store.sessions.load(id)) !== null;
      },
    },
    RETENTION_CASE_DAYS: {
      seed: async () => {
        await w.onboard('asker', 'en');
        await w.say('asker', { type: 'choice', key: 'handoff' });
        const opened = (await w.store.cases.openFor(await contactId('asker')))!;
        await w.store.cases.close(opened.id, w.now - 40 * DAY);
        return async () => (await w.store.cases.get(opened.id))?.contactId !== null;
      },
    },
    RETENTION_UPDATES_DAYS: {
      seed: async () => {
        await w.store.updates.firstTime('telegram', '42', w.now - 10 * DAY);
        return async () => !(await w.store.updates.firstTime('telegram', '42', w.now));
      },
    },
    CALLBACK_RETENTION_DAYS: {
      seed: async () => {
        await w.onboard('caller', 'en');
        const { request } = await w.store.callbacks.create({
          contactId: await contactId('caller'),
          channel: 'telegram',
          locale: 'en',
          language: 'en',
          slot: 'any',
          voicemail: false,
          sayOrg: false,
          phone: { e164: '+14165550123', display: '416 555 0123' },
          code: null,
          now: w.now - 25 * DAY,
          remindAt: w.now,
        });
        await w.store.callbacks.close(request.id, 'done', { from: ['open'], by: 'staff', now: w.now - 20 * DAY });
        return async () => (await w.store.callbacks.get(request.id)) !== undefined;
      },
    },
    ALERT_RETENTION_DAYS: {
      seed: async () => {
        const draft = await w.store.alerts.alerts.create({
          category: 'other',
          regions: [],
          sourceText: 'a draft nobody approved',
          createdBy: 'staff-1',
          now: w.now - 40 * DAY,
        });
        return async () => (await w.store.alerts.alerts.get(draft.id))?.status === 'draft';
      },
    },
  };
  /** Far above every default, so a purge that fell back to a default would remove the seeded rows. */
  const LONG = '365';

  it('covers every retention variable of the configuration', () => {
    const variables = Object.keys(configSchema.shape).filter((k) => /RETENTION/.test(k));
    expect(Object.keys(cases).sort()).toEqual(variables.sort());
  });

  it.each(Object.keys(cases))('%s: kept when younger than the setting, purged once older', async (variable) => {
    const survives = await cases[variable]!.seed();
    await purge({ [variable]: LONG });
    expect(await survives(), `${variable}=${LONG} keeps it`).toBe(true);
    await purge({ [variable]: '1' });
    expect(await survives(), `${variable}=1 removes it`).toBe(false);
  });
});
