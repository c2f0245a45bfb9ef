import { ChatMessagesRepo } from './chat-messages-repo.js';
import { ContactsRepo } from './contacts-repo.js';
import { WrongKeyError } from './errors.js';
import type { IdentityCipher } from './identity-cipher.js';
import { SessionsRepo } from './sessions-repo.js';
import { Database } from './sqlite.js';
import { UpdateLogRepo } from './update-log-repo.js';

/**
 * Represents the opened store: the database and the repositories no feature
 * owns (contacts, sessions, update ids, message ids). Features open their
 * own repositories on `db` (src/features/index.ts, openFeatureRepos).
 */
export interface Store {
  readonly db: Database;
  readonly contacts: ContactsRepo;
  readonly sessions: SessionsRepo;
  readonly updates: UpdateLogRepo;
  /** Message ids kept 48 hours for "clear this chat" and disappearing messages (encrypted). */
  readonly chatMessages: ChatMessagesRepo;
  close(): Promise<void>;
}

/**
 * Opens the database, checks that DATA_KEY is the key the data was written
 * with (a wrong key fails before anything is changed), then migrates.
 */
export async function openStore(file: string, cipher: IdentityCipher): Promise<Store> {
  const db = await Database.open(file, { migrate: false });
  try {
    const hasMeta = await db.get<{ name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'",
    );
    const stored = hasMeta
      ? await db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'key_fingerprint'")
      : undefined;
    if (stored && !cipher.matches(stored.value)) throw new WrongKeyError();
    await db.migrateAll();
    if (!stored)
      await db.run("INSERT OR REPLACE INTO meta (key, value) VALUES ('key_fingerprint', ?)", [cipher.fingerprint]);
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    db,
    contacts: new ContactsRepo(db, cipher),
    sessions: new SessionsRepo(db, cipher),
    updates: new UpdateLogRepo(db),
    chatMessages: new ChatMessagesRepo(db, cipher),
    close: () => db.close(),
  };
}
