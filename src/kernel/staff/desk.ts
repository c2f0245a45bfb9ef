import type { UnsupportedKind } from '../engine/types.js';
import type { StaffAction } from './staff-action.js';
import type { StaffCommand } from './staff-commands.js';

/**
 * Represents something a person sent, to pass on to staff. Text is held in
 * memory only for the moment of relaying; it is never stored.
 */
export type RelayContent =
  | { readonly kind: 'text'; readonly text: string }
  /** A Telegram message staff can receive as a copy (photo, voice note, document, text). */
  | { readonly kind: 'telegram_message'; readonly chatId: string; readonly messageId: number }
  /** Media from WhatsApp, downloaded for the moment of relaying. */
  | {
      readonly kind: 'media';
      readonly mimeType: string;
      readonly data: Buffer;
      readonly caption?: string;
      readonly filename?: string;
    }
  | { readonly kind: 'unsupported'; readonly what: UnsupportedKind };

/** Represents a button on a staff card: its label and what a tap does (the desk writes it as button data). */
export interface StaffButton {
  readonly label: string;
  readonly action: StaffAction;
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
  /** Posts a message (a card when it has buttons) in a topic, or in General when `threadId` is undefined; returns its id. */
  post(threadId: number | undefined, text: string, buttons?: readonly StaffButton[]): Promise<number>;
  /** Replaces a posted message's text and buttons (no buttons removes them). */
  edit(threadId: number | undefined, messageId: number, text: string, buttons?: readonly StaffButton[]): Promise<void>;
  /**
   * Sends a private message to one staff member (e.g. the phone number of a
   * callback they claimed). False when that person has not started a chat with
   * the bot, so the platform does not allow it.
   */
  direct(staffUserId: string, text: string): Promise<boolean>;
  /** Passes on what a person sent; `header` is a short line such as "#0042". */
  relay(threadId: number, content: RelayContent): Promise<void>;
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

/** Represents a staff member as the staff group shows them. Only the display name is ever stored. */
export interface StaffMember {
  readonly id: string;
  readonly firstName: string;
}

/**
 * Represents something that happened in the staff group, already checked to
 * come from that group (anything from elsewhere never becomes a StaffEvent).
 */
export type StaffEvent =
  | {
      readonly type: 'message';
      readonly threadId: number | undefined;
      readonly messageId: number;
      readonly from: StaffMember;
      readonly text: string | undefined;
      /** `/close`, `/alert …`: the command and the rest of the text (see StaffCommand for one the bot does not know). */
      readonly command: StaffCommand | undefined;
      /** The message this one replies to, if any. */
      readonly replyTo: number | undefined;
      /** For relaying the message itself to a person. */
      readonly content: StaffContent;
    }
  | {
      readonly type: 'button';
      readonly threadId: number | undefined;
      readonly messageId: number;
      readonly from: StaffMember;
      /** What the tapped button does; a tap whose data is no staff action never becomes an event. */
      readonly action: StaffAction;
      /** Shows a short toast to the member who tapped (Telegram's answerCallbackQuery). */
      readonly answer: (text?: string) => Promise<void>;
    }
  | { readonly type: 'topic_closed'; readonly threadId: number };

/** Represents a feature that acts on staff events; returns true when it handled the event. */
export interface StaffFeature {
  onStaffEvent(event: StaffEvent): Promise<boolean>;
}
