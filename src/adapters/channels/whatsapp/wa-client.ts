/**
 * The part of whatsapp-web.js's `Client` that Peerline uses, with the
 * library's own event names and shapes. The adapter and the supervisor
 * depend on this, never on the library, so tests drive them with a fake
 * (tests/helpers/fake-wa-client.ts) and no browser.
 * Official reference: https://docs.wwebjs.dev/Client.html
 */

/** Represents an incoming whatsapp-web.js `Message`, reduced to the fields Peerline reads. */
export interface WaMessage {
  /** The chat id as received: `<digits>@c.us`, `<digits>@lid`, `…@g.us`, `status@broadcast`, … Never parsed. */
  readonly from: string;
  readonly body: string;
  readonly fromMe: boolean;
  /** `'chat'` for text; `'image'`, `'ptt'`, `'audio'`, `'video'`, `'document'`, `'sticker'`, `'location'`, `'vcard'`, … */
  readonly type: string;
  readonly id: { readonly _serialized: string };
  /** Seconds since the epoch. */
  readonly timestamp?: number;
  readonly isStatus?: boolean;
  /** The sender inside a group (groups are ignored). */
  readonly author?: string;
}

/** Represents a message found by id, reduced to revoking it (whatsapp-web.js `Message.delete(everyone)`). */
export interface WaFoundMessage {
  /** With `everyone: true`, deletes the message for both sides ("This message was deleted"); WhatsApp allows it for about two days. */
  delete(everyone?: boolean): Promise<void>;
}

/** Why whatsapp-web.js says it disconnected: a WAState such as `'CONFLICT'`, `'UNPAIRED'`, or `'LOGOUT'`. */
export type WaDisconnectReason = string;

/** Represents the listeners for the events Peerline uses, named as whatsapp-web.js emits them. */
export interface WaEvents {
  qr: (qr: string) => void;
  code: (code: string) => void;
  authenticated: (session?: unknown) => void;
  auth_failure: (message?: string) => void;
  ready: () => void;
  message: (message: WaMessage) => void;
  disconnected: (reason: WaDisconnectReason) => void;
  change_state: (state: string) => void;
}

/** The events Peerline listens to. */
export type WaEventName = keyof WaEvents;

/**
 * Represents a whatsapp-web.js client as Peerline uses it. Implementers must
 * emit the events of {@link WaEvents} as the library does, resolve
 * `sendMessage` with the sent message (its `id._serialized`), and be
 * unusable after `destroy()` (the supervisor makes a new one).
 */
export interface WaClientLike {
  on<E extends WaEventName>(event: E, listener: WaEvents[E]): unknown;
  once<E extends WaEventName>(event: E, listener: WaEvents[E]): unknown;
  removeAllListeners(event?: WaEventName): unknown;
  /** Launches the browser and opens WhatsApp Web; resolves once the login page or the session is loaded, not at `ready`. */
  initialize(): Promise<void>;
  /** Closes the browser. */
  destroy(): Promise<void>;
  /** WhatsApp Web's socket state (`'CONNECTED'` when healthy); throws when the page is gone. */
  getState(): Promise<string | null>;
  sendMessage(chatId: string, content: string): Promise<{ readonly id: { readonly _serialized: string } }>;
  /** Finds a message by its serialized id (to revoke the bot's own for "clear this chat"); null when gone. */
  getMessageById?(messageId: string): Promise<WaFoundMessage | null | undefined>;
  /** Asks for a pairing code for the bot's phone number (the real factory sets this up through `pairWithPhoneNumber` instead). */
  requestPairingCode?(phoneNumber: string): Promise<string>;
}

/** Makes a fresh client; the supervisor calls it at start and after every crash. May throw (e.g. Chromium missing). */
export type WaClientFactory = () => WaClientLike | Promise<WaClientLike>;
