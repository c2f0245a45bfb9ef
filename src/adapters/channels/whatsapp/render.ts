import { SYSTEM_MESSAGES } from '../../../kernel/content/system-messages.js';
import type { Translator } from '../../../kernel/content/translator.js';
import type { Outgoing } from '../../../kernel/ports/channel.js';

/** WhatsApp shows long messages badly; split below this many characters, at paragraph breaks. */
export const WHATSAPP_CHUNK_CHARS = 1500;
/** The numbers kept for navigation on every screen. */
export const BACK_NUMBER = 0;
export const HOME_NUMBER = 9;

/**
 * The number shown for the option at `index` (0-based). 0 and 9 always mean
 * Back and Main menu, so a screen with more than eight options (the language
 * picker with ten languages) goes on at 10: 1–8, 10, 11, …
 */
export function optionNumber(index: number): number {
  return index < 8 ? index + 1 : index + 2;
}

/** The option index (1-based, as in a `pick` event) a typed number stands for; the inverse of {@link optionNumber}. */
export function pickIndexFor(number: number): number {
  return number < HOME_NUMBER ? number : number - 1;
}

/**
 * Renders one neutral message as WhatsApp text: options numbered 1–8, then
 * a localized hint ("0 Back · 9 Main menu"), split into chunks below
 * {@link WHATSAPP_CHUNK_CHARS}. Buttons and lists are not delivered by
 * whatsapp-web.js any more, so numbered text is the one convention.
 */
export function renderWhatsApp(out: Outgoing, translator: Translator): string[] {
  const lines: string[] = [out.text];
  if (out.options.length) lines.push(out.options.map((o, i) => `${optionNumber(i)}. ${o.label}`).join('\n'));
  if (out.kind === 'screen' && (out.options.length || out.nav.length)) {
    const hint = out.nav.length ? SYSTEM_MESSAGES.whatsappHint : SYSTEM_MESSAGES.whatsappHintHome;
    lines.push(`_${translator.t(out.locale, hint)}_`);
  }
  return splitText(lines.join('\n\n'), WHATSAPP_CHUNK_CHARS);
}

/** Splits text at paragraph breaks (then line breaks, then spaces) so that no piece exceeds `limit`. */
export function splitText(text: string, limit: number): string[] {
  if (text.length <= limit) return [text];
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    let cut = window.lastIndexOf('\n\n');
    if (cut < limit / 3) cut = window.lastIndexOf('\n');
    if (cut < limit / 3) cut = window.lastIndexOf(' ');
    if (cut < limit / 3) cut = limit;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  if (rest) pieces.push(rest);
  return pieces;
}
