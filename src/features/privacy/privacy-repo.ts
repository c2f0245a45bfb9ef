import type { PrivacyStore } from './port.js';
import type { RetentionStore } from '../../kernel/ports/retention.js';
import type { Database } from '../../adapters/store/sqlite.js';

/**
 * PrivacyRepo can be used for the per-person privacy settings kept on the
 * contact row (disappearing messages, /ban), for "forget me", and for the
 * retention purge. Deleting a contact takes every row that references it
 * through foreign keys (ON DELETE CASCADE); tests/features/privacy/forget.test.ts checks
 * every table with a contact_id column, so tables added later are covered.
 */
export class PrivacyRepo implements PrivacyStore, RetentionStore {
  constructor(private readonly db: Database) {}

  async disappearMinutes(contactId: number): Promise<number | null> {
    return (
      (await this.db.get<{ m: number | null }>('SELECT disappear_minutes AS m FROM contacts WHERE id = ?', [contactId]))
        ?.m ?? null
    );
  }

  async setDisappearMinutes(contactId: number, minutes: number | null): Promise<void> {
    await this.db.run('UPDATE contacts SET disappear_minutes = ? WHERE id = ?', [minutes, contactId]);
  }

  async isBanned(contactId: number): Promise<boolean> {
    return (
      ((await this.db.get<{ b: number | null }>('SELECT banned_at AS b FROM contacts WHERE id = ?', [contactId]))?.b ??
        null) !== null
    );
  }

  async setBanned(contactId: number, at: number | null): Promise<boolean> {
    return (await this.db.run('UPDATE contacts SET banned_at = ? WHERE id = ?', [at, contactId])).changes === 1;
  }

  async contactForThread(threadId: number): Promise<{ contactId: number; caseId: number } | undefined> {
    const row = await this.db.get<{ id: number; contact_id: number }>(
      "SELECT id, contact_id FROM cases WHERE thread_id = ? AND contact_id IS NOT NULL ORDER BY status = 'closed', id DESC LIMIT 1",
      [threadId],
    );
    return row && { contactId: row.contact_id, caseId: row.id };
  }

  forget(contactId: number): Promise<void> {
    return this.db.transaction(async (tx) => {
      // Cases only SET NULL on delete (their counts outlive a contact); the person asked for everything to go.
      await tx.run('DELETE FROM cases WHERE contact_id = ?', [contactId]);
      await tx.run('DELETE FROM contacts WHERE id = ?', [contactId]);
    });
  }

  async purgeInactiveContacts(before: number): Promise<number> {
    // Someone who only receives alerts never writes, and a pending callback is a promise to call: both stay.
    const keep = [
      (await this.hasTable('alert_subscriptions'))
        ? 'AND id NOT IN (SELECT contact_id FROM alert_subscriptions WHERE active = 1)'
        : '',
      (await this.hasTable('callbacks'))
        ? "AND id NOT IN (SELECT contact_id FROM callbacks WHERE status IN ('open', 'claimed'))"
        : '',
    ].join(' ');
    const sql = `DELETE FROM contacts WHERE last_seen_at < ? AND id NOT IN (SELECT contact_id FROM cases WHERE status != 'closed' AND contact_id IS NOT NULL) ${keep}`;
    return (await this.db.run(sql, [before])).changes;
  }

  async purgeSessions(before: number): Promise<number> {
    return (await this.db.run('DELETE FROM sessions WHERE updated_at < ?', [before])).changes;
  }

  async unlinkClosedCases(before: number): Promise<number> {
    const sql =
      "UPDATE cases SET contact_id = NULL, claimed_by = NULL WHERE status = 'closed' AND closed_at < ? AND (contact_id IS NOT NULL OR claimed_by IS NOT NULL)";
    return (await this.db.run(sql, [before])).changes;
  }

  async purgeUpdates(before: number): Promise<number> {
    return (await this.db.run('DELETE FROM processed_updates WHERE at < ?', [before])).changes;
  }

  async purgeChatMessages(before: number): Promise<number> {
    return (await this.db.run('DELETE FROM chat_messages WHERE sent_at < ?', [before])).changes;
  }

  private async hasTable(name: string): Promise<boolean> {
    return !!(await this.db.get<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", [
      name,
    ]));
  }
}
