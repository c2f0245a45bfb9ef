import type { Alert, AlertChange, AlertStore, ApprovalOutcome, DeliveryCounts } from './port.js';
import type { ChannelName } from '../../kernel/ports/store.js';
import { jsonList } from './subscriptions-repo.js';
import type { Database, SqlRunner } from '../../adapters/store/sqlite.js';

/** Represents a row of `alerts`. */
export interface AlertRow {
  id: number;
  status: Alert['status'];
  category: Alert['category'];
  regions: string;
  source_text: string | null;
  translations: string;
  created_by: string;
  approvals: string;
  thread_id: number | null;
  card_message_id: number | null;
  created_at: number;
  approved_at: number | null;
  finished_at: number | null;
  recipients: number;
  sent_count: number | null;
  failed_count: number | null;
  unsubscribed_count: number | null;
}

function jsonRecord(text: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    // A column Peerline wrote itself; should it ever not parse, the alert has no translations rather than no card.
    return {};
  }
}

/** Turns a row into an Alert. */
export function toAlert(r: AlertRow): Alert {
  const final: DeliveryCounts | null =
    r.sent_count === null
      ? null
      : {
          pending: 0,
          sending: 0,
          sent: r.sent_count,
          failed: r.failed_count ?? 0,
          unsubscribed: r.unsubscribed_count ?? 0,
        };
  return {
    id: r.id,
    status: r.status,
    category: r.category,
    regions: jsonList(r.regions),
    sourceText: r.source_text,
    translations: jsonRecord(r.translations),
    createdBy: r.created_by,
    approvals: jsonList(r.approvals),
    threadId: r.thread_id,
    cardMessageId: r.card_message_id,
    createdAt: r.created_at,
    approvedAt: r.approved_at,
    finishedAt: r.finished_at,
    recipients: r.recipients,
    final,
  };
}

/** Counts an alert's deliveries by state. */
export async function countDeliveries(db: SqlRunner, alertId: number): Promise<DeliveryCounts> {
  const rows = await db.all<{ state: keyof DeliveryCounts; n: number }>(
    'SELECT state, COUNT(*) AS n FROM alert_deliveries WHERE alert_id = ? GROUP BY state',
    [alertId],
  );
  const counts = { pending: 0, sending: 0, sent: 0, failed: 0, unsubscribed: 0 };
  for (const r of rows) counts[r.state] = r.n;
  return counts;
}

/**
 * Sets an alert done or cancelled: the final counts are kept (delivery rows
 * are purged later) and the texts are cleared, since nobody needs them any more.
 */
export async function closeAlert(
  tx: SqlRunner,
  alertId: number,
  status: 'done' | 'cancelled',
  now: number,
): Promise<void> {
  const c = await countDeliveries(tx, alertId);
  await tx.run(
    `UPDATE alerts SET status = ?, finished_at = ?, source_text = NULL, translations = '{}', sent_count = ?, failed_count = ?, unsubscribed_count = ? WHERE id = ?`,
    [status, now, c.sent, c.failed, c.unsubscribed, alertId],
  );
}

// Subscribers whose regions meet the alert's ([] on either side means everywhere), on a running channel, not known unreachable.
const QUEUE_RECIPIENTS = (channels: number) => `
  INSERT OR IGNORE INTO alert_deliveries (alert_id, contact_id, state, attempts, next_at, updated_at)
  SELECT ?, s.contact_id, 'pending', 0, 0, ? FROM alert_subscriptions s JOIN contacts c ON c.id = s.contact_id
  WHERE s.active = 1 AND c.unreachable_at IS NULL AND c.channel IN (${Array(channels).fill('?').join(', ')})
    AND (? = '[]' OR s.regions = '[]' OR EXISTS (SELECT 1 FROM json_each(s.regions) r WHERE r.value IN (SELECT value FROM json_each(?))))`;

/** AlertsRepo can be used to compose, approve and cancel alerts in SQLite (tests/features/alerts/alerts-repo.test.ts). */
export class AlertsRepo implements AlertStore {
  constructor(private readonly db: Database) {}

  create(input: Parameters<AlertStore['create']>[0]) {
    return this.db.transaction(async (tx) => {
      const { lastID } = await tx.run(
        'INSERT INTO alerts (status, category, regions, source_text, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        ['draft', input.category, JSON.stringify(input.regions), input.sourceText, input.createdBy, input.now],
      );
      return toAlert((await tx.get<AlertRow>('SELECT * FROM alerts WHERE id = ?', [lastID]))!);
    });
  }

  async get(id: number) {
    const row = await this.db.get<AlertRow>('SELECT * FROM alerts WHERE id = ?', [id]);
    return row && toAlert(row);
  }

  async byCard(messageId: number) {
    const row = await this.db.get<AlertRow>('SELECT * FROM alerts WHERE card_message_id = ? ORDER BY id DESC LIMIT 1', [
      messageId,
    ]);
    return row && toAlert(row);
  }

  async setCard(id: number, threadId: number | null, messageId: number) {
    await this.db.run('UPDATE alerts SET thread_id = ?, card_message_id = ? WHERE id = ?', [threadId, messageId, id]);
  }

  change(id: number, change: AlertChange) {
    return this.db.transaction(async (tx) => {
      const row = await tx.get<AlertRow>("SELECT * FROM alerts WHERE id = ? AND status = 'draft'", [id]);
      if (!row) return undefined;
      const set =
        change.kind === 'category'
          ? { col: 'category', value: change.category }
          : change.kind === 'regions'
            ? { col: 'regions', value: JSON.stringify(change.regions) }
            : {
                col: 'translations',
                value: JSON.stringify({ ...jsonRecord(row.translations), [change.locale]: change.text }),
              };
      // Approvals were given to what the card showed; a change needs them again.
      await tx.run(`UPDATE alerts SET ${set.col} = ?, approvals = '[]' WHERE id = ?`, [set.value, id]);
      return toAlert((await tx.get<AlertRow>('SELECT * FROM alerts WHERE id = ?', [id]))!);
    });
  }

  approve(id: number, approver: string, required: number, channels: readonly ChannelName[], now: number) {
    return this.db.transaction(async (tx): Promise<{ outcome: ApprovalOutcome; alert: Alert | undefined }> => {
      const row = await tx.get<AlertRow>('SELECT * FROM alerts WHERE id = ?', [id]);
      if (!row || row.status !== 'draft') return { outcome: 'closed', alert: row && toAlert(row) };
      const approvals = jsonList(row.approvals);
      if (approvals.includes(approver)) return { outcome: 'already', alert: toAlert(row) };
      approvals.push(approver);
      const enough = approvals.length >= required;
      await tx.run('UPDATE alerts SET approvals = ? WHERE id = ?', [JSON.stringify(approvals), id]);
      if (enough) {
        // The recipients are queued in the same transaction as the final approval: an approved alert always has them.
        const { changes } = channels.length
          ? await tx.run(QUEUE_RECIPIENTS(channels.length), [id, now, ...channels, row.regions, row.regions])
          : { changes: 0 };
        await tx.run("UPDATE alerts SET status = 'approved', approved_at = ?, recipients = ? WHERE id = ?", [
          now,
          changes,
          id,
        ]);
      }
      const alert = toAlert((await tx.get<AlertRow>('SELECT * FROM alerts WHERE id = ?', [id]))!);
      return { outcome: enough ? 'approved' : 'counted', alert };
    });
  }

  cancel(id: number, now: number) {
    return this.db.transaction(async (tx) => {
      const row = await tx.get<AlertRow>(
        "SELECT * FROM alerts WHERE id = ? AND status IN ('draft', 'approved', 'sending')",
        [id],
      );
      if (!row) return undefined;
      // Rows already sending finish (their messages are on the way); the rest are dropped.
      await tx.run("DELETE FROM alert_deliveries WHERE alert_id = ? AND state = 'pending'", [id]);
      await closeAlert(tx, id, 'cancelled', now);
      return toAlert((await tx.get<AlertRow>('SELECT * FROM alerts WHERE id = ?', [id]))!);
    });
  }

  async recent(limit: number) {
    return (await this.db.all<AlertRow>('SELECT * FROM alerts ORDER BY id DESC LIMIT ?', [limit])).map(toAlert);
  }

  async active() {
    return (
      await this.db.all<AlertRow>("SELECT * FROM alerts WHERE status IN ('approved', 'sending') ORDER BY id")
    ).map(toAlert);
  }
}
