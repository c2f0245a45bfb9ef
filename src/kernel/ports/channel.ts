import type { NavKey } from '../engine/types.js';
import type { StaffContent } from '../staff/desk.js';
import type { ChannelName } from './store.js';

/** Represents one option after translation, ready for any renderer. */
export interface OutgoingOption {
  readonly key: string;
  readonly label: string;
  readonly selected?: boolean;
}

/**
 * Represents one localized, channel-neutral message: what the engine's outbox
 * becomes after translation. Renderers (Telegram buttons, WhatsApp numbered
 * text, the simulator) turn it into platform payloads.
 */
export interface Outgoing {
  readonly kind: 'screen' | 'notice';
  /** The node the screen belongs to (button data names it). */
  readonly screen?: string;
  readonly display: 'menu' | 'info' | 'prompt' | 'notice';
  readonly text: string;
  readonly options: readonly OutgoingOption[];
  readonly nav: readonly { readonly key: NavKey; readonly label: string }[];
  readonly locale: string;
}

/**
 * Represents what a channel can do, so features and the content check ask for a
 * capability instead of testing a channel's name. Each adapter declares its own
 * (its README carries the same matrix).
 */
export interface ChannelCapabilities {
  /** The channel's name as people know it ("Telegram"), for staff cards and topic names. */
  readonly label: string;
  /** Tappable buttons under a message (otherwise numbered replies). */
  readonly buttons: boolean;
  /** A menu can replace the message that was tapped. */
  readonly editInPlace: boolean;
  /** The bot can delete its own messages in the person's chat. */
  readonly deleteOwn: boolean;
  /** The bot can delete the person's messages too (Telegram private chats). */
  readonly deletePersons: boolean;
  /** What a person sends (photos, voice) can be copied to staff as it is. */
  readonly copyMedia: boolean;
  /** Longest text one message may carry. */
  readonly maxTextChars: number;
  /** How a button's data is written, and the platform's limit on it, when the channel has buttons. */
  readonly buttonData?: { encode(screen: string, key: string): string; readonly maxBytes: number };
}

/** Whether a send answers someone now (goes first) or is part of a bulk send (paced, yields). */
export type SendPriority = 'reply' | 'bulk';

/** Represents the result of sending to one person. */
export type SendOutcome =
  | { readonly ok: true; readonly messageIds: readonly string[] }
  | { readonly ok: false; readonly reason: 'unreachable' | 'failed'; readonly code?: number };

/**
 * Represents a channel adapter as the app sees it. Implementers translate
 * platform updates into engine events, render `Outgoing` for their platform,
 * pace and retry their own sends, map their library's failures onto the one
 * `ChannelError` (channel-error.ts), and never log message text or chat ids.
 */
export interface ChannelPort {
  readonly name: ChannelName;
  start(): Promise<void>;
  /** Stops receiving, finishes in-flight sends. */
  stop(): Promise<void>;
  /** Sends to a person by address (proactive messages: notices, alerts). */
  send(address: string, items: readonly Outgoing[], priority: SendPriority): Promise<SendOutcome>;
  /** Passes on what a peer supporter wrote (Telegram copies the message; WhatsApp sends text). */
  relayFromStaff?(address: string, content: StaffContent): Promise<SendOutcome>;
  /** Told of every delivery's outcome (metrics); set by the start-up wiring. */
  onSent?: (outcome: SendOutcome) => void;
  /**
   * Deletes messages in a person's chat (the bot's own; on Telegram the
   * person's too), for "clear this chat" and disappearing messages. `collect`
   * is called when the chat's earlier sends are done, so what they sent is
   * included; it returns the platform message ids. Resolves with how many ids
   * the platform accepted; never rejects for a message that is already gone.
   */
  deleteMessages?(address: string, collect: () => Promise<readonly string[]>): Promise<number>;
  /** Whether the channel is connected (for /healthz). */
  health(): { readonly up: boolean; readonly detail?: string };
}
