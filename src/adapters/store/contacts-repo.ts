import type { ChannelName, Contact, ContactStore } from '../../kernel/ports/store.js';
import { StoreError } from './errors.js';
import type { IdentityCipher } from './identity-cipher.js';
import type { Database } from './sqlite.js';

interface ContactRow {
  id: number;
  channel: ChannelName;
  address: Buffer;
  locale: string | null;
  created_at: number;
  last_seen_at: number;
  unreachable_at: number | null;
}

/** ContactsRepo can be used to find and keep contacts with their identities encrypted. */
export class ContactsRepo implements ContactStore {
  constructor(
    private readonly db: Database,
    private readonly cipher: IdentityCipher,
  ) {}

  async touch(channel: ChannelName, address: string, now: number): Promise<Contact> {
    // One upsert instead of a four-statement transaction: every incoming message passes here (bench/pipeline.ts).
    // A message from someone marked unreachable (they unblocked the bot) makes them reachable again.
    const row = await this.db.get<ContactRow>(
      `INSERT INTO contacts (channel, lookup, address, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (channel, lookup) DO UPDATE SET last_seen_at = excluded.last_seen_at, unreachable_at = NULL
       RETURNING *`,
      [channel, this.cipher.lookup(channel, address), this.cipher.encrypt(address), now, now],
    );
    if (!row) throw new StoreError('touch', undefined);
    return this.toContact(row, address);
  }

  async find(channel: ChannelName, address: string): Promise<Contact | undefined> {
    const row = await this.db.get<ContactRow>('SELECT * FROM contacts WHERE channel = ? AND lookup = ?', [
      channel,
      this.cipher.lookup(channel, address),
    ]);
    return row && this.toContact(row, address);
  }

  async get(id: number): Promise<Contact | undefined> {
    const row = await this.db.get<ContactRow>('SELECT * FROM contacts WHERE id = ?', [id]);
    return row && this.toContact(row, this.cipher.decrypt(row.address));
  }

  async setLocale(id: number, locale: string): Promise<void> {
    await this.db.run('UPDATE contacts SET locale = ? WHERE id = ?', [locale, id]);
  }

  async markUnreachable(id: number, now: number): Promise<void> {
    await this.db.run('UPDATE contacts SET unreachable_at = ? WHERE id = ?', [now, id]);
  }

  async delete(id: number): Promise<void> {
    await this.db.run('DELETE FROM contacts WHERE id = ?', [id]);
  }

  async count(): Promise<number> {
    return (await this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM contacts'))?.n ?? 0;
  }

  private toContact(row: ContactRow, address: string): Contact {
    return {
      id: row.id,
      channel: row.channel,
      address,
      locale: row.locale,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      unreachable: row.unreachable_at !== null,
    };
  }
}
