import type { Case, CaseStore } from './port.js';
import type { ChannelName } from '../../kernel/ports/store.js';
import type { Database } from '../../adapters/store/sqlite.js';

interface CaseRow {
  id: number;
  contact_id: number | null;
  status: Case['status'];
  channel: ChannelName;
  locale: string;
  from_screen: string | null;
  thread_id: number | null;
  card_message_id: number | null;
  claimed_by: string | null;
  opened_at: number;
  claimed_at: number | null;
  closed_at: number | null;
  reminded_at: number | null;
  messages_in: number;
  messages_out: number;
}

const toCase = (r: CaseRow): Case => ({
  id: r.id,
  contactId: r.contact_id,
  status: r.status,
  channel: r.channel,
  locale: r.locale,
  fromScreen: r.from_screen,
  threadId: r.thread_id,
  cardMessageId: r.card_message_id,
  claimedBy: r.claimed_by,
  openedAt: r.opened_at,
  claimedAt: r.claimed_at,
  closedAt: r.closed_at,
  remindedAt: r.reminded_at,
  messagesIn: r.messages_in,
  messagesOut: r.messages_out,
});

/** CasesRepo can be used to keep hand-off cases in SQLite, so open cases survive a restart. */
export class CasesRepo implements CaseStore {
  constructor(private readonly db: Database) {}

  open(input: Parameters<CaseStore['open']>[0]) {
    return this.db.transaction(async (tx) => {
      const existing = await tx.get<CaseRow>("SELECT * FROM cases WHERE contact_id = ? AND status != 'closed'", [
        input.contactId,
      ]);
      if (existing) return { case: toCase(existing), created: false };
      const { lastID } = await tx.run(
        'INSERT INTO cases (contact_id, status, channel, locale, from_screen, opened_at) VALUES (?, ?, ?, ?, ?, ?)',
        [input.contactId, input.status, input.channel, input.locale, input.fromScreen, input.now],
      );
      const row = await tx.get<CaseRow>('SELECT * FROM cases WHERE id = ?', [lastID]);
      return { case: toCase(row!), created: true };
    });
  }

  async openFor(contactId: number) {
    const row = await this.db.get<CaseRow>("SELECT * FROM cases WHERE contact_id = ? AND status != 'closed'", [
      contactId,
    ]);
    return row && toCase(row);
  }

  async byThread(threadId: number) {
    const row = await this.db.get<CaseRow>("SELECT * FROM cases WHERE thread_id = ? AND status != 'closed'", [
      threadId,
    ]);
    return row && toCase(row);
  }

  async get(id: number) {
    const row = await this.db.get<CaseRow>('SELECT * FROM cases WHERE id = ?', [id]);
    return row && toCase(row);
  }

  async setTopic(id: number, threadId: number, cardMessageId: number) {
    await this.db.run('UPDATE cases SET thread_id = ?, card_message_id = ? WHERE id = ?', [
      threadId,
      cardMessageId,
      id,
    ]);
  }

  async claim(id: number, by: string, now: number) {
    const { changes } = await this.db.run(
      "UPDATE cases SET status = 'claimed', claimed_by = ?, claimed_at = ? WHERE id = ? AND status IN ('waiting', 'queued')",
      [by, now, id],
    );
    return changes === 1;
  }

  close(id: number, now: number) {
    return this.db.transaction(async (tx) => {
      const { changes } = await tx.run(
        "UPDATE cases SET status = 'closed', closed_at = ? WHERE id = ? AND status != 'closed'",
        [now, id],
      );
      if (changes !== 1) return undefined;
      return toCase((await tx.get<CaseRow>('SELECT * FROM cases WHERE id = ?', [id]))!);
    });
  }

  async count(id: number, direction: 'in' | 'out') {
    await this.db.run(
      `UPDATE cases SET ${direction === 'in' ? 'messages_in = messages_in' : 'messages_out = messages_out'} + 1 WHERE id = ?`,
      [id],
    );
  }

  async markReminded(id: number, now: number) {
    await this.db.run('UPDATE cases SET reminded_at = ? WHERE id = ?', [now, id]);
  }

  async waiting() {
    return (
      await this.db.all<CaseRow>("SELECT * FROM cases WHERE status IN ('waiting', 'queued') ORDER BY opened_at, id")
    ).map(toCase);
  }

  async openCount() {
    return (await this.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM cases WHERE status != 'closed'"))?.n ?? 0;
  }
}
