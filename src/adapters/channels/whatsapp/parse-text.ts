import type { Event } from '../../../kernel/engine/types.js';
import { BACK_NUMBER, HOME_NUMBER, pickIndexFor } from './render.js';

const KEYCAP = /\u20E3/g;
const VARIATION = /\uFE0F/g;
/** Full-width and other Unicode decimal digits become ASCII through NFKC; keycap emoji (1️⃣) lose their marks. */
function normaliseDigits(text: string): string {
  return text
    .normalize('NFKC')
    .replace(KEYCAP, '')
    .replace(VARIATION, '')
    .replace(/\u{1F51F}/gu, '10');
}

/**
 * Reads a typed WhatsApp reply: a bare number, a number with punctuation
 * ("2.", "(2)", "#2") or an emoji digit ("2️⃣") picks an option; 0 is Back
 * and 9 is Main menu; 10 and up pick the ninth option and on (see optionNumber). Anything else is text for the engine (which matches
 * keywords or answers "not understood").
 */
export function parseWhatsAppText(text: string): Event {
  const cleaned = normaliseDigits(text).trim();
  const match = /^[\s#([{]*(\d{1,2})[\s.)\]}:,!-]*$/u.exec(cleaned);
  if (match) {
    const n = Number(match[1]);
    if (n === BACK_NUMBER) return { type: 'command', name: 'back' };
    if (n === HOME_NUMBER) return { type: 'command', name: 'menu' };
    return { type: 'pick', index: pickIndexFor(n) };
  }
  return { type: 'text', text };
}
