/**
 * Button data: what a tapped button sends back. It names the screen the
 * button was on and the option key, so the engine can check it against the
 * person's current state. Shared by the Telegram renderer and the content
 * check (which measures it against Telegram's 64-byte limit).
 */
const SEPARATOR = '|';

/** Encodes a button as `<screen>|<key>`. */
export function encodeButton(screen: string, key: string): string {
  return `${screen}${SEPARATOR}${key}`;
}

/** Decodes button data; anything malformed gives `null` (answered as "not understood"). */
export function decodeButton(data: unknown): { from: string; key: string } | null {
  if (typeof data !== 'string' || data.length > 64) return null;
  const at = data.indexOf(SEPARATOR);
  if (at <= 0 || at === data.length - 1) return null;
  return { from: data.slice(0, at), key: data.slice(at + 1) };
}
