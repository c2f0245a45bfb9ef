import { DeliveriesRepo } from '../../features/alerts/deliveries-repo.js';
import { SubscriptionsRepo } from '../../features/alerts/subscriptions-repo.js';
import { AlertsRepo } from '../../features/alerts/alerts-repo.js';
import { CallbacksRepo } from '../../features/callbacks/callbacks-repo.js';
import { CasesRepo } from '../../features/handoff/cases-repo.js';
import { ChatMessagesRepo } from './chat-messages-repo.js';
import { ContactsRepo } from './contacts-repo.js';
import { WrongKeyError } from './errors.js';
import type { IdentityCipher } from './identity-cipher.js';
import { PrivacyRepo } from '../../features/privacy/privacy-repo.js';
import { SessionsRepo } from './sessions-repo.js';
import { Database } from './sqlite.js';
import { UpdateLogRepo } from './update-log-repo.js';

/** Represents the opened store: the database and its repositories. */
export interface Store {
  readonly db: Database;
  readonly contacts: ContactsRepo;
  readonly sessions: SessionsRepo;
  readonly updates: UpdateLogRepo;
  readonly cases: CasesRepo;
  /** Callback requests, phone numbers encrypted (docs/callbacks.md). */
  readonly callbacks: CallbacksRepo;
  /** Safety alerts: subscriptions, alerts and their delivery outbox (docs/alerts.md). */
  readonly alerts: {
    readonly subscriptions: SubscriptionsRepo;
    readonly alerts: AlertsRepo;
    readonly deliveries: DeliveriesRepo;
  };
  /** Message ids kept 48 hours for "clear this chat" and disappearing messages (encrypted). */
  readonly chatMessages: ChatMessagesRepo;
  /** Privacy settings on the contact row, "forget me" and the retention purge (docs/threat-model.md). */
  readonly privacy: PrivacyRepo;
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
    cases: new CasesRepo(db),
    callbacks: new CallbacksRepo(db, cipher),
    alerts: {
      subscriptions: new SubscriptionsRepo(db),
      alerts: new AlertsRepo(db),
      deliveries: new DeliveriesRepo(db),
    },
    chatMessages: new ChatMessagesRepo(db, cipher),
    privacy: new PrivacyRepo(db),
    close: () => db.close(),
  };
}
