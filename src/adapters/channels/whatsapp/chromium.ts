import { accessSync, constants } from 'node:fs';
import { WhatsAppError } from './errors.js';

/** Throws WhatsAppError 'chromium_missing' with the fix in its message when no browser is at `chromiumPath`. */
export function checkChromium(chromiumPath: string): void {
  try {
    accessSync(chromiumPath, constants.X_OK);
  } catch {
    throw new WhatsAppError(
      'chromium_missing',
      `Chromium was not found at ${chromiumPath}: install it with "apt-get install chromium" (Debian) or set CHROMIUM_PATH to the browser`,
      'launch',
    );
  }
}
