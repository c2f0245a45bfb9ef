import type { Config } from '../../../main/config.js';
import { WhatsAppAdapter, type WhatsAppDeps } from './adapter.js';
import { setupError } from './errors.js';
import type { WaClientFactory } from './wa-client.js';

/** The settings the WhatsApp channel reads (src/main/config.ts documents each). */
export type WhatsAppConfig = Pick<
  Config,
  'CHROMIUM_PATH' | 'WHATSAPP_SESSION_DIR' | 'WHATSAPP_PAIRING_PHONE' | 'WHATSAPP_GLOBAL_RATE' | 'WHATSAPP_CHAT_RATE'
>;

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
  config: WhatsAppConfig,
  deps: Omit<WhatsAppDeps, 'factory' | 'sender'>,
  overrides: WhatsAppOverrides = {},
): WhatsAppAdapter {
  return new WhatsAppAdapter({
    ...deps,
    ...overrides,
    factory: overrides.factory ?? lazyRealFactory(config),
    sender: { chatRate: config.WHATSAPP_CHAT_RATE, globalRate: config.WHATSAPP_GLOBAL_RATE, ...overrides.sender },
  });
}

function lazyRealFactory(config: WhatsAppConfig): WaClientFactory {
  let factory: WaClientFactory | undefined;
  return async () => {
    if (!factory) {
      const module = await import('./client.js').catch((cause: unknown) => {
        throw setupError('import', 'whatsapp-web.js could not be loaded; run npm ci', cause);
      });
      factory = module.realClientFactory({
        chromiumPath: config.CHROMIUM_PATH,
        sessionDir: config.WHATSAPP_SESSION_DIR,
        pairingPhone: config.WHATSAPP_PAIRING_PHONE,
      });
    }
    return factory();
  };
}
