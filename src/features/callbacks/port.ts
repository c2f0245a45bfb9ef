import type { CallbackSlot } from './form.js';
import type { PhoneNumber } from '../../kernel/engine/types.js';
import type { ChannelName } from '../../kernel/ports/store.js';

/** The life of a callback request: open -> claimed -> done, with "no answer" going back to open; cancelled at any point. */
export type CallbackStatus = 'open' | 'claimed' | 'done' | 'cancelled';

/**
 * Represents a callback request without its secrets: the phone number and
 * the code word are only read through {@link CallbackStore.secrets}. The
 * person is named only by contact row id.
 */
export interface CallbackRequest {
  readonly id: number;
  readonly contactId: number;
  readonly status: CallbackStatus;
  readonly channel: ChannelName;
  /** The chat's language: the person is told about the request in it. */
  readonly locale: string;
  /** The language the person wants the call in. */
  readonly language: string;
  readonly slot: CallbackSlot;
  readonly voicemail: boolean;
  readonly sayOrg: boolean;
  readonly hasCode: boolean;
  readonly attempts: number;
  /** The display name (or alias) of the supporter who claimed it. */
  readonly claimedBy: string | null;
  readonly threadId: number | null;
  readonly cardMessageId: number | null;
  readonly createdAt: number;
  readonly claimedAt: number | null;
  readonly lastAttemptAt: number | null;
  readonly closedAt: number | null;
  readonly closedBy: 'person' | 'staff' | null;
  /** While set and in the future, the number is shown on the card; a timer edits it away after. */
  readonly revealUntil: number | null;
  /** When an unclaimed request is posted again as a reminder. */
  readonly remindAt: number | null;
}

/** Represents the decrypted secrets of a request, held in memory only while needed. */
export interface CallbackSecrets {
  readonly phone: PhoneNumber;
  readonly code: string | null;
}

/** Represents what a new request is made of. */
export interface NewCallback {
  readonly contactId: number;
  readonly channel: ChannelName;
  readonly locale: string;
  readonly language: string;
  readonly slot: CallbackSlot;
  readonly voicemail: boolean;
  readonly sayOrg: boolean;
  readonly phone: PhoneNumber;
  readonly code: string | null;
  readonly now: number;
  readonly remindAt: number;
}

/**
 * Represents where callback requests live. Implementers must store the
 * phone number and the code word encrypted, keep at most one pending (open
 * or claimed) request per contact, never store a staff member's id in
 * plaintext, and delete a contact's requests with the contact.
 */
export interface CallbackStore {
  /** Creates a request, or returns the contact's pending one (`created: false`). */
  create(input: NewCallback): Promise<{ request: CallbackRequest; created: boolean }>;
  get(id: number): Promise<CallbackRequest | undefined>;
  /** The contact's open or claimed request, if any. */
  pendingFor(contactId: number): Promise<CallbackRequest | undefined>;
  secrets(id: number): Promise<CallbackSecrets | undefined>;
  setCard(id: number, threadId: number, cardMessageId: number): Promise<void>;
  /** Claims an open request; undefined when it is not open (first tap wins). */
  claim(id: number, staff: { id: string; name: string }, now: number): Promise<CallbackRequest | undefined>;
  /** True when `staffUserId` is the one who claimed the request. */
  isClaimer(id: number, staffUserId: string): Promise<boolean>;
  setReveal(id: number, until: number | null): Promise<void>;
  /** A claimed request nobody answered: back to open, one more attempt, reminded again at `remindAt`. */
  noAnswer(id: number, now: number, remindAt: number): Promise<CallbackRequest | undefined>;
  /** Closes a request whose status is one of `from`; undefined when it was not. */
  close(
    id: number,
    status: 'done' | 'cancelled',
    input: { from: readonly CallbackStatus[]; by: 'person' | 'staff'; now: number },
  ): Promise<CallbackRequest | undefined>;
  setRemindAt(id: number, at: number): Promise<void>;
  /** Requests whose number is shown on the card past its time. */
  revealsDue(now: number): Promise<CallbackRequest[]>;
  /** Open requests due for a reminder, oldest first. */
  remindersDue(now: number): Promise<CallbackRequest[]>;
  /** Pending requests whose card could not be posted yet. */
  unposted(): Promise<CallbackRequest[]>;
  /** Deletes done and cancelled requests closed at or before `closedBefore`; returns how many. */
  purge(closedBefore: number): Promise<number>;
  /** The staff-group topic a feature created once (e.g. `callbacks`), or null. */
  topic(name: string): Promise<number | null>;
  setTopic(name: string, threadId: number | null, now: number): Promise<void>;
}
