import fc from 'fast-check';
import type { Update } from 'telegraf/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTelegram } from '../../../../src/adapters/channels/telegram/render.js';
import { parseUpdate } from '../../../../src/adapters/channels/telegram/parse.js';
import { parseStaffUpdate } from '../../../../src/adapters/channels/telegram/staff-parse.js';
import {
  TELEGRAM_MAX_BUTTON_DATA_BYTES as MAX_CALLBACK_DATA_BYTES,
  TELEGRAM_MAX_TEXT_CHARS as MAX_TEXT_CHARS,
} from '../../../../src/adapters/channels/telegram/capabilities.js';
import type { Running } from '../../../../src/main/compose.js';
import type { StaffEvent } from '../../../../src/kernel/staff/desk.js';
import { appWorld, type AppWorld } from '../../../helpers/app-world.js';
import { FakeBotApi } from '../../../helpers/fake-bot-api.js';
import { outputsTo, startBot, tempData, type TempData } from './harness.js';

/**
 * Property-based fuzzing of what reaches the bot from Telegram: 10,000 random
 * and malformed updates (giant texts, lone surrogates, unknown update types,
 * missing fields, random-byte button data, huge numbers, strangers' group
 * messages, bursts from one sender) through the adapter's parse and the whole
 * app layer on a real SQLite file. The adapter answers a parse failure by
 * ignoring the update (adapter.ts, receive), so parse may throw only on
 * updates Telegram itself never sends; the app must never throw at all.
 */
const STAFF = '-1001234567890';
const BOT = 'peerline_test_bot';
const RUNS = 10_000;

const GIANT = ['x'.repeat(200_000), '😀'.repeat(50_000), '\uD800'.repeat(10_000), 'مرحبا'.repeat(20_000)];
const SURROGATES = ['\uD800', '\uDFFF', 'a\uD83D', '\uDE00b', '\uD83D\uD83D', 'ok\uDBFFend'];
const HUGE = [
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER - 2,
  1e308,
  -0,
  2 ** 63,
  Number.NaN,
  Number.POSITIVE_INFINITY,
];

const text = fc.oneof(
  { weight: 5, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '/start',
      '/menu',
      '/help',
      '/language',
      '/end',
      '/forget',
      '/clear',
      '/close',
      '/ban',
      '/start@other_bot',
      `/menu@${BOT}`,
      'menu',
      '菜单',
      'stop',
      '1',
      '2',
      '0',
      '9',
      '８',
      '',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(...GIANT) },
  { weight: 1, arbitrary: fc.constantFrom(...SURROGATES) },
);
const buttonData = fc.oneof(
  fc.constantFrom(
    'main|police',
    'main|handoff',
    'main|more',
    'more|privacy',
    'privacy|clear',
    'privacy|forget',
    'privacy|d:5',
    'privacy-forget|forget-yes',
    'handoff|end-yes',
    'language|lang:ko',
    'x|home',
    'police|back',
    's:claim:1',
    's:cb:claim:1',
    's:al:ok:1',
    '|',
    'a|',
    '|b',
  ),
  fc.uint8Array({ maxLength: 80 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  fc.string({ unit: 'binary', maxLength: 70 }),
  fc.constantFrom(undefined, 42, null, 'x'.repeat(65)),
);
/** Private users: a small pool (so conversations go deep), a few odd ids, huge numbers. */
const userId = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 60 }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
);
const chat = fc.oneof(
  { weight: 8, arbitrary: userId.map((id) => ({ id, type: 'private', first_name: 'P' })) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: -1_009_999_999_999, max: -1 })
      .map((id) => ({ id, type: 'supergroup', title: 'strangers', is_forum: true })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      { id: Number(STAFF), type: 'supergroup', title: 'staff', is_forum: true },
      { id: -100, type: 'group', title: 'g' },
      { id: -1001, type: 'channel', title: 'c' },
    ),
  },
);
const from = fc.oneof(
  userId.map((id) => ({ id, is_bot: false, first_name: 'Mei', language_code: 'zh-hans' })),
  fc.record({
    id: userId,
    is_bot: fc.boolean(),
    first_name: fc.string({ maxLength: 10 }),
    language_code: fc.oneof(fc.constantFrom('en', 'ko', 'pt-BR', 'zh-TW', 'xx'), fc.string({ maxLength: 12 })),
  }),
  fc.constant(undefined),
);
const messageId = fc.oneof(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(...HUGE));
const content = fc.oneof(
  { weight: 6, arbitrary: text.map((t) => ({ text: t })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      { sticker: { file_id: 's' } },
      { photo: [{ file_id: 'p' }], caption: 'id card' },
      { voice: { file_id: 'v' } },
      { location: { latitude: 43.6, longitude: -79.4 } },
      { contact: { phone_number: '+14165550123' } },
      { dice: { value: 6 } },
      { forum_topic_closed: {} },
      {},
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom({ text: 42 }, { text: null }, { text: { nested: true } }, { text: ['a'] }) },
);
/** A message the way Telegram sends one (what `parse` must always read), with missing/odd fields mixed in elsewhere. */
const message = fc
  .record({
    message_id: messageId,
    date: fc.integer(),
    chat,
    from,
    content,
    thread: fc.option(fc.integer({ min: 1, max: 50 })),
  })
  .map(({ content: c, thread, from: f, ...m }) => ({
    ...m,
    ...(f ? { from: f } : {}),
    ...c,
    ...(thread ? { message_thread_id: thread, is_topic_message: true } : {}),
  }));
const update = fc.oneof(
  { weight: 6, arbitrary: message.map((m) => ({ message: m })) },
  { weight: 1, arbitrary: message.map((m) => ({ edited_message: { ...m, edit_date: 1 } })) },
  {
    weight: 4,
    arbitrary: fc
      .record({
        id: fc.string({ maxLength: 8 }),
        from: from.map((f) => f ?? { id: 1, is_bot: false, first_name: 'x' }),
        chat_instance: fc.constant('c'),
        data: buttonData,
        message: fc.option(message, { freq: 6 }),
      })
      .map((q) => ({ callback_query: q })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({
        chat,
        from: from.map((f) => f ?? { id: 1 }),
        date: fc.integer(),
        old_chat_member: fc.constant({ status: 'member' }),
        new_chat_member: fc.record({ status: fc.constantFrom('kicked', 'member', 'left', 'administrator') }),
      })
      .map((m) => ({ my_chat_member: m })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      { poll: { id: 'p' } },
      { inline_query: { id: 'q', query: 'x' } },
      { chat_join_request: {} },
      { message_reaction: {} },
      {},
      { message: {} },
      { message: { chat: {} } },
      { callback_query: {} },
      { callback_query: { message: { chat: { type: 'private' } } } },
      { my_chat_member: { chat: { type: 'private' } } },
    ),
  },
);
/** Bursts from one sender (a spammer, or a stuck client) exercise the rate limit. */
const burst = fc.integer({ min: 20, max: 40 }).map((n) =>
  Array.from({ length: n }, (_, i) => ({
    message: {
      message_id: i + 1,
      date: 0,
      chat: { id: 7, type: 'private' },
      from: { id: 7, is_bot: false, first_name: 'S' },
      text: `spam ${i}`,
    },
  })),
);

describe('fuzzing the Telegram adapter and the app layer', () => {
  let w: AppWorld;
  beforeAll(async () => {
    w = await appWorld();
  });
  afterAll(async () => {
    await w.close();
  });

  it(`survives ${RUNS.toLocaleString('en')} random and malformed updates: no throw, an answer or a deliberate silence for every person, bounded memory`, async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const stats = { person: 0, answered: 0, silenced: 0, relayed: 0, staff: 0, parseRefused: 0, ignored: 0 };
    let heapAfterWarmup = 0;
    let runs = 0;
    const relayedCount = () =>
      [...w.desk.topics.values()].reduce((n, t) => n + t.items.filter((i) => 'kind' in i).length, 0);

    const handleOne = async (raw: object): Promise<void> => {
      let parsed;
      try {
        parsed = parseUpdate(raw as Update, { botUsername: BOT, staffChatId: STAFF });
      } catch {
        stats.parseRefused++; // the adapter logs and ignores such an update (only a forged one can get here)
        return;
      }
      if (parsed.kind === 'staff') {
        let event;
        try {
          event = parseStaffUpdate(raw as Update, STAFF, BOT);
        } catch {
          stats.parseRefused++; // logged and ignored by the adapter, as above
          return;
        }
        if (event) {
          stats.staff++;
          const staffEvent = (
            event.type === 'button' ? { ...event, answer: async () => undefined } : event
          ) as StaffEvent;
          await w.features.staff.handle(staffEvent);
        }
        return;
      }
      if (parsed.kind !== 'person') {
        stats.ignored++;
        return;
      }
      stats.person++;
      const silencedBefore = w.features.privacy.guard.stats.silenced;
      const relayedBefore = relayedCount();
      const handled = await w.conversations.handle(parsed.incoming);
      if (handled.outgoing.length > 0) {
        stats.answered++;
        for (const out of handled.outgoing) {
          expect(typeof out.text).toBe('string');
          expect(out.text.length).toBeGreaterThan(0);
          const payload = renderTelegram(out);
          expect(payload.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
          for (const b of payload.reply_markup?.inline_keyboard.flat() ?? [])
            expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(MAX_CALLBACK_DATA_BYTES);
        }
      } else if (w.features.privacy.guard.stats.silenced > silencedBefore) {
        stats.silenced++;
      } else {
        expect(relayedCount(), 'an empty answer must be a relay to staff or a rate-limit silence').toBeGreaterThan(
          relayedBefore,
        );
        stats.relayed++;
      }
    };

    try {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof({ weight: 100, arbitrary: update.map((u) => [u]) }, { weight: 1, arbitrary: burst }),
          async (updates) => {
            // One second per update on the injected clock; a burst arrives at once.
            w.now += 1000;
            for (const raw of updates) await handleOne(raw);
            runs++;
            if (runs === 1000) heapAfterWarmup = process.memoryUsage().heapUsed;
          },
        ),
        { numRuns: RUNS, seed: 20261125, endOnFailure: true },
      );
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(unhandled).toEqual([]);
    expect(runs).toBe(RUNS);
    // Every kind of path was taken.
    expect(stats.person).toBeGreaterThan(RUNS / 2);
    expect(stats.silenced).toBeGreaterThan(0);
    expect(stats.staff).toBeGreaterThan(0);
    expect(stats.parseRefused + stats.ignored).toBeGreaterThan(0);
    // Memory stays bounded: what grows is the SQLite cache and V8's, not per-update state.
    const growth = process.memoryUsage().heapUsed - heapAfterWarmup;
    expect(growth, `heap grew ${Math.round(growth / 1e6)} MB`).toBeLessThan(150 * 1024 * 1024);
    expect(w.features.privacy.guard.tracked).toBeLessThanOrEqual(50_000);
    console.log(`fuzz: ${JSON.stringify(stats)}, heap growth ${Math.round(growth / 1e6)} MB`);
  }, 120_000);
});

describe('fuzzing over the fake Bot API (a smaller sample, real HTTP and telegraf)', () => {
  let fake: FakeBotApi;
  let data: TempData;
  let bot: Running;
  beforeAll(async () => {
    fake = await FakeBotApi.start();
    fake.makeForum(Number(STAFF), 'Peer supporters');
    data = tempData();
    bot = await startBot(fake, data, { STAFF_CHAT_ID: STAFF });
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.stop({ allowUnusedFaults: true });
    data?.cleanup();
  });

  it('keeps running and answering after 300 random updates', async () => {
    const sample = fc.sample(update, { numRuns: 300, seed: 42 });
    // JSON cannot carry NaN or Infinity: they arrive as null, as they would from a forged webhook.
    for (const raw of sample) fake.pushUpdate(JSON.parse(JSON.stringify(raw)) as object);
    await fake.waitFor(() => fake.pendingUpdates === 0, 15_000);
    const user = { id: 424242, languageCode: 'en' };
    fake.userSends(user, '/start');
    await fake.waitFor(() => outputsTo(fake, user.id).length > 0, 10_000);
    expect(bot.channels.every((c) => c.health().up)).toBe(true);
  }, 60_000);
});
