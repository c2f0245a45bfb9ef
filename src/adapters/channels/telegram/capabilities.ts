import type { ChannelCapabilities } from '../../../kernel/ports/channel.js';
import { encodeButton } from './button-data.js';

/** Telegram rejects messages longer than this. Official reference: https://core.telegram.org/bots/api#sendmessage */
export const TELEGRAM_MAX_TEXT_CHARS = 4096;
/** Telegram's callback_data limit. Official reference: https://core.telegram.org/bots/api#inlinekeyboardbutton */
export const TELEGRAM_MAX_BUTTON_DATA_BYTES = 64;

/** What the Telegram channel can do (README.md, "Capabilities"). */
export const telegramCapabilities: ChannelCapabilities = {
  label: 'Telegram',
  buttons: true,
  editInPlace: true,
  deleteOwn: true,
  deletePersons: true,
  copyMedia: true,
  maxTextChars: TELEGRAM_MAX_TEXT_CHARS,
  buttonData: { encode: encodeButton, maxBytes: TELEGRAM_MAX_BUTTON_DATA_BYTES },
};
