import type { ChannelName } from '../../kernel/ports/store.js';

/** The life of a hand-off case: queued (out of hours) or waiting -> claimed -> closed. */
export type CaseStatus = 'queued' | 'waiting' | 'claimed' | 'closed';

/** Represents a hand-off case. It names the person only by contact row id, never by identity. */
export interface Case {
  readonly id: number;
  readonly contactId: number | null;
  readonly status: CaseStatus;
  readonly channel: ChannelName;
  readonly locale: string;
  readonly fromScreen: string | null;
  readonly threadId: number | null;
  readonly cardMessageId: number | null;
  readonly claimedBy: string | null;
  readonly openedAt: number;
  readonly claimedAt: number | null;
  readonly closedAt: number | null;
  readonly remindedAt: number | null;
  readonly messagesIn: number;
  readonly messagesOut: number;
}

/** Represents where cases live. Implementers keep at most one open case per contact. */
export interface CaseStore {
  /** Opens a case, or returns the contact's open one (`created: false`). */
  open(input: {
    contactId: number;
    channel: ChannelName;
    locale: string;
    fromScreen: string | null;
    status: 'queued' | 'waiting';
    now: number;
  }): Promise<{ case: Case; created: boolean }>;
  openFor(contactId: number): Promise<Case | undefined>;
  byThread(threadId: number): Promise<Case | undefined>;
  get(id: number): Promise<Case | undefined>;
  setTopic(id: number, threadId: number, cardMessageId: number): Promise<void>;
  /** Claims a waiting case; false when someone else already has (first tap wins). */
  claim(id: number, by: string, now: number): Promise<boolean>;
  close(id: number, now: number): Promise<Case | undefined>;
  count(id: number, direction: 'in' | 'out'): Promise<void>;
  markReminded(id: number, now: number): Promise<void>;
  /** Open cases still waiting, oldest first (queue order). */
  waiting(): Promise<Case[]>;
  openCount(): Promise<number>;
}
