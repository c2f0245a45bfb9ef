import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Outgoing } from '../../../../src/kernel/ports/channel.js';
import { FakeBotApi } from '../../../helpers/fake-bot-api.js';
import { onboard, say, startChannel, tempData, type DirectBot, type TempData } from './harness.js';

let fake: FakeBotApi;
let data: TempData;
let bot: DirectBot;

beforeEach(async () => {
  fake = await FakeBotApi.start();
  data = tempData();
  // Telegram's pauses shortened: retry_after 1 s waits 40 ms here, so a storm takes well under a second.
  bot = await startChannel(fake, data, {
    sender: { globalRate: 1000, chatRate: 1000, retryAfterMs: (s) => s * 40, backoffMs: () => 5 },
  });
});

afterEach(async () => {
  await bot?.stop();
  await fake?.stop();
  data?.cleanup();
});

const t = (locale: string, id: string) => bot.content.translator.t(locale, id);
const notice = (text: string): Outgoing => ({
  kind: 'notice',
  display: 'notice',
  text,
  options: [],
  nav: [],
  locale: 'en',
});

describe("sending through Telegram's failures", () => {
  it('delivers every answer exactly once, in order per chat, when every third send gets 429', async () => {
    const users = [301, 302, 303].map((id) => ({ id, languageCode: 'en' }));
    for (const user of users) await onboard(fake, user, 'en');
    const before = new Map(users.map((u) => [u.id, fake.sentTo(u.id).length]));
    fake.failEvery('sendMessage', 3, { code: 429, description: 'Too Many Requests: retry after 1', retryAfter: 1 });

    for (const user of users) for (const text of ['/help', '/menu', '/language', 'qwerty']) fake.userSends(user, text);
    const expected = [
      t('en', 'help'),
      t('en', 'main-menu'),
      t('en', 'language-prompt'),
      `${t('en', 'fallback-not-understood')}\n\n${t('en', 'language-prompt')}`,
    ];
    for (const user of users) {
      await fake.waitFor(() => fake.sentTo(user.id).length >= before.get(user.id)! + expected.length, 5000);
    }
    expect(fake.callsTo('sendMessage').filter((c) => c.error?.code === 429).length).toBeGreaterThanOrEqual(4);
    for (const user of users) {
      const texts = fake
        .sentTo(user.id)
        .slice(before.get(user.id)!)
        .map((c) => c.payload.text);
      expect(texts).toEqual(expected.map((e) => expect.stringContaining(e)));
    }
  });

  it('marks a person who blocked the bot unreachable, keeps serving others, and reachable again when they write', async () => {
    const blocked = { id: 311, languageCode: 'en' };
    const other = { id: 312, languageCode: 'en' };
    await onboard(fake, blocked, 'en');
    fake.blockChat(blocked.id);
    fake.userSends(blocked, 'hello?');
    await vi.waitFor(
      async () => expect((await bot.store.contacts.find('telegram', String(blocked.id)))?.unreachable).toBe(true),
      { timeout: 3000, interval: 20 },
    );

    expect((await onboard(fake, other, 'en')).text).toBe(t('en', 'main-menu'));

    fake.blockChat(blocked.id, false);
    expect((await say(fake, blocked, '/menu')).text).toBe(t('en', 'main-menu'));
    expect((await bot.store.contacts.find('telegram', String(blocked.id)))?.unreachable).toBe(false);
  });

  it('marks a person unreachable when Telegram reports they blocked the bot', async () => {
    const user = { id: 313, languageCode: 'en' };
    await onboard(fake, user, 'en');
    const chat = { id: user.id, type: 'private', first_name: 'U' };
    const from = { id: user.id, is_bot: false, first_name: 'U' };
    fake.pushUpdate({
      my_chat_member: {
        chat,
        from,
        date: 0,
        old_chat_member: { status: 'member', user: fake.botUser },
        new_chat_member: { status: 'kicked', user: fake.botUser, until_date: 0 },
      },
    });
    await vi.waitFor(
      async () => expect((await bot.store.contacts.find('telegram', String(user.id)))?.unreachable).toBe(true),
      { timeout: 3000, interval: 20 },
    );
  });

  it('sends proactive messages and says when a person cannot be reached', async () => {
    const user = { id: 314, languageCode: 'en' };
    await onboard(fake, user, 'en');
    const ok = await bot.channel.send(String(user.id), [notice('one'), notice('two')], 'bulk');
    expect(ok).toMatchObject({ ok: true, messageIds: [expect.any(String), expect.any(String)] });
    expect(
      fake
        .sentTo(user.id)
        .slice(-2)
        .map((c) => c.payload.text),
    ).toEqual(['one', 'two']);

    fake.blockChat(user.id);
    expect(await bot.channel.send(String(user.id), [notice('three')], 'bulk')).toEqual({
      ok: false,
      reason: 'unreachable',
      code: 403,
    });
  });

  it('retries a 5xx and a dropped connection on the way to the person', async () => {
    const user = { id: 315, languageCode: 'en' };
    await onboard(fake, user, 'en');
    fake.failStatus('sendMessage', 502, 1);
    fake.dropNext('sendMessage', 1);
    expect((await say(fake, user, '/help')).text).toBe(t('en', 'help'));
    expect(fake.sentTo(user.id).filter((c) => c.payload.text === t('en', 'help'))).toHaveLength(1);
  });

  it('reports healthy while polling, and not after stop', async () => {
    expect(bot.channel.health()).toEqual({ up: true, detail: 'polling' });
    await bot.channel.stop();
    expect(bot.channel.health().up).toBe(false);
  });
});
