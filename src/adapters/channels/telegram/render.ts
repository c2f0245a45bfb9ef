import type { InlineKeyboardButton } from '@grammyjs/types';
import { encodeButton } from './button-data.js';
import type { Outgoing } from '../../../kernel/ports/channel.js';

/** Represents an inline keyboard button as the Bot API takes it. */
export type InlineButton = InlineKeyboardButton.CallbackButton;

/** Represents a message ready for sendMessage / editMessageText (no chat id: the adapter adds it). */
export interface TelegramPayload {
  readonly text: string;
  /** Only callback buttons: every button here answers with its data (an InlineKeyboardMarkup for the Bot API). */
  readonly reply_markup?: { readonly inline_keyboard: InlineButton[][] };
  /** True when this screen may replace the menu message the person tapped. */
  readonly editable: boolean;
}

/** Buttons whose labels are this short share a row (two per row), to keep menus compact. */
const SHORT_LABEL = 14;

/**
 * Renders one neutral message as a Telegram message with an inline keyboard.
 * Pure (no telegraf import) so the simulator shows exactly what Telegram users see.
 * Official reference: https://core.telegram.org/bots/api#inlinekeyboardmarkup
 */
export function renderTelegram(out: Outgoing): TelegramPayload {
  const screen = out.screen ?? '';
  const optionRows = packShortRows(
    out.options.map((o) => [{ text: o.label, callback_data: encodeButton(screen, o.key) }]),
  );
  const nav = out.nav.map((n) => ({ text: n.label, callback_data: encodeButton(screen, n.key) }));
  const compact = nav.length ? [...optionRows, nav] : optionRows;
  return {
    text: out.text,
    ...(compact.length ? { reply_markup: { inline_keyboard: compact } } : {}),
    editable: out.display === 'menu',
  };
}

function packShortRows(rows: InlineButton[][]): InlineButton[][] {
  const flat = rows.map((r) => r[0]!).filter(Boolean);
  if (!flat.every((b) => [...b.text].length <= SHORT_LABEL) || flat.length < 4) return rows;
  const packed: InlineButton[][] = [];
  for (let i = 0; i < flat.length; i += 2) packed.push(flat.slice(i, i + 2));
  return packed;
}
