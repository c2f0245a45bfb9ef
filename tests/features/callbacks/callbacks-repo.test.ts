import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewCallback } from '../../../src/features/callbacks/port.js';
import { IdentityCipher } from '../../../src/adapters/store/identity-cipher.js';
import type { FeatureStore as Store } from '../../../src/features/index.js';
import { randomKey, tempDir, openTestStore } from '../../helpers/index.js';

describe('callback requests in SQLite', () => {
  let store: Store;
  let dir: string;
  let cleanup: () => void;
  let contactId: number;
  const input = (over: Partial<NewCallback> = {}): NewCallback => ({
    contactId,
    channel: 'telegram',
    locale: 'en',
    language: 'ko',
    slot: 'today-morning',
    voicemail: false,
    sayOrg: true,
    phone: { e164: '+14165550199', display: '+1 416 555 0199' },
    code: 'hibiscus',
    now: 1000,
    remindAt: 5000,
    ...over,
  });

  beforeEach(async () => {
    const t = tempDir();
    dir = t.dir;
    cleanup = t.cleanup;
    store = await openTestStore(path.join(dir, 'cb.db'), new IdentityCipher(randomKey()));
    contactId = (await store.contacts.touch('telegram', '777', 0)).id;
  });
  afterEach(async () => {
    await store.close();
    cleanup();
  });

  it('keeps one pending request per person, whatever arrives at once', async () => {
    const results = await Promise.all([
      store.callbacks.create(input()),
      store.callbacks.create(input({ slot: 'any' })),
    ]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(results[0]!.request.id).toBe(results[1]!.request.id);
    expect(await store.callbacks.secrets(results[0]!.request.id)).toEqual({
      phone: { e164: '+14165550199', display: '+1 416 555 0199' },
      code: 'hibiscus',
    });
  });

  it('lets the first claim win and knows the claimer by a keyed hash only', async () => {
    const { request } = await store.callbacks.create(input({ code: null }));
    expect(request.hasCode).toBe(false);
    expect(await store.callbacks.claim(request.id, { id: '424242', name: 'Ana' }, 2000)).toMatchObject({
      status: 'claimed',
      claimedBy: 'Ana',
      claimedAt: 2000,
    });
    expect(await store.callbacks.claim(request.id, { id: '535353', name: 'Bo' }, 2001)).toBeUndefined();
    expect(await store.callbacks.isClaimer(request.id, '424242')).toBe(true);
    expect(await store.callbacks.isClaimer(request.id, '535353')).toBe(false);
    await store.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    for (const f of readdirSync(dir)) {
      const bytes = readFileSync(path.join(dir, f));
      for (const s of ['424242', '4165550199', '416 555 0199'])
        expect(bytes.includes(Buffer.from(s)), `${s} in ${f}`).toBe(false);
    }
  });

  it('closes only from the given statuses, then purges by closing time', async () => {
    const { request } = await store.callbacks.create(input());
    expect(
      await store.callbacks.close(request.id, 'done', { from: ['claimed'], by: 'staff', now: 3000 }),
    ).toBeUndefined();
    expect(
      await store.callbacks.close(request.id, 'cancelled', { from: ['open'], by: 'person', now: 3000 }),
    ).toMatchObject({ status: 'cancelled', closedBy: 'person', closedAt: 3000, remindAt: null });
    expect(await store.callbacks.pendingFor(contactId)).toBeUndefined();
    expect(await store.callbacks.purge(2999)).toBe(0);
    expect(await store.callbacks.purge(3000)).toBe(1);
    expect(await store.callbacks.get(request.id)).toBeUndefined();
  });

  it('finds what the timers need: due reveals, due reminders, unposted cards', async () => {
    const { request } = await store.callbacks.create(input());
    expect((await store.callbacks.unposted()).map((r) => r.id)).toEqual([request.id]);
    expect(await store.callbacks.remindersDue(9999)).toEqual([]); // no card yet: posting comes first
    await store.callbacks.setCard(request.id, 7, 70);
    expect(await store.callbacks.unposted()).toEqual([]);
    expect((await store.callbacks.remindersDue(5000)).map((r) => r.id)).toEqual([request.id]);
    await store.callbacks.claim(request.id, { id: '1', name: 'Ana' }, 4000);
    expect(await store.callbacks.remindersDue(9999)).toEqual([]);
    await store.callbacks.setReveal(request.id, 6000);
    expect(await store.callbacks.revealsDue(5999)).toEqual([]);
    expect((await store.callbacks.revealsDue(6000)).map((r) => r.id)).toEqual([request.id]);
    expect(await store.callbacks.noAnswer(request.id, 6500, 9000)).toMatchObject({
      status: 'open',
      attempts: 1,
      revealUntil: null,
      remindAt: 9000,
      claimedBy: null,
    });
    expect(await store.callbacks.isClaimer(request.id, '1')).toBe(false);
  });

  it('remembers a staff topic by name, and forgets it on request', async () => {
    expect(await store.callbacks.topic('callbacks')).toBeNull();
    await store.callbacks.setTopic('callbacks', 12, 1);
    await store.callbacks.setTopic('callbacks', 13, 2);
    expect(await store.callbacks.topic('callbacks')).toBe(13);
    await store.callbacks.setTopic('callbacks', null, 3);
    expect(await store.callbacks.topic('callbacks')).toBeNull();
  });
});
