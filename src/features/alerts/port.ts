import type { ChannelName } from '../../kernel/ports/store.js';

/** What an alert is about; staff pick one on the preview card. */
export type AlertCategory = 'bad_client' | 'police' | 'health' | 'scam' | 'other';

/** The life of an alert: draft -> approved (recipients queued) -> sending -> done, or cancelled. */
export type AlertStatus = 'draft' | 'approved' | 'sending' | 'done' | 'cancelled';

/** The life of one delivery: pending -> sending -> sent, failed (after retries) or unsubscribed (blocked the bot). */
export type DeliveryState = 'pending' | 'sending' | 'sent' | 'failed' | 'unsubscribed';

/** Represents deliveries of one alert by state. */
export type DeliveryCounts = Readonly<Record<DeliveryState, number>>;

/**
 * Represents a safety alert. Its texts are staff-written and sanitised; they
 * are kept only until the alert is done or cancelled. Staff appear as a
 * display name (the composer) and as keyed hashes (approvers), never by id.
 */
export interface Alert {
  readonly id: number;
  readonly status: AlertStatus;
  readonly category: AlertCategory;
  /** Region ids it goes to; empty means every subscriber. */
  readonly regions: readonly string[];
  /** The text as staff wrote it (the default locale); null once done or cancelled. */
  readonly sourceText: string | null;
  /** Translations by locale; emptied once done or cancelled. */
  readonly translations: Readonly<Record<string, string>>;
  readonly createdBy: string;
  /** Keyed hashes of the staff members who approved, each once. */
  readonly approvals: readonly string[];
  readonly threadId: number | null;
  readonly cardMessageId: number | null;
  readonly createdAt: number;
  readonly approvedAt: number | null;
  readonly finishedAt: number | null;
  /** Recipients queued at approval. */
  readonly recipients: number;
  /** Final counts, kept after the delivery rows are purged; null until done or cancelled. */
  readonly final: DeliveryCounts | null;
}

/** Represents one person's alert subscription. A stopped one keeps its regions so START can resume it. */
export interface Subscription {
  readonly contactId: number;
  /** Region ids; empty means everywhere. */
  readonly regions: readonly string[];
  readonly active: boolean;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** Represents where subscriptions live. Implementers delete them with the contact (forget me). */
export interface SubscriptionStore {
  get(contactId: number): Promise<Subscription | undefined>;
  /** Subscribes (or resubscribes) with these regions. */
  subscribe(contactId: number, regions: readonly string[], now: number): Promise<void>;
  /** Stops alerts, keeping the regions; true when the subscription was active. */
  unsubscribe(contactId: number, now: number): Promise<boolean>;
  /** Turns a stopped subscription back on; undefined when there is none to resume. */
  resume(contactId: number, now: number): Promise<Subscription | undefined>;
  activeCount(): Promise<number>;
}

/** Represents a change a staff member makes on a draft's card. */
export type AlertChange =
  | { readonly kind: 'category'; readonly category: AlertCategory }
  | { readonly kind: 'regions'; readonly regions: readonly string[] }
  | { readonly kind: 'translation'; readonly locale: string; readonly text: string };

/** Represents the outcome of one approval. */
export type ApprovalOutcome =
  /** Enough approvals: recipients are queued. */
  | 'approved'
  /** Counted; more approvals are needed. */
  | 'counted'
  /** This staff member has already approved. */
  | 'already'
  /** The alert is no longer a draft. */
  | 'closed';

/**
 * Represents where alerts are composed and approved. Implementers queue the
 * recipients of an alert (one delivery row each, no text) in the same
 * transaction as its final approval, so an approved alert always has them.
 */
export interface AlertStore {
  create(input: {
    createdBy: string;
    sourceText: string;
    category: AlertCategory;
    regions: readonly string[];
    now: number;
  }): Promise<Alert>;
  get(id: number): Promise<Alert | undefined>;
  byCard(messageId: number): Promise<Alert | undefined>;
  setCard(id: number, threadId: number | null, messageId: number): Promise<void>;
  /** Changes a draft and clears its approvals (they were given to other content); undefined unless a draft. */
  change(id: number, change: AlertChange): Promise<Alert | undefined>;
  /**
   * Counts an approval by `approver` (a keyed hash); with `required` distinct
   * ones, queues a delivery for every active subscriber on `channels` whose
   * regions meet the alert's.
   */
  approve(
    id: number,
    approver: string,
    required: number,
    channels: readonly ChannelName[],
    now: number,
  ): Promise<{ outcome: ApprovalOutcome; alert: Alert | undefined }>;
  /** Cancels a draft or a sending alert: deliveries not yet made are dropped, texts cleared. */
  cancel(id: number, now: number): Promise<Alert | undefined>;
  /** Most recent first. */
  recent(limit: number): Promise<Alert[]>;
  /** Alerts approved or sending. */
  active(): Promise<Alert[]>;
}

/** Represents one delivery claimed for sending. */
export interface Delivery {
  readonly alertId: number;
  readonly contactId: number;
  readonly channel: ChannelName;
  /** Attempts so far, this one included. */
  readonly attempts: number;
}

/** Represents how one send ended, for {@link DeliveryQueue.settle}. */
export type DeliveryResult =
  { readonly state: 'sent' | 'failed' | 'unsubscribed' } | { readonly state: 'retry'; readonly at: number };

/**
 * Represents the durable outbox of alert deliveries. Implementers mark a row
 * `sending` when it is claimed and settle it after the send, so after a
 * crash only rows still `sending` can have been sent without being recorded.
 */
export interface DeliveryQueue {
  /** Puts rows left `sending` by a crash back to `pending` (they may be sent twice); returns how many. */
  recover(now: number): Promise<number>;
  /** Fails rows pending on channels that no longer run (so their alerts can finish); returns how many. */
  failChannelsOtherThan(channels: readonly ChannelName[], now: number): Promise<number>;
  /** Claims up to `limit` due pending rows on a channel: marks them `sending`, counts an attempt. */
  claim(channel: ChannelName, limit: number, now: number): Promise<Delivery[]>;
  settle(alertId: number, contactId: number, result: DeliveryResult, now: number): Promise<void>;
  /** Marks the alert done when nothing is pending or sending: final counts kept, texts cleared. */
  finishIfDone(alertId: number, now: number): Promise<Alert | undefined>;
  counts(alertId: number): Promise<DeliveryCounts>;
  /** Earliest `next_at` of pending rows on a channel (retries waiting), or undefined. */
  nextDue(channel: ChannelName): Promise<number | undefined>;
  /**
   * Deletes delivery rows of finished alerts and stopped subscriptions older
   * than `before`, and cancels drafts older than that (clearing their text).
   */
  purge(before: number, now: number): Promise<{ deliveries: number; drafts: number; subscriptions: number }>;
}
