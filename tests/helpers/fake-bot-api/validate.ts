import { badRequest } from './api-error.js';
import { isJson } from './chat-world.js';
import type { Json } from './types.js';

/** Telegram's limits, named as the content checks name theirs. Official reference: https://core.telegram.org/bots/api#sendmessage */
export const MAX_TEXT_CHARS = 4096;
/** Official reference: https://core.telegram.org/bots/api#sendphoto */
export const MAX_CAPTION_CHARS = 1024;
/** Official reference: https://core.telegram.org/bots/api#inlinekeyboardbutton */
export const MAX_CALLBACK_DATA_BYTES = 64;
/** Telegram refuses keyboards with more than 100 buttons in all. */
export const MAX_BUTTONS = 100;

const BUTTON_ACTIONS = [
  'url',
  'callback_data',
  'web_app',
  'login_url',
  'switch_inline_query',
  'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat',
  'callback_game',
  'pay',
];

/** Checks message text; Telegram words the too-long error differently for sends and edits. */
export function checkText(text: unknown, editing: boolean): string {
  if (typeof text !== 'string' || text.trim() === '') throw badRequest('message text is empty');
  if (text.length > MAX_TEXT_CHARS) throw badRequest(editing ? 'MESSAGE_TOO_LONG' : 'message is too long');
  return text;
}

/** Checks an optional caption and returns it. */
export function checkCaption(caption: unknown): string | undefined {
  if (caption === undefined || caption === null) return undefined;
  const text = String(caption);
  if (text.length > MAX_CAPTION_CHARS) throw badRequest('message caption is too long');
  return text;
}

/**
 * Validates `reply_markup` and returns it when it is an inline keyboard (the only kind a Message carries).
 * Reply keyboards and removals are accepted and left to the call recording.
 */
export function inlineMarkup(markup: unknown): Json | undefined {
  if (markup === undefined || markup === null) return undefined;
  if (!isJson(markup)) throw badRequest("can't parse reply keyboard markup JSON object");
  if (markup.inline_keyboard === undefined) return undefined;
  const rows = markup.inline_keyboard;
  if (!Array.isArray(rows) || !rows.every(Array.isArray))
    throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays');
  const buttons = (rows as unknown[][]).flat();
  if (buttons.length > MAX_BUTTONS) throw badRequest('reply markup is too long');
  for (const button of buttons) checkButton(button);
  return markup;
}

function checkButton(button: unknown): void {
  if (!isJson(button) || typeof button.text !== 'string')
    throw badRequest("can't parse inline keyboard button: Text must be a String");
  if (!BUTTON_ACTIONS.some((key) => button[key] !== undefined)) {
    throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
  }
  const data = button.callback_data;
  if (data !== undefined) {
    const bytes = typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : 0;
    if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) throw badRequest('BUTTON_DATA_INVALID');
  }
}

/** Reads a required integer parameter. */
export function requiredInt(p: Json, key: string, missing: string): number {
  const value = optionalInt(p, key);
  if (value === undefined) throw badRequest(missing);
  return value;
}

/** Reads an optional integer parameter, accepting numeric strings from form bodies. */
export function optionalInt(p: Json, key: string): number | undefined {
  const raw = p[key];
  const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
}
