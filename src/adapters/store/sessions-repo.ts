import type { SessionState } from '../../kernel/engine/types.js';
import type { SessionStore } from '../../kernel/ports/store.js';
import type { IdentityCipher } from './identity-cipher.js';
import type { Database } from './sqlite.js';

/** SessionsRepo can be used to keep engine state, encrypted because forms may hold answers. */
export class SessionsRepo implements SessionStore {
  constructor(
    private readonly db: Database,
    private readonly cipher: IdentityCipher,
  ) {}

  async load(contactId: number): Promise<SessionState | null> {
    const row = await this.db.get<{ state: Buffer }>('SELECT state FROM sessions WHERE contact_id = ?', [contactId]);
    if (!row) return null;
    try {
      return JSON.parse(this.cipher.decrypt(row.state)) as SessionState;
    } catch {
      // An unreadable session is not worth failing a conversation over: start afresh.
      return null;
    }
  }

  async save(contactId: number, state: SessionState, now: number): Promise<void> {
    await this.db.run(
      'INSERT INTO sessions (contact_id, state, updated_at) VALUES (?, ?, ?) ON CONFLICT (contact_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
      [contactId, this.cipher.encrypt(JSON.stringify(state)), now],
    );
  }
}
