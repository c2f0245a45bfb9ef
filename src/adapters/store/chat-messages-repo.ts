import type { ChatTrail } from '../../kernel/ports/chat-trail.js';
import type { ChannelName } from '../../kernel/ports/store.js';
import type { IdentityCipher } from './identity-cipher.js';
import type { Database } from './sqlite.js';

interface Row {
  id: number;
  contact_id: number;
  ref: Buffer;
  sent_at: number;
}

/**
 * ChatMessagesRepo can be used to keep the ids of messages in people's chats
 * for "clear this chat" and disappearing messages: encrypted, found through
 * the contact's keyed lookup (never by a plaintext chat id), and read at most
 * once (take). Guarded by tests/adapters/store/chat-messages-repo.test.ts.
 */
export class ChatMessagesRepo implements ChatTrail {
  constructor(
    private readonly db: Database,
    private readonly cipher: IdentityCipher,
  ) {}

  async record(channel: ChannelName, address: string, messageIds: readonly string[], now: number): Promise<void> {
    const ids = messageIds.filter((id) => id !== '');
    if (!ids.length) return;
    const lookup = this.cipher.lookup(channel, address);
    // One statement per id, each finding the contact itself: someone who was just forgotten gets no rows.
    // The common case (one message) needs no transaction: twice per update, that saved a third of the
    // end-to-end time (docs/performance.md).
    if (ids.length === 1) {
      await this.db.run(
        'INSERT INTO chat_messages (contact_id, ref, sent_at) SELECT id, ?, ? FROM contacts WHERE channel = ? AND lookup = ?',
        [this.cipher.encrypt(ids[0]!), now, channel, lookup],
      );
      return;
    }
    await this.db.transaction(async (tx) => {
      for (const id of ids) {
        await tx.run(
          'INSERT INTO chat_messages (contact_id, ref, sent_at) SELECT id, ?, ? FROM contacts WHERE channel = ? AND lookup = ?',
          [this.cipher.encrypt(id), now, channel, lookup],
        );
      }
    });
  }

  take(contactId: number, since: number): Promise<string[]> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.all<Row>('SELECT * FROM chat_messages WHERE contact_id = ? ORDER BY id', [contactId]);
      await tx.run('DELETE FROM chat_messages WHERE contact_id = ? AND id <= ?', [contactId, rows.at(-1)?.id ?? 0]);
      return this.refs(rows.filter((r) => r.sent_at >= since));
    });
  }

  takeDue(now: number, limit: number): Promise<{ contactId: number; messageIds: string[] }[]> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.all<Row>(
        `SELECT m.* FROM chat_messages m JOIN contacts c ON c.id = m.contact_id
         WHERE c.disappear_minutes IS NOT NULL AND m.sent_at <= ? - c.disappear_minutes * 60000
         ORDER BY m.contact_id, m.id LIMIT ?`,
        [now, limit],
      );
      for (const row of rows) await tx.run('DELETE FROM chat_messages WHERE id = ?', [row.id]);
      const byContact = new Map<number, Row[]>();
      for (const row of rows) byContact.set(row.contact_id, [...(byContact.get(row.contact_id) ?? []), row]);
      return [...byContact].map(([contactId, list]) => ({ contactId, messageIds: this.refs(list) }));
    });
  }

  /** How many ids are kept for a contact (tests, metrics). */
  async count(contactId?: number): Promise<number> {
    const row =
      contactId === undefined
        ? await this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM chat_messages')
        : await this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM chat_messages WHERE contact_id = ?', [contactId]);
    return row?.n ?? 0;
  }

  private refs(rows: readonly Row[]): string[] {
    const out = new Set<string>();
    for (const row of rows) {
      try {
        out.add(this.cipher.decrypt(row.ref));
      } catch {
        // Unreadable (altered bytes, another key): the expected answer for such a row; there is nothing to delete with it.
        continue;
      }
    }
    return [...out];
  }
}
