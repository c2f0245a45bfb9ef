import type { ChannelName } from './store.js';

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
