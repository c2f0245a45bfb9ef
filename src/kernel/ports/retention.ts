/** Represents what one purge removed, by kind (numbers of rows). */
export type PurgeReport = Record<string, number>;

/**
 * Represents the store side of the retention purge. Every method deletes (or
 * unlinks) rows older than `before` and returns how many it touched.
 */
export interface RetentionStore {
  /** Contacts not seen since `before`, unless they have an open case or an active alert subscription. */
  purgeInactiveContacts(before: number): Promise<number>;
  /** Sessions not updated since `before` (the person starts afresh, in their language). */
  purgeSessions(before: number): Promise<number>;
  /** Closed cases older than `before` lose their link to the person and to the staff member who had them. */
  unlinkClosedCases(before: number): Promise<number>;
  /** Platform update ids (idempotency) older than `before`. */
  purgeUpdates(before: number): Promise<number>;
  /** Message ids older than `before` (past Telegram's window, they cannot be deleted anyway). */
  purgeChatMessages(before: number): Promise<number>;
}
