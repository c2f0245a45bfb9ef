import type { Delivery, DeliveryQueue, DeliveryResult } from './port.js';
import type { ChannelName } from '../../kernel/ports/store.js';
import { closeAlert, countDeliveries, toAlert, type AlertRow } from './alerts-repo.js';
import type { Database } from '../../adapters/store/sqlite.js';

/**
 * DeliveriesRepo can be used as the durable outbox of alert deliveries: one
 * row per recipient and alert (no text), claimed as `sending` before a send
 * and settled after it (tests/features/alerts/worker.test.ts kills a worker mid-way).
 */
export class DeliveriesRepo implements DeliveryQueue {
  constructor(private readonly db: Database) {}

  async recover(now: number) {
    return (
      await this.db.run(
        "UPDATE alert_deliveries SET state = 'pending', next_at = 0, updated_at = ? WHERE state = 'sending'",
        [now],
      )
    ).changes;
  }

  async failChannelsOtherThan(channels: readonly ChannelName[], now: number) {
    const marks = channels.map(() => '?').join(', ');
    const sql = `UPDATE alert_deliveries SET state = 'failed', updated_at = ? WHERE state IN ('pending', 'sending')
      AND contact_id IN (SELECT id FROM contacts WHERE ${channels.length ? `channel NOT IN (${marks})` : '1'})`;
    return (await this.db.run(sql, [now, ...channels])).changes;
  }

  claim(channel: ChannelName, limit: number, now: number) {
    return this.db.transaction(async (tx) => {
      const rows = await tx.all<{ alert_id: number; contact_id: number; attempts: number }>(
        `SELECT d.alert_id, d.contact_id, d.attempts FROM alert_deliveries d
           JOIN contacts c ON c.id = d.contact_id JOIN alerts a ON a.id = d.alert_id
         WHERE d.state = 'pending' AND d.next_at <= ? AND c.channel = ? AND a.status IN ('approved', 'sending')
         ORDER BY d.alert_id, d.contact_id LIMIT ?`,
        [now, channel, limit],
      );
      const claimed: Delivery[] = [];
      for (const r of rows) {
        await tx.run(
          "UPDATE alert_deliveries SET state = 'sending', attempts = attempts + 1, updated_at = ? WHERE alert_id = ? AND contact_id = ?",
          [now, r.alert_id, r.contact_id],
        );
        claimed.push({ alertId: r.alert_id, contactId: r.contact_id, channel, attempts: r.attempts + 1 });
      }
      for (const alertId of new Set(claimed.map((c) => c.alertId)))
        await tx.run("UPDATE alerts SET status = 'sending' WHERE id = ? AND status = 'approved'", [alertId]);
      return claimed;
    });
  }

  async settle(alertId: number, contactId: number, result: DeliveryResult, now: number) {
    const [state, nextAt] = result.state === 'retry' ? ['pending', result.at] : [result.state, 0];
    // Only a row still `sending` is settled: a worker abandoned at a crash must not overwrite what its successor did.
    await this.db.run(
      "UPDATE alert_deliveries SET state = ?, next_at = ?, updated_at = ? WHERE alert_id = ? AND contact_id = ? AND state = 'sending'",
      [state, nextAt, now, alertId, contactId],
    );
  }

  finishIfDone(alertId: number, now: number) {
    return this.db.transaction(async (tx) => {
      const row = await tx.get<AlertRow>("SELECT * FROM alerts WHERE id = ? AND status IN ('approved', 'sending')", [
        alertId,
      ]);
      if (!row) return undefined;
      const open = await tx.get<{ n: number }>(
        "SELECT COUNT(*) AS n FROM alert_deliveries WHERE alert_id = ? AND state IN ('pending', 'sending')",
        [alertId],
      );
      if ((open?.n ?? 0) > 0) return undefined;
      await closeAlert(tx, alertId, 'done', now);
      return toAlert((await tx.get<AlertRow>('SELECT * FROM alerts WHERE id = ?', [alertId]))!);
    });
  }

  counts(alertId: number) {
    return countDeliveries(this.db, alertId);
  }

  async nextDue(channel: ChannelName) {
    const row = await this.db.get<{ at: number | null }>(
      `SELECT MIN(d.next_at) AS at FROM alert_deliveries d JOIN contacts c ON c.id = d.contact_id JOIN alerts a ON a.id = d.alert_id
       WHERE d.state = 'pending' AND c.channel = ? AND a.status IN ('approved', 'sending')`,
      [channel],
    );
    return row?.at ?? undefined;
  }

  purge(before: number, now: number) {
    return this.db.transaction(async (tx) => {
      const deliveries = (
        await tx.run(
          "DELETE FROM alert_deliveries WHERE updated_at < ? AND alert_id IN (SELECT id FROM alerts WHERE status IN ('done', 'cancelled'))",
          [before],
        )
      ).changes;
      // A draft nobody approved should not keep its text for ever.
      const stale = await tx.all<{ id: number }>("SELECT id FROM alerts WHERE status = 'draft' AND created_at < ?", [
        before,
      ]);
      for (const { id } of stale) await closeAlert(tx, id, 'cancelled', now);
      const subscriptions = (
        await tx.run('DELETE FROM alert_subscriptions WHERE active = 0 AND updated_at < ?', [before])
      ).changes;
      return { deliveries, drafts: stale.length, subscriptions };
    });
  }
}
