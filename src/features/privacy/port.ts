import type { ChannelName } from '../../kernel/ports/store.js';

/**
 * Represents the record of message ids in people's chats, kept only so that
 * "clear this chat" and disappearing messages can delete them. Implementers
 * store ids encrypted (WhatsApp ids embed the phone number), find the contact
 * by its keyed lookup, silently skip people who have no contact row (after
 * "forget me"), and forget ids after {@link CHAT_MESSAGE_TTL_MS}.
 */
export interface ChatTrail {
  /** Records ids of messages in a person's chat (the bot's, and on Telegram their own). */
  record(channel: ChannelName, address: string, messageIds: readonly string[], now: number): Promise<void>;
  /** Reads and forgets every id recorded for a contact; only those sent at or after `since` are returned. */
  take(contactId: number, since: number): Promise<string[]>;
  /**
   * Reads and forgets the ids that are due under disappearing messages (sent
   * more than the contact's chosen minutes ago), grouped by contact; at most
   * `limit` ids in all.
   */
  takeDue(now: number, limit: number): Promise<{ contactId: number; messageIds: string[] }[]>;
}

/** How long message ids are kept: Telegram lets bots delete messages for 48 hours only. */
export const CHAT_MESSAGE_TTL_MS = 48 * 60 * 60 * 1000;

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
