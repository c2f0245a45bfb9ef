import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mountSimulator } from '../adapters/channels/simulator/simulator.js';
import { TelegramChannel } from '../adapters/channels/telegram/adapter.js';
import type { SenderOptions } from '../adapters/channels/telegram/sender.js';
import { createWhatsAppChannel, type WhatsAppOverrides } from '../adapters/channels/whatsapp/channel.js';
import { HttpServer } from '../adapters/http/http-server.js';
import { mountHealth } from '../adapters/ops/health.js';
import { Metrics } from '../adapters/ops/metrics.js';
import { IdentityCipher } from '../adapters/store/identity-cipher.js';
import { openStore } from '../adapters/store/open-store.js';
import { engineServices, openFeatureRepos, wireFeatures, type Features, type FeatureStore } from '../features/index.js';
import type { ContentSet } from '../kernel/content/content-set.js';
import { Conversations } from '../kernel/conversation/conversations.js';
import { createLogger, type Logger } from '../kernel/log.js';
import type { ChannelPort } from '../kernel/ports/channel.js';
import { systemClock, type Clock } from '../kernel/ports/clock.js';
import type { StaffDesk } from '../kernel/staff/desk.js';
import { STAFF_SYSTEM_MESSAGES } from '../kernel/staff/messages.js';
import { ConfigError, simulatorEnabled, type Config } from './config.js';
import { loadKnownContent } from './known.js';
import { featureSettings, whatsappSettings } from './settings.js';

/** The project root (where flows/ and locales/ live). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Represents what tests and the bench may inject; the process uses the defaults. */
export interface ComposeOptions {
  readonly log?: Logger;
  readonly clock?: Clock;
  /** The content root (default: CONTENT_DIR under the project root). */
  readonly root?: string;
  /** WhatsApp test doubles: a fake client factory, a staff-notice spy, fast timings. */
  readonly whatsapp?: WhatsAppOverrides;
  /** Telegram pacing beyond what the config allows (the bench measures software, not Telegram's limits). */
  readonly telegramSender?: Partial<SenderOptions>;
}

/**
 * Represents Peerline wired from one configuration: the same pieces for
 * `npm start` (with channels and HTTP) and every CLI (without them).
 */
export interface Peerline {
  readonly config: Config;
  readonly log: Logger;
  readonly clock: Clock;
  readonly content: ContentSet;
  readonly cipher: IdentityCipher;
  readonly store: FeatureStore;
  readonly conversations: Conversations;
  readonly features: Features;
  /** The configured channels (none for a CLI). */
  readonly channels: readonly ChannelPort[];
  /** Stops the features and closes the database (a CLI's last step; `npm start` stops through Running). */
  close(): Promise<void>;
}

/**
 * Opens the encrypted store at DATABASE_PATH with DATA_KEY (or the
 * simulator's generated key) and every feature's repositories on it.
 */
export async function openData(config: Config, log: Logger): Promise<{ cipher: IdentityCipher; store: FeatureStore }> {
  const cipher = new IdentityCipher(dataKey(config, log));
  const shared = await openStore(config.DATABASE_PATH, cipher);
  return { cipher, store: { ...shared, ...openFeatureRepos(shared.db, cipher) } };
}

/**
 * Wires content, store, conversation and features from the configuration,
 * without any channel: what `npm run purge` and the other CLIs run, and the
 * core `npm start` adds channels to (compose.test.ts checks that every
 * setting reaches the features the same way in both).
 */
export async function compose(
  config: Config,
  options: ComposeOptions & {
    channels?: (core: Omit<Peerline, 'features' | 'channels' | 'close'>) => {
      channels: ChannelPort[];
      desk: StaffDesk | undefined;
    };
  } = {},
): Promise<Peerline> {
  const log = options.log ?? createLogger(config.LOG_LEVEL);
  const clock = options.clock ?? systemClock;
  const root = options.root ?? path.resolve(PROJECT_ROOT, config.CONTENT_DIR);
  const content = loadKnownContent(root, {
    onProblem: (p) => log.warn({ key: p.key, locale: p.locale, reason: p.reason }, 'translation problem'),
  });
  const { cipher, store } = await openData(config, log);
  const conversations = new Conversations(content, store.contacts, store.sessions, clock, engineServices);
  // An action no feature carries out is a wiring bug: it is logged (and the node still answers).
  conversations.log = log;
  const core = { config, log, clock, content, cipher, store, conversations };
  const { channels, desk } = options.channels?.(core) ?? { channels: [], desk: undefined };
  const features = wireFeatures({
    content,
    store,
    conversations,
    channels,
    desk,
    clock,
    log,
    settings: featureSettings(config),
    staffHash: (id) => cipher.lookup('staff', id).toString('base64url'),
  });
  return {
    ...core,
    features,
    channels,
    close: async () => {
      await features.stop();
      await store.close();
    },
  };
}

/** Represents a running Peerline: what tests and the process need to stop it. */
export interface Running extends Peerline {
  readonly http: HttpServer;
  /** Counters and gauges behind GET /metrics; adapters and features report to it. */
  readonly metrics: Metrics;
  /** The port HTTP listens on (0 when nothing is served). */
  readonly port: number;
  stop(): Promise<void>;
}

/**
 * Starts Peerline: the composed core, then every configured channel, the
 * staff desk and the HTTP server. The only place that knows the channel
 * adapters.
 */
export async function startPeerline(config: Config, options: ComposeOptions = {}): Promise<Running> {
  const log = options.log ?? createLogger(config.LOG_LEVEL);
  const http = new HttpServer(log);
  const metrics = new Metrics({ processMetrics: true, log });
  let telegram: TelegramChannel | undefined;
  const simulator = simulatorEnabled(config);
  const peerline = await compose(config, {
    ...options,
    log,
    channels: (core) => {
      const channels: ChannelPort[] = [];
      // /healthz and /metrics are always served on PORT; health reads `channels` per request.
      mountHealth(http, { db: core.store.db, channels, metrics });
      if (simulator)
        mountSimulator(http, { conversations: core.conversations, translator: core.content.translator, log: core.log });
      if (config.TELEGRAM_BOT_TOKEN) channels.push((telegram = telegramChannel(config, core, http, options)));
      // The staff group is a Telegram forum supergroup, for Telegram and WhatsApp users alike.
      const desk = telegram?.staffDesk({ perMinute: config.STAFF_GROUP_PER_MINUTE });
      if (config.WHATSAPP_ENABLED) channels.push(whatsappChannel(config, core, desk, options));
      return { channels, desk };
    },
  });
  const { store, features, channels, conversations, content } = peerline;
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
  return { ...peerline, http, metrics, port, stop, close: stop };
}

type Core = Omit<Peerline, 'features' | 'channels' | 'close'>;

function telegramChannel(config: Config, core: Core, http: HttpServer, options: ComposeOptions): TelegramChannel {
  const webhook = config.TELEGRAM_WEBHOOK_URL
    ? { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET ?? '' }
    : undefined;
  return new TelegramChannel({
    token: config.TELEGRAM_BOT_TOKEN ?? '',
    ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
    ...(webhook ? { webhook } : {}),
    ...(config.STAFF_CHAT_ID ? { staffChatId: config.STAFF_CHAT_ID } : {}),
    http,
    conversations: core.conversations,
    updates: core.store.updates,
    contacts: core.store.contacts,
    trail: core.store.chatMessages,
    translator: core.content.translator,
    locales: core.content.settings.locales.enabled,
    defaultLocale: core.content.settings.locales.default,
    log: core.log,
    clock: core.clock,
    sender: { globalRate: config.TELEGRAM_GLOBAL_RATE, chatRate: config.TELEGRAM_CHAT_RATE, ...options.telegramSender },
  });
}

function whatsappChannel(
  config: Config,
  core: Core,
  desk: StaffDesk | undefined,
  options: ComposeOptions,
): ChannelPort {
  const { log, content, cipher } = core;
  // Message ids embed the sender's number: keep only a keyed hash of them (processed_updates is not encrypted).
  const updateKey = (id: string) => cipher.lookup('whatsapp-message', id).toString('base64url');
  // Staff are told pairing is needed (in the group's General topic); the QR itself never leaves the terminal.
  const notifyStaff = (kind: string) => {
    log.warn({ kind }, 'whatsapp: staff action needed: someone with the bot phone must pair it (see the terminal)');
    const id = kind === 'logged_out' ? STAFF_SYSTEM_MESSAGES.whatsappLoggedOut : STAFF_SYSTEM_MESSAGES.whatsappPairing;
    void desk
      ?.announce(content.translator.t(content.settings.locales.default, id))
      .catch((err: unknown) => log.warn({ err }, 'could not tell staff about WhatsApp'));
  };
  return createWhatsAppChannel(
    whatsappSettings(config),
    {
      conversations: core.conversations,
      translator: content.translator,
      contacts: core.store.contacts,
      updates: core.store.updates,
      trail: core.store.chatMessages,
      clock: core.clock,
      log,
      updateKey,
      notifyStaff,
    },
    options.whatsapp,
  );
}

/**
 * Returns DATA_KEY. With no key, the simulator's key is used from the data
 * folder (made on first use, and a warning logged) so a newcomer needs no
 * set-up; real channels refuse to start without a key (config.ts).
 */
function dataKey(config: Config, log: Logger): string {
  if (config.DATA_KEY) return config.DATA_KEY;
  const file = path.join(path.dirname(path.resolve(config.DATABASE_PATH)), 'simulator.key');
  if (!existsSync(file)) {
    if (existsSync(config.DATABASE_PATH))
      throw new ConfigError('DATA_KEY: required (the key the database was written with)');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  log.warn(
    { file },
    'DATA_KEY is not set: using a generated key for the simulator only; set DATA_KEY before running a real channel',
  );
  return readFileSync(file, 'utf8').trim();
}
