import { engineServices } from '../../../../src/features/index.js';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, vi } from 'vitest';
import { Conversations } from '../../../../src/kernel/conversation/conversations.js';
import { TelegramChannel, type TelegramChannelOptions } from '../../../../src/adapters/channels/telegram/adapter.js';
import { loadConfig } from '../../../../src/main/config.js';
import type { ContentSet } from '../../../../src/kernel/content/content-set.js';
import { loadKnownContent as loadContent } from '../../../../src/main/known.js';
import { HttpServer } from '../../../../src/adapters/http/http-server.js';
import { createLogger } from '../../../../src/kernel/log.js';
import { PROJECT_ROOT, startPeerline, type Running } from '../../../../src/main/compose.js';
import { systemClock } from '../../../../src/kernel/ports/clock.js';
import { IdentityCipher } from '../../../../src/adapters/store/identity-cipher.js';
import type { FeatureStore as Store } from '../../../../src/features/index.js';
import type { ApiCall, FakeBotApi, FakeUserRef } from '../../../helpers/fake-bot-api.js';
import { openTestStore } from '../../../helpers/index.js';

/** The bot token every Telegram test uses; the fake accepts any token unless told otherwise. */
export const TOKEN = '123456:TEST-peerline';

/** Represents a temporary data folder with a database path and a key, removed by `cleanup`. */
export interface TempData {
  readonly dir: string;
  readonly dbPath: string;
  readonly dataKey: string;
  cleanup(): void;
}

/** Makes a fresh data folder under the OS temp dir, with a random DATA_KEY. */
export function tempData(): TempData {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'peerline-tg-'));
  return {
    dir,
    dbPath: path.join(dir, 'peerline.db'),
    dataKey: randomBytes(32).toString('base64'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Starts Peerline the way `npm start` does, long polling the fake. Pacing (and
 * the per-person rate limit) is raised far above Telegram's limits so menu walks run fast; tests about
 * pacing and retries construct the sender themselves.
 */
export async function startBot(fake: FakeBotApi, data: TempData, env: Record<string, string> = {}): Promise<Running> {
  const config = loadConfig({
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_PATH: data.dbPath,
    DATA_KEY: data.dataKey,
    PORT: '0',
    SIMULATOR: 'false',
    TELEGRAM_GLOBAL_RATE: '1000',
    TELEGRAM_CHAT_RATE: '1000',
    // Menu walks tap far faster than a person: the per-person rate limit (tests/features/privacy/guard.test.ts) is lifted.
    RATE_LIMIT_PER_MINUTE: '600',
    ...env,
  });
  const running = await startPeerline(config, { log: createLogger('silent') });
  if (!config.TELEGRAM_WEBHOOK_URL)
    await vi.waitFor(() => expect(fake.pollCount).toBeGreaterThan(0), { timeout: 3000, interval: 10 });
  return running;
}

/** What the person sees arrive: messages sent to the chat and edits of its messages (failed edits too, e.g. "not modified"). */
export function outputsTo(fake: FakeBotApi, chatId: number): ApiCall[] {
  return fake.calls.filter(
    (c) =>
      String(c.payload.chat_id) === String(chatId) &&
      ((c.method === 'sendMessage' && c.ok) || c.method === 'editMessageText'),
  );
}

/** Represents one screen as the person sees it after an answer. */
export interface Seen {
  readonly call: ApiCall;
  readonly method: string;
  readonly text: string;
  /** The message showing it (the edited one, or the new one). */
  readonly messageId: number;
  readonly buttons: { text: string; callback_data: string }[];
}

/** Reads a recorded send or edit as what the person sees. */
export function seen(call: ApiCall): Seen {
  const markup = call.payload.reply_markup as
    { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined;
  const messageId =
    call.method === 'editMessageText'
      ? Number(call.payload.message_id)
      : Number((call.result as { message_id: number }).message_id);
  return {
    call,
    method: call.method,
    text: String(call.payload.text),
    messageId,
    buttons: markup?.inline_keyboard?.flat() ?? [],
  };
}

/** Does `act` and waits until the chat has received `count` more outputs; returns them. */
export async function answers(fake: FakeBotApi, chatId: number, act: () => unknown, count = 1): Promise<Seen[]> {
  const before = outputsTo(fake, chatId).length;
  await act();
  await fake.waitFor(() => outputsTo(fake, chatId).length >= before + count, 5000);
  return outputsTo(fake, chatId).slice(before).map(seen);
}

/** Sends a text as `user` and returns the one answer. */
export async function say(fake: FakeBotApi, user: FakeUserRef, text: string): Promise<Seen> {
  return (await answers(fake, user.id, () => fake.userSends(user, text)))[0]!;
}

/** Taps the button labelled with data `data` on message `messageId` and returns the one answer. */
export async function tap(fake: FakeBotApi, user: FakeUserRef, messageId: number, data: string): Promise<Seen> {
  return (await answers(fake, user.id, () => fake.userTaps(user, messageId, data)))[0]!;
}

/** Finds a button by its data's key (the part after `|`). */
export function buttonFor(screen: Seen, key: string): string {
  const button = screen.buttons.find((b) => b.callback_data.endsWith(`|${key}`));
  if (!button)
    throw new Error(`no button ${key} on screen; it has ${screen.buttons.map((b) => b.callback_data).join(', ')}`);
  return button.callback_data;
}

/** /start, then the language; returns the main menu. */
export async function onboard(fake: FakeBotApi, user: FakeUserRef, locale: string): Promise<Seen> {
  const picker = await say(fake, user, '/start');
  return tap(fake, user, picker.messageId, buttonFor(picker, `lang:${locale}`));
}

/** Represents a TelegramChannel built by hand (for options `npm start` does not expose, like fast retry waits). */
export interface DirectBot {
  readonly channel: TelegramChannel;
  readonly store: Store;
  readonly http: HttpServer;
  readonly content: ContentSet;
  stop(): Promise<void>;
}

/** Wires content, store, Conversations and a TelegramChannel the way main.ts does, with `options` on top. */
export async function startChannel(
  fake: FakeBotApi,
  data: TempData,
  options: Partial<TelegramChannelOptions> = {},
): Promise<DirectBot> {
  const log = createLogger('silent');
  const content = loadContent(PROJECT_ROOT);
  const store = await openTestStore(data.dbPath, new IdentityCipher(data.dataKey));
  const conversations = new Conversations(content, store.contacts, store.sessions, systemClock, engineServices);
  const http = new HttpServer(log);
  const channel = new TelegramChannel({
    token: TOKEN,
    apiRoot: fake.apiRoot,
    http,
    conversations,
    updates: store.updates,
    contacts: store.contacts,
    translator: content.translator,
    locales: content.settings.locales.enabled,
    defaultLocale: content.settings.locales.default,
    log,
    sender: { globalRate: 1000, chatRate: 1000 },
    ...options,
  });
  if (http.hasRoutes) await http.listen(0, '127.0.0.1');
  try {
    await channel.start();
  } catch (error) {
    await http.close();
    await store.close();
    throw error;
  }
  if (!options.webhook)
    await vi.waitFor(() => expect(fake.pollCount).toBeGreaterThan(0), { timeout: 3000, interval: 10 });
  return {
    channel,
    store,
    http,
    content,
    stop: async () => {
      await channel.stop();
      await http.close();
      await store.close();
    },
  };
}
