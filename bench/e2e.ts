import { Telegraf } from 'telegraf';
import { loadConfig } from '../src/main/config.js';
import { createLogger } from '../src/kernel/log.js';
import { startPeerline, type Running } from '../src/main/compose.js';
import { FakeBotApi, type FakeUserRef } from '../tests/helpers/fake-bot-api.js';
import { baseEnv, figure, median, nowMs, scratch, until, type Scratch, type SectionResult } from './lib.js';

/** Represents the sizes of the end-to-end section. */
export interface E2eOptions {
  /** Distinct Telegram users (private chats), so per-chat pacing never dominates. */
  readonly users: number;
  /** Messages each user sends per round; they are queued round-robin, so a poll's batch holds many chats. */
  readonly perUser: number;
  /** Rounds per bot, alternating echo and Peerline; each bot's median round counts. */
  readonly rounds: number;
}

/** Full-run sizes. */
export const E2E_FULL: E2eOptions = { users: 500, perUser: 6, rounds: 3 };
/** `--quick` sizes. */
export const E2E_QUICK: E2eOptions = { users: 100, perUser: 3, rounds: 1 };

const TOKEN = '123456:BENCH-peerline';
/**
 * Pacing for this figure only, far above Telegram's ~30 messages/s so that software is what is measured:
 * beyond the config's maximum (1,000/s), through startPeerline's `telegramSender` option.
 */
const RAISED_RATE = 100_000;

/**
 * Runs the real Telegram channel (startPeerline, long polling, paced sender)
 * against the project's fake Bot API over loopback HTTP, and a bare telegraf
 * echo bot against the same fake, one after the other in rounds: the same
 * burst of text messages from many users, timed until the last reply arrives.
 * Every update is answered with exactly one sendMessage by both bots.
 */
export async function benchE2e(options: E2eOptions): Promise<SectionResult> {
  const started = nowMs();
  const fake = await FakeBotApi.start();
  const data = scratch('e2e');
  const users: FakeUserRef[] = Array.from({ length: options.users }, (_, i) => ({
    id: 8_000_000 + i,
    firstName: `U${i}`,
    languageCode: 'en',
  }));
  const echoRates: number[] = [];
  const peerlineRates: number[] = [];
  try {
    for (let round = 0; round < options.rounds; round++) {
      const echo = await startEcho(fake);
      echoRates.push(await burst(fake, users, options.perUser, 'hello there'));
      await echo.stop();
      await confirmAll(fake);

      const running = await startBot(fake, data);
      if (round === 0) await onboard(fake, users);
      // "menu" is a keyword: the main menu comes back as one new message.
      peerlineRates.push(await burst(fake, users, options.perUser, 'menu'));
      await running.stop();
      await confirmAll(fake);
    }
  } finally {
    await fake.stop({ allowUnusedFaults: true });
    data.cleanup();
  }
  const echoRate = median(echoRates);
  const peerlineRate = median(peerlineRates);
  return {
    id: 'e2e',
    title: 'End to end over loopback HTTP: Peerline on Telegram vs a bare telegraf echo bot, same fake Bot API',
    params: {
      users: options.users,
      perUser: options.perUser,
      updatesPerRound: options.users * options.perUser,
      rounds: options.rounds,
      globalRate: RAISED_RATE,
      chatRate: RAISED_RATE,
    },
    figures: [
      figure('peerline_updates_per_s', 'Peerline updates/s (text in, screen out)', peerlineRate, '/s', 'reply'),
      figure('echo_updates_per_s', 'telegraf echo bot updates/s', echoRate, '/s', 'reply'),
      figure('ratio_pct', 'Peerline / echo', (100 * peerlineRate) / echoRate, '%', 'reply', { op: '>=', value: 70 }),
    ],
    notes: [
      `pacing raised for this figure: the sender's global and per-chat rates set to ${RAISED_RATE.toLocaleString('en-US')}/s (startPeerline's telegramSender option; the config stops at 1,000/s), so pacing is not what is measured; at the defaults (25/s overall, 1/s per chat) Telegram's limits set the rate.`,
      `each round queues ${options.users * options.perUser} text messages from ${options.users} users at once and times until the last reply is recorded; both bots long-poll (100 updates a batch) and answer each update with one sendMessage.`,
      `rounds alternate echo and Peerline, ${options.rounds} each, and each bot's median counts (updates/s per round: echo ${echoRates.map((r) => Math.round(r)).join(', ')}; Peerline ${peerlineRates.map((r) => Math.round(r)).join(', ')}); the fake, the bot and SQLite's callbacks share this one process.`,
      'Peerline users had started and chosen a language before the first round; its updates go through the update log, contact, session, features and engine, then the paced sender.',
    ],
    seconds: (nowMs() - started) / 1000,
  };
}

async function startBot(fake: FakeBotApi, data: Scratch): Promise<Running> {
  const config = loadConfig({
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_PATH: data.dbPath,
    DATA_KEY: data.dataKey,
    ...baseEnv(),
    TELEGRAM_GLOBAL_RATE: '1000',
    TELEGRAM_CHAT_RATE: '1000',
  });
  fake.reset();
  const running = await startPeerline(config, {
    log: createLogger('silent'),
    telegramSender: { globalRate: RAISED_RATE, chatRate: RAISED_RATE },
  });
  await until(() => fake.pollCount > 0, 'Peerline to poll', 10_000);
  return running;
}

async function startEcho(fake: FakeBotApi): Promise<{ stop(): Promise<void> }> {
  const bot = new Telegraf(TOKEN, { telegram: { apiRoot: `${fake.apiRoot}/`, webhookReply: false } });
  bot.catch(() => undefined);
  bot.on('text', (ctx) => ctx.reply(ctx.message.text));
  fake.reset();
  const launched = bot.launch();
  await until(() => fake.pollCount > 0, 'the echo bot to poll', 10_000);
  return {
    stop: async () => {
      bot.stop('bench');
      await launched.catch(() => undefined);
    },
  };
}

/** Queues `perUser` messages from every user (round-robin) and resolves with updates/s once each has its reply. */
async function burst(fake: FakeBotApi, users: readonly FakeUserRef[], perUser: number, text: string): Promise<number> {
  const total = users.length * perUser;
  fake.reset();
  let replies = 0;
  const done = fake.waitFor((c) => c.method === 'sendMessage' && c.ok && ++replies >= total, 300_000);
  const t0 = nowMs();
  for (let m = 0; m < perUser; m++) for (const user of users) fake.userSends(user, text);
  await done;
  return total / ((nowMs() - t0) / 1000);
}

/** /start, then a tap on English, for every user at once; waits for the main menu (an edit of the picker). */
async function onboard(fake: FakeBotApi, users: readonly FakeUserRef[]): Promise<void> {
  fake.reset();
  for (const user of users) fake.userSends(user, '/start');
  await fake.waitForCalls('sendMessage', users.length, 60_000);
  for (const user of users) {
    const picker = fake.messagesIn(user.id).at(-1);
    const buttons = (picker?.replyMarkup?.inline_keyboard ?? []) as { callback_data?: string }[][];
    const data = buttons.flat().find((b) => b.callback_data?.endsWith('|lang:en'))?.callback_data;
    if (!picker || !data) throw new Error('bench: no language picker came back');
    fake.userTaps(user, picker.messageId, data);
  }
  await fake.waitForCalls('editMessageText', users.length, 60_000);
}

/** Confirms every queued update, so the next bot starts from an empty queue. */
async function confirmAll(fake: FakeBotApi): Promise<void> {
  const res = await fetch(`${fake.apiRoot}/bot${TOKEN}/getUpdates`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ offset: 2 ** 31 - 1, timeout: 0 }),
  });
  await res.body?.cancel();
  if (fake.pendingUpdates !== 0) throw new Error(`bench: ${fake.pendingUpdates} updates still queued between rounds`);
}
