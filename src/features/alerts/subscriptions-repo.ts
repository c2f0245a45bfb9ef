import type { Subscription, SubscriptionStore } from './port.js';
import type { Database } from '../../adapters/store/sqlite.js';

interface SubscriptionRow {
  contact_id: number;
  regions: string;
  active: number;
  created_at: number;
  updated_at: number;
}

/** Reads a JSON array of strings written by this store; anything else reads as empty. */
export function jsonList(text: string | null): string[] {
  try {
    const value: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    // A column Peerline wrote itself; should it ever not parse, the list is empty rather than the read failing.
    return [];
  }
}

const toSubscription = (r: SubscriptionRow): Subscription => ({
  contactId: r.contact_id,
  regions: jsonList(r.regions),
  active: r.active === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** SubscriptionsRepo can be used to keep alert subscriptions in SQLite, one row per contact. */
export class SubscriptionsRepo implements SubscriptionStore {
  constructor(private readonly db: Database) {}

  async get(contactId: number) {
    const row = await this.db.get<SubscriptionRow>('SELECT * FROM alert_subscriptions WHERE contact_id = ?', [
      contactId,
    ]);
    return row && toSubscription(row);
  }

  async subscribe(contactId: number, regions: readonly string[], now: number) {
    await this.db.run(
      `INSERT INTO alert_subscriptions (contact_id, regions, active, created_at, updated_at) VALUES (?, ?, 1, ?, ?)
       ON CONFLICT (contact_id) DO UPDATE SET regions = excluded.regions, active = 1, updated_at = excluded.updated_at`,
      [contactId, JSON.stringify(regions), now, now],
    );
  }

  async unsubscribe(contactId: number, now: number) {
    const { changes } = await this.db.run(
      'UPDATE alert_subscriptions SET active = 0, updated_at = ? WHERE contact_id = ? AND active = 1',
      [now, contactId],
    );
    return changes === 1;
  }

  resume(contactId: number, now: number) {
    return this.db.transaction(async (tx) => {
      const { changes } = await tx.run(
        'UPDATE alert_subscriptions SET active = 1, updated_at = ? WHERE contact_id = ? AND active = 0',
        [now, contactId],
      );
      if (changes !== 1) return undefined;
      const row = await tx.get<SubscriptionRow>('SELECT * FROM alert_subscriptions WHERE contact_id = ?', [contactId]);
      return row && toSubscription(row);
    });
  }

  async activeCount() {
    return (await this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM alert_subscriptions WHERE active = 1'))?.n ?? 0;
  }
}
