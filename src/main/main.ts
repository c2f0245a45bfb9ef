import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Conversations } from '../kernel/conversation/conversations.js';
import { mountSimulator } from '../adapters/channels/simulator/simulator.js';
import { TelegramChannel } from '../adapters/channels/telegram/adapter.js';
import type { SenderOptions } from '../adapters/channels/telegram/sender.js';
import { createWhatsAppChannel, type WhatsAppOverrides } from '../adapters/channels/whatsapp/channel.js';
import { wireFeatures, type Features } from '../features/index.js';
import { loadConfig, privacySettings, simulatorEnabled, staffAliases, ConfigError, type Config } from './config.js';
import type { ContentSet } from '../kernel/content/content-set.js';
import { ContentError, formatIssue } from '../kernel/content/issues.js';
import { loadKnownContent } from './known.js';
import { HttpServer } from '../adapters/http/http-server.js';
import { createLogger, type Logger } from '../kernel/log.js';
import { mountHealth } from '../adapters/ops/health.js';
import { Metrics } from '../adapters/ops/metrics.js';
import type { ChannelPort } from '../kernel/ports/channel.js';
import { systemClock, type Clock } from '../kernel/ports/clock.js';
import { BadKeyError, IdentityCipher } from '../adapters/store/identity-cipher.js';
import { WrongKeyError } from '../adapters/store/errors.js';
import { openStore, type Store } from '../adapters/store/open-store.js';

/** The project root (where flows/ and locales/ live). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Represents a running Peerline: what tests and the process need to stop it. */
export interface Running {
  readonly config: Config;
  readonly content: ContentSet;
  readonly store: Store;
  readonly conversations: Conversations;
  readonly channels: readonly ChannelPort[];
  readonly http: HttpServer;
  /** Counters and gauges behind GET /metrics; adapters and features report to it. */
  readonly metrics: Metrics;
  /** The port HTTP listens on (0 when nothing is served). */
  readonly port: number;
  /** Hand-off and the other features, with their staff router. */
  readonly features: Features;
  stop(): Promise<void>;
}

/** Options for tests: a logger, a clock and the content root can be injected. */
export interface StartOptions {
  readonly log?: Logger;
  readonly clock?: Clock;
  readonly root?: string;
  /** WhatsApp test doubles: a fake client factory, a staff-notice spy, fast timings. */
  readonly whatsapp?: WhatsAppOverrides;
  /** Telegram pacing beyond what the config allows (the bench measures software, not Telegram's limits). */
  readonly telegramSender?: Partial<SenderOptions>;
}

/**
 * Starts Peerline: content, store, app, then every configured channel and
 * the HTTP server. This is the only place that knows the channel adapters.
 */
export async function startPeerline(config: Config, options: StartOptions = {}): Promise<Running> {
  const log = options.log ?? createLogger(config.LOG_LEVEL);
  const clock = options.clock ?? systemClock;
  const root = options.root ?? path.resolve(PROJECT_ROOT, config.CONTENT_DIR);
  const content = loadKnownContent(root, {
    onProblem: (p) => log.warn({ key: p.key, locale: p.locale, reason: p.reason }, 'translation problem'),
  });
  const cipher = new IdentityCipher(dataKey(config, log));
  const store = await openStore(config.DATABASE_PATH, cipher);
  const conversations = new Conversations(content, store.contacts, store.sessions, clock);
  const http = new HttpServer(log);
  const channels: ChannelPort[] = [];
  // /healthz and /metrics are always served on PORT; health reads `channels` per request, so channels added below count.
  const metrics = new Metrics({ processMetrics: true, log });
  mountHealth(http, { db: store.db, channels, metrics });

  const simulator = simulatorEnabled(config);
  if (simulator) mountSimulator(http, { conversations, translator: content.translator, log });
  // CHANNELS: Telegram and WhatsApp adapters are created here.
  let telegram: TelegramChannel | undefined;
  if (config.TELEGRAM_BOT_TOKEN) {
    const webhook = config.TELEGRAM_WEBHOOK_URL
      ? { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET ?? '' }
      : undefined;
    channels.push(
      (telegram = new TelegramChannel({
        token: config.TELEGRAM_BOT_TOKEN,
        ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
        ...(webhook ? { webhook } : {}),
        ...(config.STAFF_CHAT_ID ? { staffChatId: config.STAFF_CHAT_ID } : {}),
        http,
        conversations,
        updates: store.updates,
        contacts: store.contacts,
        trail: store.chatMessages,
        translator: content.translator,
        locales: content.settings.locales.enabled,
        defaultLocale: content.settings.locales.default,
        log,
        clock,
        sender: {
          globalRate: config.TELEGRAM_GLOBAL_RATE,
          chatRate: config.TELEGRAM_CHAT_RATE,
          ...options.telegramSender,
        },
      })),
    );
  }
  // The staff group is a Telegram forum supergroup, for Telegram and WhatsApp users alike.
  const desk = telegram?.staffDesk({ perMinute: config.STAFF_GROUP_PER_MINUTE });
  if (config.WHATSAPP_ENABLED) {
    const deps = {
      conversations,
      translator: content.translator,
      contacts: store.contacts,
      updates: store.updates,
      trail: store.chatMessages,
      clock,
      log,
    };
    // Message ids embed the sender's number: keep only a keyed hash of them (processed_updates is not encrypted).
    const updateKey = (id: string) => cipher.lookup('whatsapp-message', id).toString('base64url');
    // Staff are told pairing is needed (in the group's General topic); the QR itself never leaves the terminal.
    const notifyStaff = (kind: string) => {
      log.warn({ kind }, 'whatsapp: staff action needed: someone with the bot phone must pair it (see the terminal)');
      void desk
        ?.announce(
          content.translator.t(
            content.settings.locales.default,
            kind === 'logged_out' ? 'staff-whatsapp-logged-out' : 'staff-whatsapp-pairing',
          ),
        )
        .catch((err: unknown) => log.warn({ err }, 'could not tell staff about WhatsApp'));
    };
    channels.push(createWhatsAppChannel(config, { ...deps, updateKey, notifyStaff }, options.whatsapp));
  }

  const features = wireFeatures({
    content,
    store,
    conversations,
    channels,
    desk,
    clock,
    log,
    settings: {
      handoffRemindMinutes: config.HANDOFF_REMIND_MINUTES,
      staffAliases: staffAliases(config),
      privacy: privacySettings(config),
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
    },
    staffHash: (id) => cipher.lookup('staff', id).toString('base64url'),
  });
  telegram?.onStaff((event) => features.staff.handle(event));
  conversations.onHandled = (channel) => metrics.updateReceived(channel);
  for (const channel of channels) {
    channel.onSent = (o) => {
      metrics.sent(channel.name, o.ok ? 'ok' : o.reason);
      if (!o.ok) metrics.sendError(channel.name, o.code);
    };
  }
  metrics.openCases(() => store.cases.openCount());

  const port = http.hasRoutes ? await http.listen(config.PORT, config.HOST) : 0;
  for (const channel of channels) await channel.start();
  // After the channels: the alert worker fails deliveries whose channel is not running.
  await features.start();
  metrics.alertProgress(() => features.alerts.progress());

  log.info(
    {
      channels: [...channels.map((c) => c.name), ...(simulator ? ['simulator'] : [])],
      locales: content.settings.locales.enabled,
      contentVersion: content.version,
      contentWarnings: content.warnings,
      database: config.DATABASE_PATH,
      http: port ? `http://${config.HOST}:${port}` : 'off',
    },
    'peerline started',
  );

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await features.stop();
      for (const channel of channels)
        await channel.stop().catch((err: unknown) => log.error({ err, channel: channel.name }, 'channel stop failed'));
      await http.close();
      await store.close();
      log.info('peerline stopped');
    })());
  return { config, content, store, conversations, channels, http, metrics, port, features, stop };
}

/**
 * Returns DATA_KEY. With only the simulator running and no key, one is made
 * in the data folder (and a warning logged) so a newcomer needs no set-up;
 * real channels refuse to start without a key (config.ts).
 */
function dataKey(config: Config, log: Logger): string {
  if (config.DATA_KEY) return config.DATA_KEY;
  const file = path.join(path.dirname(path.resolve(config.DATABASE_PATH)), 'simulator.key');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  log.warn(
    { file },
    'DATA_KEY is not set: using a generated key for the simulator only; set DATA_KEY before running a real channel',
  );
  return readFileSync(file, 'utf8').trim();
}

/** Runs as `npm start`: prints one clear line and exits 1 on bad configuration, content or key. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`peerline: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config.LOG_LEVEL);
  let running: Running;
  try {
    running = await startPeerline(config, { log });
  } catch (error) {
    if (error instanceof ContentError) {
      process.stderr.write(
        `peerline: the content has errors; run npm run content:check\n${error.issues
          .filter((i) => i.severity === 'error')
          .map(formatIssue)
          .join('\n')}\n`,
      );
    } else if (error instanceof WrongKeyError || error instanceof BadKeyError) {
      process.stderr.write(`peerline: ${error.message}\n`);
    } else {
      log.fatal({ err: error }, 'start failed');
    }
    process.exit(1);
  }
  if (running.port && simulatorEnabled(config)) {
    process.stdout.write(
      `\nPeerline simulator: open http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${running.port}/ in your browser\n\n`,
    );
  }
  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    void running.stop().then(() => process.exit(0));
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  void main();
}
