import type { WhatsAppSettings } from '../adapters/channels/whatsapp/channel.js';
import type { FeatureSettings } from '../features/index.js';
import type { Config } from './config.js';

/**
 * Derives every feature's settings from the configuration. The defaults live
 * in the configuration schema only (README, Configuration), so `npm start`
 * and every CLI get the same values (a purge that ignored
 * CALLBACK_RETENTION_DAYS once deleted requests too early:
 * tests/main/compose.test.ts).
 */
export function featureSettings(config: Config): FeatureSettings {
  return {
    staffAliases: staffAliases(config),
    handoff: { remindAfterMinutes: config.HANDOFF_REMIND_MINUTES },
    callbacks: {
      revealMinutes: config.CALLBACK_REVEAL_MINUTES,
      remindHours: config.CALLBACK_REMIND_HOURS,
      retentionDays: config.CALLBACK_RETENTION_DAYS,
    },
    alerts: {
      approvals: config.ALERT_APPROVALS,
      rates: { telegram: config.ALERT_RATE_TELEGRAM, whatsapp: config.ALERT_RATE_WHATSAPP },
      retentionDays: config.ALERT_RETENTION_DAYS,
    },
    privacy: {
      guard: { perMinute: config.RATE_LIMIT_PER_MINUTE, cooldownMinutes: config.RATE_LIMIT_COOLDOWN_MINUTES },
      retention: {
        inactiveContactDays: config.RETENTION_INACTIVE_DAYS,
        sessionDays: config.RETENTION_SESSION_DAYS,
        closedCaseDays: config.RETENTION_CASE_DAYS,
        processedUpdateDays: config.RETENTION_UPDATES_DAYS,
      },
    },
  };
}

/** Reads STAFF_ALIASES ("12345=Ana,67890=Bo") into a map of Telegram user id to display name. */
export function staffAliases(config: Config): Map<string, string> {
  return new Map(
    (config.STAFF_ALIASES ?? '')
      .split(',')
      .filter(Boolean)
      .map((pair) => pair.split('=') as [string, string]),
  );
}

/** The WhatsApp channel's settings (CHROMIUM_PATH, WHATSAPP_*). */
export function whatsappSettings(config: Config): WhatsAppSettings {
  return {
    chromiumPath: config.CHROMIUM_PATH,
    sessionDir: config.WHATSAPP_SESSION_DIR,
    pairingPhone: config.WHATSAPP_PAIRING_PHONE,
    globalRate: config.WHATSAPP_GLOBAL_RATE,
    chatRate: config.WHATSAPP_CHAT_RATE,
  };
}
