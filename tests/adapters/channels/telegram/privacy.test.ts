import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRIVACY_MESSAGES } from '../../../../src/features/privacy/messages.js';
import { loadConfig } from '../../../../src/main/config.js';
import { createLogger } from '../../../../src/kernel/log.js';
import { startPeerline, type Running } from '../../../../src/main/compose.js';
import { FakeBotApi } from '../../../helpers/fake-bot-api.js';
import { buttonFor, onboard, outputsTo, say, seen, tap, tempData, TOKEN, type TempData } from './harness.js';

/** "Clear this chat" and disappearing messages over real HTTP against the fake Bot API. */
describe('clearing a Telegram chat', () => {
  let fake: FakeBotApi;
  let data: TempData;
  let bot: Running | undefined;
  let now = Date.parse('2026-11-25T15:00:00Z');

  beforeEach(async () => {
    fake = await FakeBotApi.start();
    data = tempData();
    now = Date.parse('2026-11-25T15:00:00Z');
  });
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
    await fake.stop({ allowUnusedFaults: true });
    data.cleanup();
  });

  /** Starts Peerline as `npm start` does, with a clock the test moves (features.tick() runs the timers). */
  async function start(): Promise<Running> {
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATABASE_PATH: data.dbPath,
      DATA_KEY: data.dataKey,
      PORT: '0',
      SIMULATOR: 'false',
      TELEGRAM_GLOBAL_RATE: '1000',
      TELEGRAM_CHAT_RATE: '1000',
      RATE_LIMIT_PER_MINUTE: '600',
    });
    bot = await startPeerline(config, { log: createLogger('silent'), clock: { now: () => now } });
    await vi.waitFor(() => expect(fake.pollCount).toBeGreaterThan(0), { timeout: 3000, interval: 10 });
    return bot;
  }
  const t = (locale: string, id: string) => bot!.content.translator.t(locale, id);
  /** Every message in the private chat as Telegram holds it now: the bot's and the person's. */
  const chat = (userId: number) => fake.messagesIn(userId).map((m) => m.messageId);
  const deletedIds = () =>
    fake
      .callsTo('deleteMessages')
      .filter((c) => c.ok)
      .flatMap((c) => c.payload.message_ids as number[]);

  it("/clear deletes the bot's messages and the person's own, leaving only a short notice", async () => {
    await start();
    const user = { id: 7001, languageCode: 'en' };
    const menu = await onboard(fake, user, 'en');
    const police = await tap(fake, user, menu.messageId, buttonFor(menu, 'police'));
    await tap(fake, user, police.messageId, buttonFor(police, 'police-rights'));
    const typed = fake.userSends(user, 'where is the nearest clinic');
    await fake.waitFor(() => outputsTo(fake, user.id).length >= 5, 5000);
    const botMessages = chat(user.id);
    expect(botMessages.length).toBeGreaterThan(2);

    const cleared = await say(fake, user, '/clear');
    expect(cleared.text).toBe(t('en', PRIVACY_MESSAGES.cleared));
    const deleted = deletedIds();
    for (const id of botMessages) expect(deleted).toContain(id);
    expect(deleted).toContain(typed.message.message_id);
    expect(chat(user.id)).toEqual([cleared.messageId]);
    for (const call of fake.callsTo('deleteMessages')) expect(String(call.payload.chat_id)).toBe(String(user.id));
  });

  it('deletes in batches of at most 100 ids', async () => {
    await start();
    const user = { id: 7002, languageCode: 'en' };
    await onboard(fake, user, 'en');
    for (let i = 0; i < 60; i++) fake.userSends(user, `message ${i}`);
    await fake.waitFor(() => outputsTo(fake, user.id).length >= 62, 15_000);
    const before = chat(user.id).length;
    expect(before).toBeGreaterThan(60);
    await say(fake, user, '/clear');
    const calls = fake.callsTo('deleteMessages');
    expect(calls.length).toBeGreaterThanOrEqual(2);
    for (const call of calls) expect((call.payload.message_ids as number[]).length).toBeLessThanOrEqual(100);
    expect(new Set(deletedIds()).size).toBeGreaterThanOrEqual(before + 60);
    expect(chat(user.id)).toHaveLength(1);
  });

  it('a tap on "Clear this chat" deletes the very menu that was tapped, and the next tap anywhere gets a fresh message', async () => {
    await start();
    const user = { id: 7003, languageCode: 'fr' };
    const menu = await onboard(fake, user, 'fr');
    const more = await tap(fake, user, menu.messageId, buttonFor(menu, 'more'));
    const privacy = await tap(fake, user, more.messageId, buttonFor(more, 'privacy'));
    expect(privacy.text).toContain(t('fr', 'privacy-disappear-status-off'));
    const notice = await tap(fake, user, privacy.messageId, buttonFor(privacy, 'clear'));
    expect(notice.text).toBe(t('fr', PRIVACY_MESSAGES.cleared));
    expect(chat(user.id)).toEqual([notice.messageId]);
    const home = await say(fake, user, '/menu');
    expect(home.method).toBe('sendMessage');
  });

  it('disappearing messages: chosen on the privacy screen, each message is deleted that many minutes after it was sent', async () => {
    const running = await start();
    const user = { id: 7004, languageCode: 'en' };
    const menu = await onboard(fake, user, 'en');
    const more = await tap(fake, user, menu.messageId, buttonFor(menu, 'more'));
    const privacy = await tap(fake, user, more.messageId, buttonFor(more, 'privacy'));
    const picker = await tap(fake, user, privacy.messageId, buttonFor(privacy, 'disappear'));
    const set = await tap(fake, user, picker.messageId, buttonFor(picker, 'd:5'));
    expect(set.text).toContain('5 minutes');
    now += 4 * 60_000;
    const later = await say(fake, user, 'hello');
    await running.features.tick();
    expect(fake.callsTo('deleteMessages')).toHaveLength(0);
    now += 60_000 + 1;
    await running.features.tick();
    await fake.waitForCalls('deleteMessages', 1);
    // Everything from before minute one is gone; the later answer stays until its own five minutes are up.
    expect(chat(user.id)).toEqual([later.messageId]);
    now += 5 * 60_000;
    await running.features.tick();
    await fake.waitForCalls('deleteMessages', 2);
    expect(chat(user.id)).toEqual([]);
  });

  it('/forget then "yes": the chat is cleared and only the confirmation stays; the bot starts afresh', async () => {
    await start();
    const user = { id: 7005, languageCode: 'ja' };
    await onboard(fake, user, 'ja');
    const question = await say(fake, user, '/forget');
    expect(question.text).toBe(t('ja', PRIVACY_MESSAGES.forgetConfirm));
    const done = await tap(
      fake,
      user,
      question.messageId,
      question.buttons.find((b) => b.callback_data.endsWith('|forget-yes'))!.callback_data,
    );
    expect(done.text).toBe(t('ja', PRIVACY_MESSAGES.forgotten));
    expect(chat(user.id)).toEqual([done.messageId]);
    expect(await bot!.store.contacts.count()).toBe(0);
    const fresh = await say(fake, user, 'hi');
    expect(fresh.text).toContain(t('ja', 'language-prompt'));
    expect(seen(outputsTo(fake, user.id).at(-1)!).buttons.length).toBeGreaterThan(5);
  });
});
