import { WhatsAppAdapter, type WhatsAppDeps } from './adapter.js';
import { setupError } from './errors.js';
import type { WaClientFactory } from './wa-client.js';

/** Represents the settings the WhatsApp channel reads (src/main/config.ts documents each variable). */
export interface WhatsAppSettings {
  /** CHROMIUM_PATH */
  readonly chromiumPath: string;
  /** WHATSAPP_SESSION_DIR */
  readonly sessionDir: string;
  /** WHATSAPP_PAIRING_PHONE */
  readonly pairingPhone: string | undefined;
  /** WHATSAPP_GLOBAL_RATE, messages a second overall */
  readonly globalRate: number;
  /** WHATSAPP_CHAT_RATE, messages a second to one chat */
  readonly chatRate: number;
}

/** Represents what tests may replace when starting the channel through startPeerline (StartOptions.whatsapp). */
export type WhatsAppOverrides = Partial<
  Pick<WhatsAppDeps, 'factory' | 'notifyStaff' | 'sender' | 'timings' | 'terminal'>
>;

/**
 * Creates the WhatsApp channel from the configuration. The real client
 * factory is imported only when the first client is made, so a process
 * without WhatsApp never loads whatsapp-web.js and puppeteer, and a broken
 * install only takes WhatsApp down (health says why).
 */
export function createWhatsAppChannel(
  settings: WhatsAppSettings,
  deps: Omit<WhatsAppDeps, 'factory' | 'sender'>,
  overrides: WhatsAppOverrides = {},
): WhatsAppAdapter {
  return new WhatsAppAdapter({
    ...deps,
    ...overrides,
    factory: overrides.factory ?? lazyRealFactory(settings),
    sender: { chatRate: settings.chatRate, globalRate: settings.globalRate, ...overrides.sender },
  });
}

function lazyRealFactory(settings: WhatsAppSettings): WaClientFactory {
  let factory: WaClientFactory | undefined;
  return async () => {
    if (!factory) {
      const module = await import('./client.js').catch((cause: unknown) => {
        throw setupError('import', 'whatsapp-web.js could not be loaded; run npm ci', cause);
      });
      factory = module.realClientFactory({
        chromiumPath: settings.chromiumPath,
        sessionDir: settings.sessionDir,
        pairingPhone: settings.pairingPhone,
      });
    }
    return factory();
  };
}
