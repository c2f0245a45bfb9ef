import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Schema of the environment; every variable is documented in the README's configuration table. */
export const configSchema = z.object({
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]+$/, 'a bot token from @BotFather, like 123456:ABC-def')
    .optional(),
  TELEGRAM_API_ROOT: z.url({ message: 'a URL such as http://127.0.0.1:8081' }).optional(),
  TELEGRAM_WEBHOOK_URL: z.url({ message: 'an https URL Telegram can reach' }).optional(),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, '16–256 characters of A-Z, a-z, 0-9, _ or -')
    .optional(),
  TELEGRAM_GLOBAL_RATE: z.coerce.number({ message: 'messages per second, like 25' }).positive().max(1000).default(25),
  TELEGRAM_CHAT_RATE: z.coerce
    .number({ message: 'messages per second to one chat, like 1' })
    .positive()
    .max(1000)
    .default(1),
  STAFF_CHAT_ID: z
    .string()
    .regex(/^-100\d+$/, 'the id of a forum supergroup, like -1001234567890')
    .optional(),
  DATABASE_PATH: z.string().min(1).default('./data/peerline.db'),
  DATA_KEY: z.string().optional(),
  PORT: z.coerce.number({ message: 'a port number' }).int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  SIMULATOR: bool.optional(),
  WHATSAPP_ENABLED: bool.default(false),
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  WHATSAPP_SESSION_DIR: z.string().min(1).default('./data/whatsapp-session'),
  WHATSAPP_PAIRING_PHONE: z
    .string()
    .transform((v) => v.replace(/[\s()+-]/g, ''))
    .pipe(z.string().regex(/^\d{8,15}$/, "the bot's own WhatsApp number in international format, like +1 416 555 0123"))
    .optional(),
  WHATSAPP_GLOBAL_RATE: z.coerce.number({ message: 'messages per second, like 10' }).positive().max(80).default(10),
  WHATSAPP_CHAT_RATE: z.coerce
    .number({ message: 'messages per second to one chat, like 1' })
    .positive()
    .max(10)
    .default(1),
  HANDOFF_REMIND_MINUTES: z.coerce
    .number({ message: 'a number of minutes, like 10' })
    .int()
    .min(1)
    .max(24 * 60)
    .default(10),
  STAFF_ALIASES: z
    .string()
    .regex(/^\d+=[^,=]{1,32}(,\d+=[^,=]{1,32})*$/, 'userId=Alias pairs separated by commas, like 12345=Ana,67890=Bo')
    .optional(),
  STAFF_GROUP_PER_MINUTE: z.coerce
    .number({ message: 'messages a minute into the staff group, like 20' })
    .int()
    .min(1)
    .max(60)
    .default(20),
  CALLBACK_REVEAL_MINUTES: z.coerce
    .number({ message: 'a number of minutes, like 10' })
    .int()
    .min(1)
    .max(60)
    .default(10),
  CALLBACK_REMIND_HOURS: z.coerce
    .number({ message: 'a number of hours, like 4' })
    .int()
    .min(1)
    .max(7 * 24)
    .default(4),
  CALLBACK_RETENTION_DAYS: z.coerce.number({ message: 'days, like 14' }).int().min(1).max(3650).default(14),
  RATE_LIMIT_PER_MINUTE: z.coerce
    .number({ message: 'updates one person may send in a minute, like 20' })
    .int()
    .min(5)
    .max(600)
    .default(20),
  RATE_LIMIT_COOLDOWN_MINUTES: z.coerce
    .number({ message: 'minutes someone over the rate limit is ignored, like 5' })
    .int()
    .min(1)
    .max(24 * 60)
    .default(5),
  RETENTION_INACTIVE_DAYS: z.coerce.number({ message: 'days, like 180' }).int().min(1).max(3650).default(180),
  RETENTION_SESSION_DAYS: z.coerce.number({ message: 'days, like 30' }).int().min(1).max(3650).default(30),
  RETENTION_CASE_DAYS: z.coerce.number({ message: 'days, like 30' }).int().min(1).max(3650).default(30),
  RETENTION_UPDATES_DAYS: z.coerce.number({ message: 'days, like 7' }).int().min(1).max(365).default(7),
  ALERT_APPROVALS: z.coerce.number({ message: 'a number of staff members, like 2' }).int().min(1).max(5).default(2),
  ALERT_RATE_TELEGRAM: z.coerce
    .number({ message: 'alert messages per second, like 25' })
    .positive()
    .max(30)
    .default(25),
  ALERT_RATE_WHATSAPP: z.coerce.number({ message: 'alert messages per second, like 5' }).positive().max(80).default(5),
  ALERT_RETENTION_DAYS: z.coerce.number({ message: 'days, like 30' }).int().min(1).max(3650).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CONTENT_DIR: z.string().default('.'),
});

/** Represents the validated configuration. */
export type Config = z.infer<typeof configSchema>;

/** Represents an environment that cannot run the bot; its message names the variable and what is expected. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError with one line per bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: expected ${i.message}`);
    throw new ConfigError(`invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const config = parsed.data;
  if (config.TELEGRAM_BOT_TOKEN && !config.DATA_KEY) {
    throw new ConfigError(
      "DATA_KEY: required when a real channel runs (TELEGRAM_BOT_TOKEN is set). It encrypts the identities of the people using the line; make one with: node -e \"console.log(require('crypto').randomBytes(32).toString('base64'))\"",
    );
  }
  if (config.TELEGRAM_WEBHOOK_URL && !config.TELEGRAM_WEBHOOK_SECRET) {
    throw new ConfigError(
      'TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_WEBHOOK_URL is set (Telegram sends it with every update, so forged updates are refused); 16–256 characters of A-Z, a-z, 0-9, _ or -',
    );
  }
  if (config.WHATSAPP_ENABLED && !config.DATA_KEY) {
    throw new ConfigError('DATA_KEY: required when WHATSAPP_ENABLED=true (see README, Configuration)');
  }
  return config;
}

/** True when the browser simulator should run: by default when no real channel is configured. */
export function simulatorEnabled(config: Config): boolean {
  return config.SIMULATOR ?? (!config.TELEGRAM_BOT_TOKEN && !config.WHATSAPP_ENABLED);
}
