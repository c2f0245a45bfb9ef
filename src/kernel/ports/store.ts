import type { SessionState } from '../engine/types.js';

/** The channels Peerline talks through. */
export type ChannelName = 'telegram' | 'whatsapp' | 'simulator';

/** Represents one person on one channel. `address` is the decrypted chat id, only ever held in memory. */
export interface Contact {
  readonly id: number;
  readonly channel: ChannelName;
  readonly address: string;
  readonly locale: string | null;
  readonly createdAt: number;
  readonly lastSeenAt: number;
  readonly unreachable: boolean;
}

/**
 * Represents where contacts live. Implementers must never store `address`
 * in plaintext and must find a contact by (channel, address) without
 * decrypting every row.
 */
export interface ContactStore {
  /** Finds the contact, creating it on first contact, and records `now` as last seen. */
  touch(channel: ChannelName, address: string, now: number): Promise<Contact>;
  find(channel: ChannelName, address: string): Promise<Contact | undefined>;
  get(id: number): Promise<Contact | undefined>;
  setLocale(id: number, locale: string): Promise<void>;
  markUnreachable(id: number, now: number): Promise<void>;
  /** Deletes the contact and, through foreign keys, everything about them. */
  delete(id: number): Promise<void>;
  count(): Promise<number>;
}

/** Represents where engine state lives between messages. */
export interface SessionStore {
  load(contactId: number): Promise<SessionState | null>;
  save(contactId: number, state: SessionState, now: number): Promise<void>;
}

/** Represents the record of platform updates already handled (idempotency). */
export interface UpdateLog {
  /** Records the update; returns false when it was already recorded. */
  firstTime(channel: ChannelName, updateId: string, now: number): Promise<boolean>;
}
