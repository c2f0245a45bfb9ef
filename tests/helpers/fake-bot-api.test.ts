import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Input, Markup, Telegraf, Telegram, TelegramError } from 'telegraf';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBotApi } from './fake-bot-api.js';

const TOKEN = '123456:TEST';
const ANN = { id: 42, firstName: 'Ann', languageCode: 'en' };
const STAFF = -1001234;
const NOT_MODIFIED =
  'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message';

let fake: FakeBotApi;
let bot: Telegraf | undefined;
let launched: Promise<void> | undefined;
let handlerErrors: unknown[];

beforeEach(async () => {
  fake = await FakeBotApi.start();
  handlerErrors = [];
});

afterEach(async () => {
  bot?.stop('test over');
  await launched?.catch(() => undefined);
  bot = undefined;
  launched = undefined;
  await fake.stop();
  expect(handlerErrors).toEqual([]);
});

/** Launches a polling bot and waits for its first long poll, so stop() in afterEach always finds it running. */
async function startBot(setup: (b: Telegraf) => void): Promise<Telegraf> {
  const b = new Telegraf(TOKEN, { telegram: { apiRoot: fake.apiRoot, webhookReply: false } });
  b.catch((error) => void handlerErrors.push(error));
  setup(b);
  launched = b.launch({ dropPendingUpdates: false });
  bot = b;
  await vi.waitFor(() => expect(fake.pollCount).toBeGreaterThan(0), { timeout: 2000, interval: 10 });
  return b;
}

function client(): Telegram {
  return new Telegram(TOKEN, { apiRoot: fake.apiRoot, webhookReply: false });
}

async function failure(promise: Promise<unknown>): Promise<TelegramError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TelegramError);
  return error as TelegramError;
}

async function rawGetUpdates(
  query: string,
): Promise<{ status: number; body: { ok: boolean; result?: Array<{ update_id: number }> } }> {
  const res = await fetch(`${fake.apiRoot}/bot${TOKEN}/getUpdates?${query}`);
  return { status: res.status, body: (await res.json()) as { ok: boolean; result?: Array<{ update_id: number }> } };
}

describe('FakeBotApi with a polling telegraf bot', () => {
  it('delivers /start to the bot and records the reply', async () => {
    await startBot((b) =>
      b.start((ctx) =>
        ctx.reply(
          `Hello ${ctx.from.first_name}`,
          Markup.inlineKeyboard([[Markup.button.callback('Prices', 'menu:prices')]]),
        ),
      ),
    );
    fake.userSends(ANN, '/start');
    const call = await fake.waitFor('sendMessage');
    expect(call.payload).toMatchObject({ chat_id: 42, text: 'Hello Ann' });
    expect(call.result).toMatchObject({
      message_id: 2,
      chat: { id: 42, type: 'private' },
      from: { id: 1000, username: 'peerline_test_bot' },
    });
    expect(fake.messagesIn(42).map((m) => [m.messageId, m.text])).toEqual([[2, 'Hello Ann']]);
    expect(fake.sentTo(42)).toHaveLength(1);
    expect(fake.callsTo('getMe')).toHaveLength(1);
  });

  it('long-polls instead of busy-looping', async () => {
    await startBot(() => undefined);
    fake.reset();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(fake.pollCount).toBeLessThan(10);
  });

  it('round-trips a callback_query tap into answerCallbackQuery and editMessageText', async () => {
    await startBot((b) => {
      b.start((ctx) => ctx.reply('Menu', Markup.inlineKeyboard([[Markup.button.callback('Prices', 'menu:prices')]])));
      b.action('menu:prices', async (ctx) => {
        await ctx.answerCbQuery();
        await ctx.editMessageText(
          'Prices: ...',
          Markup.inlineKeyboard([[Markup.button.callback('Back', 'menu:back')]]),
        );
      });
    });
    fake.userSends(ANN, '/start');
    const sent = await fake.waitFor('sendMessage');
    const messageId = (sent.result as { message_id: number }).message_id;
    expect(() => fake.userTaps(ANN, messageId, 'menu:nope')).toThrow(/no button/);
    fake.userTaps(ANN, messageId, 'menu:prices');
    const edit = await fake.waitFor('editMessageText');
    expect(edit.ok).toBe(true);
    expect(fake.callsTo('answerCallbackQuery')).toMatchObject([{ ok: true, payload: { callback_query_id: 'cbq-1' } }]);
    expect(fake.messagesIn(42)).toMatchObject([
      { messageId, text: 'Prices: ...', replyMarkup: { inline_keyboard: [[{ callback_data: 'menu:back' }]] } },
    ]);
  });

  it('adds message_thread_id when the bot replies inside a forum topic', async () => {
    await startBot((b) => b.on('message', (ctx) => ctx.reply('seen')));
    fake.groupMessage(STAFF, { id: 7, firstName: 'Staff' }, 'hello', { threadId: 5 });
    const call = await fake.waitFor('sendMessage');
    expect(call.payload).toMatchObject({ chat_id: STAFF, message_thread_id: 5 });
    expect(call.result).toMatchObject({
      message_thread_id: 5,
      is_topic_message: true,
      chat: { type: 'supergroup', is_forum: true },
    });
  });
});

describe('FakeBotApi long polling and updates', () => {
  it('answers a parked getUpdates as soon as an update is pushed', async () => {
    const started = Date.now();
    const poll = rawGetUpdates('timeout=30');
    setTimeout(() => fake.userSends(ANN, 'hi'), 200);
    const { body } = await poll;
    const elapsed = Date.now() - started;
    expect(body.result).toHaveLength(1);
    expect(elapsed).toBeGreaterThanOrEqual(150);
    expect(elapsed).toBeLessThan(900);
  });

  it('caps the poll timeout and honours offset, limit and allowed_updates', async () => {
    const capped = await FakeBotApi.start({ maxPollMs: 200 });
    const started = Date.now();
    const res = await fetch(`${capped.apiRoot}/bot${TOKEN}/getUpdates?timeout=50`);
    expect(await res.json()).toEqual({ ok: true, result: [] });
    expect(Date.now() - started).toBeLessThan(800);
    await capped.stop();

    const [a, b] = [fake.userSends(ANN, 'one'), fake.userSends(ANN, 'two')];
    fake.pushUpdate({ my_chat_member: {} });
    expect((await rawGetUpdates('limit=1')).body.result?.map((u) => u.update_id)).toEqual([a.update_id]);
    expect((await rawGetUpdates(`offset=${b.update_id}`)).body.result?.map((u) => u.update_id)).toEqual([
      b.update_id,
      b.update_id + 1,
    ]);
    expect((await rawGetUpdates('allowed_updates=["my_chat_member"]')).body.result).toHaveLength(1);
    expect(fake.pendingUpdates).toBe(1);
  });

  it('answers 409 to the older of two concurrent polls and while a webhook is set', async () => {
    const first = rawGetUpdates('timeout=5');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = rawGetUpdates('timeout=1');
    expect((await first).status).toBe(409);
    fake.userSends(ANN, 'wake');
    expect((await second).body.result).toHaveLength(1);

    const tg = client();
    await tg.setWebhook('https://example.test/hook', { secret_token: 's3cret' });
    expect(await tg.getWebhookInfo()).toMatchObject({ url: 'https://example.test/hook', pending_update_count: 1 });
    expect((await failure(tg.callApi('getUpdates', {}))).code).toBe(409);
  });
});

describe('FakeBotApi message semantics', () => {
  it('numbers messages per chat and rejects what Telegram rejects', async () => {
    const tg = client();
    fake.userSends(ANN, 'hi');
    const m = await tg.sendMessage(42, 'Hello', Markup.inlineKeyboard([[Markup.button.callback('A', 'a')]]));
    expect(m.message_id).toBe(2);
    expect((await tg.sendMessage(43, 'x')).message_id).toBe(1);

    expect(
      (
        await failure(
          tg.editMessageText(
            42,
            m.message_id,
            undefined,
            'Hello',
            Markup.inlineKeyboard([[Markup.button.callback('A', 'a')]]),
          ),
        )
      ).description,
    ).toBe(NOT_MODIFIED);
    expect((await failure(tg.editMessageText(42, 99, undefined, 'x'))).description).toBe(
      'Bad Request: message to edit not found',
    );
    expect((await failure(tg.deleteMessage(42, 99))).description).toBe('Bad Request: message to delete not found');
    expect((await failure(tg.sendMessage(42, 'x'.repeat(4097)))).description).toBe('Bad Request: message is too long');
    expect((await failure(tg.sendMessage(42, ''))).description).toBe('Bad Request: message text is empty');
    const bigData = Markup.inlineKeyboard([[Markup.button.callback('B', 'x'.repeat(65))]]);
    expect((await failure(tg.sendMessage(42, 'x', bigData))).description).toBe('Bad Request: BUTTON_DATA_INVALID');

    // Editing without reply_markup removes the keyboard, so that is a modification.
    await tg.editMessageText(42, m.message_id, undefined, 'Hello');
    expect(await tg.deleteMessage(42, m.message_id)).toBe(true);
    expect(fake.messagesIn(42)).toEqual([]);
  });

  it('answers 403 for a chat that blocked the bot', async () => {
    fake.blockChat(42);
    const error = await failure(client().sendMessage(42, 'hello'));
    expect([error.code, error.description]).toEqual([403, 'Forbidden: bot was blocked by the user']);
    expect(fake.sentTo(42)).toEqual([]);
  });

  it('creates forum topics only in forums and tags messages with their thread', async () => {
    const tg = client();
    expect((await failure(tg.createForumTopic(STAFF, 'Case #12'))).description).toBe(
      'Bad Request: the chat is not a forum',
    );
    fake.makeForum(STAFF);
    const topic = await tg.createForumTopic(STAFF, 'Case #12', { icon_color: 0x6fb9f0 });
    expect(topic).toEqual({ message_thread_id: 1, name: 'Case #12', icon_color: 0x6fb9f0 });
    const m = await tg.sendMessage(STAFF, 'New case', { message_thread_id: topic.message_thread_id });
    expect(m).toMatchObject({ message_thread_id: 1, is_topic_message: true, message_id: 2 });
    await tg.closeForumTopic(STAFF, topic.message_thread_id);
    expect(fake.topics(STAFF)).toMatchObject([{ threadId: 1, name: 'Case #12', closed: true }]);
    expect((await failure(tg.sendMessage(STAFF, 'late', { message_thread_id: 1 }))).description).toBe(
      'Bad Request: TOPIC_CLOSED',
    );
  });

  it('records multipart uploads and copies user messages', async () => {
    const tg = client();
    const photo = await tg.sendPhoto(42, Input.fromBuffer(Buffer.from('abc'), 'a.jpg'), { caption: 'look' });
    expect(photo.caption).toBe('look');
    expect(fake.callsTo('sendPhoto')[0]?.payload).toEqual({
      chat_id: 42,
      caption: 'look',
      photo: { filename: 'a.jpg', contentType: 'application/octet-stream', size: 3 },
    });

    const incoming = fake.userSendsSticker(ANN);
    fake.makeForum(STAFF);
    const copy = await tg.copyMessage(STAFF, 42, incoming.message.message_id);
    expect(fake.messagesIn(STAFF)).toMatchObject([{ messageId: copy.message_id, kind: 'sticker' }]);
    expect(fake.sentTo(STAFF).map((c) => c.method)).toEqual(['copyMessage']);
  });

  it('stays consistent under many concurrent requests', async () => {
    const tg = client();
    const sent = await Promise.all(Array.from({ length: 60 }, (_, i) => tg.sendMessage(42, `m${i}`)));
    expect(new Set(sent.map((m) => m.message_id)).size).toBe(60);
    expect(fake.messagesIn(42)).toHaveLength(60);
    expect(fake.callsTo('sendMessage')).toHaveLength(60);
  });
});

describe('FakeBotApi failure injection', () => {
  it('makes telegraf see a TelegramError 429 with retry_after', async () => {
    fake.failNext('sendMessage', { code: 429, description: 'Too Many Requests: retry after 7', retryAfter: 7 });
    const error = await failure(client().sendMessage(42, 'hello'));
    expect(error.code).toBe(429);
    expect(error.parameters?.retry_after).toBe(7);
    expect(fake.callsTo('sendMessage')).toMatchObject([{ ok: false, error: { code: 429, retryAfter: 7 } }]);
  });

  it('applies failEvery, rateLimit, failStatus and dropNext', async () => {
    const tg = client();
    fake.failEvery('sendMessage', 3, { code: 429, description: 'Too Many Requests: retry after 1', retryAfter: 1 });
    const results = await Promise.allSettled([1, 2, 3, 4, 5, 6].map((i) => tg.sendMessage(42, `m${i}`)));
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'rejected',
    ]);
    fake.clearFaults();

    fake.rateLimit({ perSecond: 3 });
    const limited = await Promise.allSettled([1, 2, 3, 4, 5].map((i) => tg.sendMessage(43, `r${i}`)));
    expect(limited.filter((r) => r.status === 'rejected')).toHaveLength(2);
    expect(fake.rateLimitedCount).toBe(2);
    fake.rateLimit(null);

    fake.failStatus('sendMessage', 502);
    expect((await failure(tg.sendMessage(42, 'x'))).code).toBe(502);
    fake.dropNext('deleteMessage');
    await expect(tg.deleteMessage(42, 1)).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(fake.callsTo('deleteMessage')).toMatchObject([{ dropped: true }]);
  });

  it('answers unknown methods with 404 and fails stop() on unused one-shot faults', async () => {
    const res = await fetch(`${fake.apiRoot}/bot${TOKEN}/sendTelepathy`, { method: 'POST' });
    expect([res.status, await res.json()]).toEqual([
      404,
      { ok: false, error_code: 404, description: 'Not Found: method not found' },
    ]);

    const other = await FakeBotApi.start();
    other.failNext('sendMessage', { code: 500, description: 'Internal Server Error' });
    await expect(other.stop()).rejects.toThrow(/never triggered: failNext\(sendMessage, 500\)/);
  });
});

describe('FakeBotApi webhook delivery', () => {
  it('posts updates with the secret header, which telegraf checks', async () => {
    const hookBot = new Telegraf(TOKEN, { telegram: { apiRoot: fake.apiRoot, webhookReply: false } });
    hookBot.catch((error) => void handlerErrors.push(error));
    hookBot.start((ctx) => ctx.reply('hi from webhook'));
    const server = http.createServer(hookBot.webhookCallback('/hook', { secretToken: 's3cret' }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    try {
      const update = fake.userSends(ANN, '/start');
      expect(await fake.deliverWebhook(url, update, 'wrong')).toBe(403);
      expect(await fake.deliverWebhook(url, update, 's3cret')).toBe(200);
      expect((await fake.waitFor('sendMessage')).payload).toMatchObject({ chat_id: 42, text: 'hi from webhook' });
      expect(fake.pendingUpdates).toBe(0);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
