import { accessSync, constants } from 'node:fs';
import { setupError } from './errors.js';

/** Throws a ChannelError 'setup' with the fix as its hint when no browser is at `chromiumPath`. */
export function checkChromium(chromiumPath: string): void {
  try {
    accessSync(chromiumPath, constants.X_OK);
  } catch (err) {
    throw setupError(
      'launch',
      `Chromium was not found at ${chromiumPath}: install it with "apt-get install chromium" (Debian) or set CHROMIUM_PATH to the browser`,
      err,
    );
  }
}
