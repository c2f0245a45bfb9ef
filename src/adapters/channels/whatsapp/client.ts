import path from 'node:path';
// whatsapp-web.js is CommonJS: under plain Node ESM only the default import works; `import { Client }`
// passes under vitest and crashes in production (tests/adapters/channels/whatsapp/import.test.ts guards this).
import wa from 'whatsapp-web.js';
import { checkChromium } from './chromium.js';
import type { WaClientFactory, WaClientLike } from './wa-client.js';

const { Client, LocalAuth } = wa;

/** Represents what the real client needs from the configuration. */
export interface RealClientOptions {
  /** Debian's chromium (CHROMIUM_PATH); puppeteer never downloads a browser (.puppeteerrc.cjs). */
  readonly chromiumPath: string;
  /** LocalAuth's folder (WHATSAPP_SESSION_DIR); the session lives in `<dir>/session-peerline`. */
  readonly sessionDir: string;
  /** The bot's own number, digits only, to pair by code instead of QR (WHATSAPP_PAIRING_PHONE). */
  readonly pairingPhone?: string | undefined;
}

/** Chromium flags for a server: no sandbox (runs as root), no GPU, no background traffic to Google. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
] as const;

/**
 * Creates the factory of real whatsapp-web.js clients: LocalAuth (clientId
 * `peerline`), headless Debian Chromium, and pairing by phone-number code
 * when a number is given (the library then emits `code` instead of `qr`).
 * Each call checks Chromium first, so installing it later needs no restart.
 * Official reference: https://docs.wwebjs.dev/Client.html
 */
export function realClientFactory(options: RealClientOptions): WaClientFactory {
  return () => {
    checkChromium(options.chromiumPath);
    const client = new Client({
      authStrategy: new LocalAuth({ clientId: 'peerline', dataPath: path.resolve(options.sessionDir) }),
      puppeteer: { executablePath: options.chromiumPath, headless: true, args: [...CHROMIUM_ARGS] },
      ...(options.pairingPhone
        ? { pairWithPhoneNumber: { phoneNumber: options.pairingPhone, showNotification: true } }
        : {}),
    });
    // The library's overloaded `on` signatures do not unify with WaClientLike's generic one; the shapes are
    // the library's own (wa-client.ts), and the fake client in tests implements the same interface.
    return client as unknown as WaClientLike;
  };
}
