/**
 * Represents the per-person privacy settings and the "forget me" deletion.
 * Implementers keep the settings on the contact row, so forgetting the
 * contact forgets them too.
 */
export interface PrivacyStore {
  /** Minutes after which each message in the chat is deleted; null when disappearing messages are off. */
  disappearMinutes(contactId: number): Promise<number | null>;
  setDisappearMinutes(contactId: number, minutes: number | null): Promise<void>;
  isBanned(contactId: number): Promise<boolean>;
  /** Bans (a time) or unbans (null); false when there is no such contact. */
  setBanned(contactId: number, at: number | null): Promise<boolean>;
  /** The person behind a staff topic (an open case first, else the latest case there); undefined when none. */
  contactForThread(threadId: number): Promise<{ contactId: number; caseId: number } | undefined>;
  /**
   * Deletes every row about a contact in one transaction: their cases (close
   * an open one first, so staff are told), then the contact, which takes
   * sessions, message ids, callbacks, subscriptions and deliveries with it
   * through foreign keys.
   */
  forget(contactId: number): Promise<void>;
}
