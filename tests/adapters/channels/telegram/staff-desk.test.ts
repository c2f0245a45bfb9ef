import { Telegram } from 'telegraf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { telegrafTransport } from '../../../../src/adapters/channels/telegram/bot-api.js';
import { TelegramSender } from '../../../../src/adapters/channels/telegram/sender.js';
import { TelegramStaffDesk } from '../../../../src/adapters/channels/telegram/staff-desk.js';
import { createLogger } from '../../../../src/kernel/log.js';
import { FakeBotApi } from '../../../helpers/fake-bot-api.js';
import { TOKEN } from './harness.js';

const STAFF = -1009876543210;

/**
 * The staff group accepts about 20 messages a minute. The desk's window is
 * shortened here (20 per 2 s stands for 20 per minute) so the test runs in
 * seconds; the pacing logic is the same.
 */
describe('TelegramStaffDesk pacing and coalescing', () => {
  let fake: FakeBotApi;
  let sender: TelegramSender;
  let desk: TelegramStaffDesk;
  const log = createLogger('silent');

  beforeEach(async () => {
    fake = await FakeBotApi.start();
    fake.makeForum(STAFF);
    const telegram = new Telegram(TOKEN, { apiRoot: fake.apiRoot, webhookReply: false });
    sender = new TelegramSender(
      telegrafTransport(telegram),
      { log, onUnreachable: async () => {} },
      { globalRate: 1000, chatRate: 1000 },
    );
  });
  afterEach(async () => {
    await desk.stop();
    await sender.stop();
    await fake.stop({ allowUnusedFaults: true });
  });

  it('30 messages arriving over a few seconds all reach the topic, in order, joined, within the group limit', async () => {
    desk = new TelegramStaffDesk(sender, String(STAFF), log, { perMinute: 5, windowMs: 1000 });
    const threadId = await desk.openTopic('#0001 · English · Telegram');
    const sends: Promise<void>[] = [];
    for (let i = 1; i <= 30; i++) {
      sends.push(desk.relay(threadId, { kind: 'text', text: `message number ${i}` }));
      await new Promise((r) => setTimeout(r, 50));
    }
    await Promise.all(sends);
    const posts = fake.sentTo(STAFF).filter((c) => c.payload.message_thread_id === threadId);
    const text = posts.map((c) => String(c.payload.text)).join('\n\n');
    const numbers = [...text.matchAll(/message number (\d+)/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(posts.length).toBeLessThan(30);
    // Never more than `perMinute` posts inside one window.
    const times = posts.map((c) => c.at);
    for (let i = 5; i < times.length; i++) expect(times[i]! - times[i - 5]!).toBeGreaterThanOrEqual(900);
  });

  it('a copy keeps its place between texts, and a 429 answer is waited out, not dropped', async () => {
    desk = new TelegramStaffDesk(sender, String(STAFF), log, { perMinute: 100, windowMs: 1000 });
    const threadId = await desk.openTopic('#0002 · English · Telegram');
    const photo = fake.userSendsPhoto({ id: 4242 }, 'a letter');
    fake.failNext('sendMessage', { code: 429, description: 'Too Many Requests: retry after 1', retryAfter: 1 });
    await Promise.all([
      desk.relay(threadId, { kind: 'text', text: 'before' }),
      desk.relay(threadId, { kind: 'telegram_message', chatId: '4242', messageId: photo.message.message_id }),
      desk.relay(threadId, { kind: 'text', text: 'after' }),
    ]);
    const posts = fake
      .sentTo(STAFF)
      .filter((c) => c.payload.message_thread_id === threadId)
      .map((c) => (c.method === 'copyMessage' ? 'copy' : String(c.payload.text)));
    expect(posts).toEqual(['💬 before', 'copy', '💬 after']);
  });

  it('writes each card button as its staff action, and counts an edit that changes nothing as done', async () => {
    desk = new TelegramStaffDesk(sender, String(STAFF), log);
    const buttons = [{ label: 'Claim', action: { type: 'case_claim', caseId: 7 } }] as const;
    const cardId = await desk.post(undefined, '#0007 waiting', buttons);
    expect(fake.sentTo(STAFF).at(-1)!.payload.reply_markup).toEqual({
      inline_keyboard: [[{ text: 'Claim', callback_data: 's:claim:7' }]],
    });
    await expect(desk.edit(undefined, cardId, '#0007 waiting', buttons)).resolves.toBeUndefined();
    expect(fake.callsTo('editMessageText').map((c) => c.ok)).toEqual([false]);
  });

  it('a private message to a supporter who never started the bot reports false', async () => {
    desk = new TelegramStaffDesk(sender, String(STAFF), log);
    fake.blockChat(777);
    fake.userSends({ id: 778 }, '/start');
    expect(await desk.direct('777', 'number')).toBe(false);
    expect(await desk.direct('778', 'number')).toBe(true);
  });
});
