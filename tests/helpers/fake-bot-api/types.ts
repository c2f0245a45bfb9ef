/** Represents a loose JSON object as it travels through the fake Bot API (payloads, updates, messages). */
export type Json = Record<string, unknown>;

/** Represents a chat identifier: a number, or an `@username` string for public chats. */
export type ChatId = number | string;

/** Represents a Telegram user that a test drives (a client writing to the bot, or a staff member). */
export interface FakeUserRef {
  id: number;
  firstName?: string;
  lastName?: string;
  username?: string;
  /** IETF language tag, sent as `from.language_code`. */
  languageCode?: string;
}

/** Represents an error the fake answers with, as Telegram would: `{ ok: false, error_code, description }`. */
export interface ApiErrorSpec {
  code: number;
  description: string;
  /** Seconds; sent as `parameters.retry_after` (429 answers). */
  retryAfter?: number;
}

/** Represents one recorded request to the fake Bot API and how the fake answered it. */
export interface ApiCall {
  /** Canonical method name (`sendMessage`), whatever the case the client used. */
  method: string;
  /** Parsed parameters; uploaded files appear as `{ filename, contentType, size }`. */
  payload: Json;
  /** Milliseconds since the epoch, from the fake's clock. */
  at: number;
  ok: boolean;
  result?: unknown;
  error?: ApiErrorSpec;
  /** True when the socket was destroyed by `dropNext` instead of being answered. */
  dropped?: boolean;
}

/** Represents the kinds of message content the fake knows how to store. */
export type MessageKind =
  'text' | 'photo' | 'document' | 'voice' | 'video' | 'audio' | 'sticker' | 'animation' | 'location' | 'other';

/** Represents a message the fake stores, in its current state (edits applied, deleted ones removed). */
export interface StoredMessage {
  chatId: ChatId;
  messageId: number;
  /** True for messages the bot sent, false for messages pushed by test users. */
  fromBot: boolean;
  kind: MessageKind;
  text?: string;
  caption?: string;
  /** Only inline keyboards are kept on a message, as Telegram does. */
  replyMarkup?: Json;
  threadId?: number;
  /** The Telegram-shaped Message object, kept in step with the fields above. */
  message: Json;
}

/** Represents a forum topic in a chat registered with `makeForum`. */
export interface FakeTopic {
  threadId: number;
  name: string;
  iconColor: number;
  iconCustomEmojiId?: string;
  closed: boolean;
}
