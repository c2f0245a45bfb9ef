import { Telegram } from 'telegraf';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { telegrafTransport, type BotApiCall } from '../../../../src/adapters/channels/telegram/bot-api.js';
import { isNotModified } from '../../../../src/adapters/channels/telegram/errors.js';
import { TelegramSender, type SenderOptions } from '../../../../src/adapters/channels/telegram/sender.js';
import { ChannelError } from '../../../../src/kernel/ports/channel-error.js';
import { createLogger } from '../../../../src/kernel/log.js';
import { FakeBotApi } from '../../../helpers/fake-bot-api.js';
import { TOKEN } from './harness.js';

/** Fast waits: 429 pauses last retry_after × 30 ms, backoff 5 ms; the pacing itself stays generous. */
const FAST: Partial<SenderOptions> = {
  globalRate: 500,
  chatRate: 500,
  retryAfterMs: (s) => s * 30,
  backoffMs: () => 5,
  maxAttempts: 3,
};

let fake: FakeBotApi;
let sender: TelegramSender;
let unreachable: string[];

function makeSender(options: Partial<SenderOptions> = FAST): TelegramSender {
  const telegram = new Telegram(TOKEN, { apiRoot: `${fake.apiRoot}/`, webhookReply: false });
  return new TelegramSender(
    telegrafTransport(telegram),
    {
      log: createLogger('silent'),
      onUnreachable: async (chatId) => void unreachable.push(chatId),
    },
    options,
  );
}

const text = (chatId: number, t: string) => (call: BotApiCall) => call('sendMessage', { chat_id: chatId, text: t });
const texts = (chatId: number) => fake.sentTo(chatId).map((c) => c.payload.text);

beforeEach(async () => {
  fake = await FakeBotApi.start();
  unreachable = [];
  sender = makeSender();
});

afterEach(async () => {
  await sender.stop();
  await fake.stop();
});

describe('TelegramSender', () => {
  it('waits out a 429 and sends the message exactly once', async () => {
    fake.failNext('sendMessage', { code: 429, description: 'Too Many Requests: retry after 2', retryAfter: 2 });
    await sender.inChat('7', 'reply', text(7, 'hello'));
    expect(texts(7)).toEqual(['hello']);
    expect(fake.callsTo('sendMessage').map((c) => c.ok)).toEqual([false, true]);
  });

  it('retries 5xx answers and dropped connections with backoff', async () => {
    fake.failStatus('sendMessage', 502, 1);
    fake.dropNext('sendMessage', 1);
    await sender.inChat('7', 'reply', text(7, 'hello'));
    expect(texts(7)).toEqual(['hello']);
    expect(fake.callsTo('sendMessage')).toHaveLength(3);
  });

  it('gives up after maxAttempts server errors with a ChannelError naming method and code, never the text', async () => {
    fake.failStatus('sendMessage', 500, 3);
    const err = await sender.inChat('7', 'reply', text(7, 'secret words')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChannelError);
    expect(err).toMatchObject({ channel: 'telegram', method: 'sendMessage', code: 'server', status: 500 });
    expect(String((err as Error).message)).not.toContain('secret');
    expect(texts(7)).toEqual([]);
  });

  it('reports a blocked chat as unreachable and does not retry', async () => {
    fake.blockChat(7);
    const err = await sender.inChat('7', 'reply', text(7, 'hello')).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'unreachable', status: 403 });
    expect(unreachable).toEqual(['7']);
    expect(fake.callsTo('sendMessage')).toHaveLength(1);
  });

  it('gives "message is not modified" back at once, as a 400 its callers recognise (they count it as success)', async () => {
    const sent = await sender.inChat('7', 'reply', text(7, 'same'));
    const edit = (call: BotApiCall) =>
      call('editMessageText', { chat_id: 7, message_id: sent.message_id, text: 'same' });
    const err = await sender.inChat('7', 'reply', edit).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'bad_request', status: 400 });
    expect(isNotModified(err)).toBe(true);
    expect(fake.callsTo('editMessageText')).toHaveLength(1);
  });

  it('keeps each chat in order through a 429 storm', async () => {
    fake.failEvery('sendMessage', 3, { code: 429, description: 'Too Many Requests: retry after 1', retryAfter: 1 });
    const jobs = [1, 2, 3].flatMap((chat) =>
      [1, 2, 3, 4].map((n) => sender.inChat(String(chat), 'bulk', text(chat, `${chat}.${n}`))),
    );
    await Promise.all(jobs);
    for (const chat of [1, 2, 3]) expect(texts(chat)).toEqual([1, 2, 3, 4].map((n) => `${chat}.${n}`));
  });

  it('sends replies before queued bulk messages', async () => {
    // Pause everything with a 429, queue bulk sends to many chats, then one reply: it goes first when the pause ends.
    fake.failNext('sendMessage', { code: 429, description: 'Too Many Requests: retry after 3', retryAfter: 3 });
    const first = sender.inChat('1', 'bulk', text(1, 'bulk 1'));
    await vi.waitFor(() => expect(sender.paused).toBe(true), { interval: 2 });
    const bulk = [2, 3, 4, 5].map((chat) => sender.inChat(String(chat), 'bulk', text(chat, `bulk ${chat}`)));
    const reply = sender.inChat('9', 'reply', text(9, 'reply'));
    await Promise.all([first, reply, ...bulk]);
    const order = fake
      .callsTo('sendMessage')
      .filter((c) => c.ok)
      .map((c) => c.payload.text);
    expect(order.indexOf('reply')).toBeLessThan(order.indexOf('bulk 2'));
    expect(order).toHaveLength(6);
  });

  it('finishes queued sends before stop() resolves, and refuses new ones after', async () => {
    const slow = makeSender({ ...FAST, chatRate: 20 });
    const jobs = [1, 2, 3, 4, 5].map((n) => slow.inChat('7', 'bulk', text(7, `m${n}`)));
    await slow.stop();
    await Promise.all(jobs);
    expect(texts(7)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    await expect(slow.inChat('7', 'reply', text(7, 'late'))).rejects.toMatchObject({ code: 'stopped' });
  });
});
