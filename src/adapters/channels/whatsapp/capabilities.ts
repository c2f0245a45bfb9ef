import type { ChannelCapabilities } from '../../../kernel/ports/channel.js';

/**
 * WhatsApp's own limit is about 65,000 characters; the renderer splits long
 * screens below 1,500 (render.ts), so only the platform limit is a hard one.
 */
export const WHATSAPP_MAX_TEXT_CHARS = 65_536;

/** What the WhatsApp channel can do (README.md, "Capabilities"): numbered replies, no edits, text relays. */
export const whatsappCapabilities: ChannelCapabilities = {
  label: 'WhatsApp',
  buttons: false,
  editInPlace: false,
  deleteOwn: true,
  deletePersons: false,
  copyMedia: false,
  maxTextChars: WHATSAPP_MAX_TEXT_CHARS,
};
