import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeatureStore as Store } from '../../../src/features/index.js';
import { appWorld, tablesWithContactId, type AppWorld } from '../../helpers/app-world.js';

/**
 * "Delete my data": after /forget and "yes", no row anywhere refers to the
 * person. The tables are found through sqlite_master (every table with a
 * contact_id column), so a table added by a later migration is covered
 * without touching this test.
 */
/** Tables this test puts rows in (those of callbacks and alerts only when they exist). */
const FILLED = ['sessions', 'chat_messages', 'cases', 'callbacks', 'alert_subscriptions', 'alert_deliveries'];

describe('forget me: every row about the person is deleted', () => {
  let w: AppWorld;
  beforeEach(async () => {
    w = await appWorld();
  });
  afterEach(async () => {
    await w.close();
  });

  /** Gives a person a row in every kind of table: session, message ids, cases, callback, alerts. */
  async function everything(address: string): Promise<number> {
    await w.onboard(address, 'en');
    await w.say(address, { type: 'text', text: 'hello' }, `${address}-m1`);
    const id = (await w.store.contacts.find('telegram', address))!.id;
    await w.store.privacy.setDisappearMinutes(id, 60);
    await w.store.privacy.setBanned(id, null);
    // An old closed case, then an open one (with its topic).
    await w.say(address, { type: 'choice', key: 'handoff' });
    const open = (await w.store.cases.openFor(id))!;
    await w.store.cases.close(open.id, w.now);
    await w.say(address, { type: 'command', name: 'menu' });
    await w.say(address, { type: 'choice', key: 'handoff' });
    await w.say(address, { type: 'text', text: 'I need help' });
    await addIfPresent(w.store, id, w.now);
    return id;
  }

  it('finds the tables that reference a person', async () => {
    expect(await tablesWithContactId(w.store)).toEqual(expect.arrayContaining(['sessions', 'chat_messages', 'cases']));
  });

  it('leaves zero rows in every table with a contact_id, closes the open case with a note to staff, and keeps other people', async () => {
    const mei = await everything('mei');
    const ann = await everything('ann');
    const tables = await tablesWithContactId(w.store);
    for (const table of tables) {
      const n = (await w.store.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM "${table}" WHERE contact_id = ?`, [
        mei,
      ]))!.n;
      if (FILLED.includes(table)) expect(n, `${table} has rows to delete`).toBeGreaterThan(0);
    }
    const [threadId, topic] = [...w.desk.topics.entries()].find(([, t]) =>
      t.items.some((i) => 'text' in i && i.text === 'I need help'),
    )!;
    expect(threadId).toBeDefined();

    await w.say('mei', { type: 'command', name: 'forget' });
    await w.say('mei', { type: 'choice', key: 'forget-yes', from: 'privacy-forget' });

    for (const table of tables) {
      const left = (await w.store.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM "${table}" WHERE contact_id = ?`, [
        mei,
      ]))!.n;
      expect(left, `rows left in ${table}`).toBe(0);
    }
    expect(await w.store.db.get('SELECT id FROM contacts WHERE id = ?', [mei])).toBeUndefined();
    // Staff were told, the case was closed and its topic with it.
    const notes = topic.items.filter((i): i is { note: string } => 'note' in i).map((i) => i.note);
    expect(notes.some((n) => n.includes('Delete my data'))).toBe(true);
    expect(notes.some((n) => /closed \(forgotten\)/.test(n))).toBe(true);
    expect(topic.closed).toBe(true);
    // The other person is untouched.
    for (const table of tables) {
      const kept = (await w.store.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM "${table}" WHERE contact_id = ?`, [
        ann,
      ]))!.n;
      if (FILLED.includes(table)) expect(kept, `${table} of another person`).toBeGreaterThan(0);
    }
    expect(await w.store.cases.openFor(ann)).toBeDefined();
  });

  it('with no open case there is nothing to tell staff, and the rest goes just the same', async () => {
    await w.onboard('solo', 'ko');
    const id = (await w.store.contacts.find('telegram', 'solo'))!.id;
    await w.say('solo', { type: 'command', name: 'forget' });
    await w.say('solo', { type: 'choice', key: 'forget-yes' });
    for (const table of await tablesWithContactId(w.store)) {
      expect(
        (await w.store.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM "${table}" WHERE contact_id = ?`, [id]))!.n,
      ).toBe(0);
    }
    expect(w.desk.topics.size).toBe(0);
  });
});

/**
 * Adds rows of the callback and alert features when their tables exist
 * (they are built in parallel with this one): a pending callback request, an
 * alert subscription and a queued delivery.
 */
async function addIfPresent(store: Store, contactId: number, now: number): Promise<void> {
  const has = async (table: string) =>
    !!(await store.db.get("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", [table]));
  if (await has('callbacks')) {
    await store.callbacks.create({
      contactId,
      channel: 'telegram',
      locale: 'en',
      language: 'English',
      slot: 'any',
      voicemail: false,
      sayOrg: false,
      phone: { e164: '+14165550123', display: '(416) 555-0123' },
      code: 'tulip',
      now,
      remindAt: now + 60_000,
    });
  }
  if (await has('alert_subscriptions')) await store.alerts.subscriptions.subscribe(contactId, [], now);
  if (await has('alert_deliveries')) {
    const alert = await store.alerts.alerts.create({
      createdBy: 'Ana',
      sourceText: 'Watch out',
      category: 'police',
      regions: [],
      now,
    });
    await store.db.run(
      "INSERT OR IGNORE INTO alert_deliveries (alert_id, contact_id, state, updated_at) VALUES (?, ?, 'pending', ?)",
      [alert.id, contactId, now],
    );
  }
}
