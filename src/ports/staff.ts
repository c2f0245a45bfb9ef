import type { UnsupportedKind } from '../engine/types.js';

/**
 * Represents something a person sent, to pass on to staff. Text is held in
 * memory only for the moment of relaying; it is never stored.
 */
export type RelayContent =
  | { readonly kind: 'text'; readonly text: string }
  /** A Telegram message staff can receive as a copy (photo, voice note, document, text). */
  | { readonly kind: 'telegram_message'; readonly chatId: string; readonly messageId: number }
  /** Media from WhatsApp, downloaded for the moment of relaying. */
  | { readonly kind: 'media'; readonly mimeType: string; readonly data: Buffer; readonly caption?: string; readonly filename?: string }
  | { readonly kind: 'unsupported'; readonly what: UnsupportedKind };

/** Represents a button on a staff card; `data` is checked against the staff group and the case. */
export interface StaffButton {
  readonly label: string;
  readonly data: string;
}

/**
 * Represents the staff side: one forum supergroup, one topic per case.
 * Implementers pace and retry their own sends (Telegram accepts about 20
 * messages a minute into one group), coalesce waiting texts for one topic,
 * and never drop a relayed message.
 */
export interface StaffDesk {
  /** Creates a topic; returns its thread id. */
  openTopic(name: string): Promise<number>;
  /** Posts a card (with buttons) in a topic; returns the message id. */
  postCard(threadId: number, text: string, buttons: readonly StaffButton[]): Promise<number>;
  editCard(threadId: number, messageId: number, text: string, buttons: readonly StaffButton[]): Promise<void>;
  /** Passes on what a person sent; `header` is a short line such as "#0042". */
  relay(threadId: number, content: RelayContent): Promise<void>;
  /** Posts a short note from the bot in a topic (summary, system notices). */
  note(threadId: number, text: string): Promise<void>;
  closeTopic(threadId: number): Promise<void>;
  /** Posts in the group's general topic (e.g. "WhatsApp needs pairing"). */
  announce(text: string): Promise<void>;
}

/** Represents what a staff member wrote in a case topic, to pass on to the person. */
export interface StaffContent {
  /** The text or caption, if any (WhatsApp gets this). */
  readonly text?: string;
  /** The staff group message, for platforms that can copy it (Telegram's copyMessage). */
  readonly telegram?: { readonly chatId: string; readonly messageId: number };
}
