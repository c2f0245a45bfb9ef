import type { RelayContent } from '../../kernel/staff/desk.js';

/**
 * The longest text (in characters) passed on to staff from one message. A
 * person writing more is cut, with a marker, so one message cannot fill the
 * staff topic (Telegram itself allows 4096; WhatsApp much more).
 */
export const MAX_RELAY_CHARS = 2000;

/**
 * Cuts the text (or caption) of what is relayed to `max` characters, never
 * through a surrogate pair, and appends `marker` (e.g. "✂️ cut at 2000
 * characters", in the staff's language). Copies and media pass unchanged
 * apart from their caption.
 */
export function limitRelay(content: RelayContent, marker: string, max = MAX_RELAY_CHARS): RelayContent {
  if (content.kind === 'text')
    return [...content.text].length > max ? { kind: 'text', text: cut(content.text, max, marker) } : content;
  if (content.kind === 'media' && content.caption !== undefined && [...content.caption].length > max) {
    return { ...content, caption: cut(content.caption, max, marker) };
  }
  return content;
}

function cut(text: string, max: number, marker: string): string {
  return `${Array.from(text).slice(0, max).join('')}\n${marker}`;
}
