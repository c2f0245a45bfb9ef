import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IdentityCipher } from '../../../src/adapters/store/identity-cipher.js';
import type { FeatureStore as Store } from '../../../src/features/index.js';
import { randomKey, tempDir, openTestStore } from '../../helpers/index.js';

const DAY = 86_400_000;

describe('alerts store: subscriptions, alerts and the delivery outbox', () => {
  let store: Store;
  let cleanup: () => void;
  beforeEach(async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    store = await openTestStore(path.join(t.dir, 'a.db'), new IdentityCipher(randomKey()));
  });
  afterEach(async () => {
    await store.close();
    cleanup();
  });

  const person = async (channel: 'telegram' | 'whatsapp' | 'simulator', address: string, regions: string[] | null) => {
    const c = await store.contacts.touch(channel, address, 1);
    if (regions) await store.alerts.subscriptions.subscribe(c.id, regions, 1);
    return c.id;
  };
  const draft = (regions: string[] = ['toronto']) =>
    store.alerts.alerts.create({
      createdBy: 'Ana',
      sourceText: 'Bad client at a downtown hotel',
      category: 'bad_client',
      regions,
      now: 10,
    });

  it('keeps no text and no identity in delivery rows (the schema has no column for them)', async () => {
    const columns = (await store.db.all<{ name: string }>("SELECT name FROM pragma_table_info('alert_deliveries')"))
      .map((c) => c.name)
      .sort();
    expect(columns).toEqual(['alert_id', 'attempts', 'contact_id', 'next_at', 'state', 'updated_at']);
    const version = await store.db.get<{ version: number }>(
      "SELECT version FROM schema_migrations WHERE name = '004-alerts.sql'",
    );
    expect(version?.version).toBe(4);
  });

  it('subscribes, stops keeping the regions, and resumes them', async () => {
    const id = await person('telegram', '1001', ['toronto', 'ottawa']);
    expect(await store.alerts.subscriptions.get(id)).toMatchObject({ regions: ['toronto', 'ottawa'], active: true });
    expect(await store.alerts.subscriptions.unsubscribe(id, 5)).toBe(true);
    expect(await store.alerts.subscriptions.unsubscribe(id, 6)).toBe(false);
    expect(await store.alerts.subscriptions.activeCount()).toBe(0);
    expect(await store.alerts.subscriptions.resume(id, 7)).toMatchObject({
      regions: ['toronto', 'ottawa'],
      active: true,
    });
    expect(await store.alerts.subscriptions.resume(id, 8)).toBeUndefined();
    expect(await store.alerts.subscriptions.resume(await person('telegram', '1002', null), 8)).toBeUndefined();
  });

  it('counts each approver once and queues matching subscribers on running channels at the final approval', async () => {
    const toronto = await person('telegram', '1', ['toronto']);
    const both = await person('whatsapp', '2', ['ottawa', 'toronto']);
    await person('telegram', '3', ['vancouver']);
    const everywhere = await person('telegram', '4', []);
    await person('simulator', '5', ['toronto']);
    const stopped = await person('telegram', '6', ['toronto']);
    await store.alerts.subscriptions.unsubscribe(stopped, 2);
    const blocked = await person('telegram', '7', ['toronto']);
    await store.contacts.markUnreachable(blocked, 2);

    const alert = await draft();
    const first = await store.alerts.alerts.approve(alert.id, 'hash-a', 2, ['telegram', 'whatsapp'], 20);
    expect(first.outcome).toBe('counted');
    expect((await store.alerts.alerts.approve(alert.id, 'hash-a', 2, ['telegram', 'whatsapp'], 21)).outcome).toBe(
      'already',
    );
    const second = await store.alerts.alerts.approve(alert.id, 'hash-b', 2, ['telegram', 'whatsapp'], 22);
    expect(second.outcome).toBe('approved');
    expect(second.alert).toMatchObject({
      status: 'approved',
      recipients: 3,
      approvals: ['hash-a', 'hash-b'],
      approvedAt: 22,
    });
    const rows = await store.db.all<{ contact_id: number; state: string }>(
      'SELECT contact_id, state FROM alert_deliveries ORDER BY contact_id',
    );
    expect(rows).toEqual([toronto, both, everywhere].map((id) => ({ contact_id: id, state: 'pending' })));
    expect((await store.alerts.alerts.approve(alert.id, 'hash-c', 2, ['telegram'], 23)).outcome).toBe('closed');
  });

  it('an alert without regions goes to every active subscriber', async () => {
    await person('telegram', '1', ['toronto']);
    await person('telegram', '2', ['vancouver']);
    const alert = await draft([]);
    expect((await store.alerts.alerts.approve(alert.id, 'h', 1, ['telegram'], 5)).alert?.recipients).toBe(2);
  });

  it('a change to a draft clears its approvals; an approved alert cannot change', async () => {
    const alert = await draft();
    await store.alerts.alerts.approve(alert.id, 'hash-a', 2, ['telegram'], 11);
    const changed = await store.alerts.alerts.change(alert.id, {
      kind: 'translation',
      locale: 'zh-Hans',
      text: '坏客人',
    });
    expect(changed).toMatchObject({ approvals: [], translations: { 'zh-Hans': '坏客人' } });
    expect((await store.alerts.alerts.change(alert.id, { kind: 'category', category: 'scam' }))?.category).toBe('scam');
    expect((await store.alerts.alerts.change(alert.id, { kind: 'regions', regions: ['ottawa'] }))?.regions).toEqual([
      'ottawa',
    ]);
    await store.alerts.alerts.approve(alert.id, 'hash-a', 1, ['telegram'], 12);
    expect(await store.alerts.alerts.change(alert.id, { kind: 'category', category: 'other' })).toBeUndefined();
  });

  it('claims mark rows sending; recover puts them back; finishing keeps counts and clears the texts', async () => {
    const a = await person('telegram', '1', ['toronto']);
    const b = await person('telegram', '2', ['toronto']);
    const alert = await draft();
    await store.alerts.alerts.change(alert.id, { kind: 'translation', locale: 'ko', text: '나쁜 손님' });
    await store.alerts.alerts.approve(alert.id, 'h', 1, ['telegram'], 20);
    const [first] = await store.alerts.deliveries.claim('telegram', 1, 30);
    expect(first).toEqual({ alertId: alert.id, contactId: a, channel: 'telegram', attempts: 1 });
    expect((await store.alerts.alerts.get(alert.id))?.status).toBe('sending');
    expect(await store.alerts.deliveries.recover(31)).toBe(1);
    const [again, second] = await store.alerts.deliveries.claim('telegram', 5, 32);
    expect(again?.attempts).toBe(2);
    expect(second?.contactId).toBe(b);
    expect(await store.alerts.deliveries.claim('whatsapp', 5, 32)).toEqual([]);
    await store.alerts.deliveries.settle(alert.id, a, { state: 'sent' }, 33);
    expect(await store.alerts.deliveries.finishIfDone(alert.id, 34)).toBeUndefined();
    await store.alerts.deliveries.settle(alert.id, b, { state: 'unsubscribed' }, 35);
    const done = await store.alerts.deliveries.finishIfDone(alert.id, 36);
    expect(done).toMatchObject({ status: 'done', sourceText: null, translations: {}, finishedAt: 36 });
    expect(done?.final).toMatchObject({ sent: 1, unsubscribed: 1, failed: 0 });
    const raw = await store.db.get<{ source_text: string | null; translations: string }>(
      'SELECT source_text, translations FROM alerts WHERE id = ?',
      [alert.id],
    );
    expect(raw).toEqual({ source_text: null, translations: '{}' });
  });

  it('a retry waits until it is due', async () => {
    const a = await person('telegram', '1', ['toronto']);
    const alert = await draft();
    await store.alerts.alerts.approve(alert.id, 'h', 1, ['telegram'], 20);
    await store.alerts.deliveries.claim('telegram', 1, 30);
    await store.alerts.deliveries.settle(alert.id, a, { state: 'retry', at: 1000 }, 31);
    expect(await store.alerts.deliveries.claim('telegram', 1, 999)).toEqual([]);
    expect(await store.alerts.deliveries.nextDue('telegram')).toBe(1000);
    expect((await store.alerts.deliveries.claim('telegram', 1, 1000))[0]?.attempts).toBe(2);
  });

  it('cancelling drops deliveries not yet made and clears the text', async () => {
    await person('telegram', '1', ['toronto']);
    await person('telegram', '2', ['toronto']);
    const alert = await draft();
    await store.alerts.alerts.approve(alert.id, 'h', 1, ['telegram'], 20);
    await store.alerts.deliveries.claim('telegram', 1, 21);
    const cancelled = await store.alerts.alerts.cancel(alert.id, 22);
    expect(cancelled).toMatchObject({ status: 'cancelled', sourceText: null });
    expect(await store.db.all('SELECT state FROM alert_deliveries')).toEqual([{ state: 'sending' }]);
    expect(await store.alerts.deliveries.claim('telegram', 5, 23)).toEqual([]);
    expect(await store.alerts.alerts.cancel(alert.id, 24)).toBeUndefined();
  });

  it('purges old delivery rows, stale drafts and stopped subscriptions; forgetting a contact removes theirs', async () => {
    const a = await person('telegram', '1', ['toronto']);
    const b = await person('telegram', '2', ['toronto']);
    const alert = await draft();
    await store.alerts.alerts.approve(alert.id, 'h', 1, ['telegram'], 20);
    for (const d of await store.alerts.deliveries.claim('telegram', 5, 21))
      await store.alerts.deliveries.settle(d.alertId, d.contactId, { state: 'sent' }, 22);
    await store.alerts.deliveries.finishIfDone(alert.id, 23);
    const stale = await draft();
    await store.alerts.subscriptions.unsubscribe(b, 24);

    expect(await store.alerts.deliveries.purge(0, 25)).toEqual({ deliveries: 0, drafts: 0, subscriptions: 0 });
    expect(await store.alerts.deliveries.purge(30 * DAY, 30 * DAY)).toEqual({
      deliveries: 2,
      drafts: 1,
      subscriptions: 1,
    });
    expect(await store.alerts.alerts.get(stale.id)).toMatchObject({ status: 'cancelled', sourceText: null });
    // The finished alert keeps its counts for /alerts.
    expect((await store.alerts.alerts.get(alert.id))?.final?.sent).toBe(2);

    await store.contacts.delete(a);
    expect(await store.alerts.subscriptions.get(a)).toBeUndefined();
  });
});
