import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Running } from '../../../../src/main/compose.js';
import { FakeBotApi } from '../../../helpers/fake-bot-api.js';
import { buttonFor, onboard, outputsTo, startBot, tempData, type TempData } from './harness.js';

/** Hand-off over real HTTP: a person's chat, the staff forum group, topics, relay both ways. */
const STAFF = -1001234567890;
const ana = { id: 501, firstName: 'Ana' };
const bo = { id: 502, firstName: 'Bo' };

describe('hand-off through the Telegram staff group', () => {
  let fake: FakeBotApi;
  let data: TempData;
  let bot: Running | undefined;

  beforeEach(async () => {
    fake = await FakeBotApi.start();
    fake.makeForum(STAFF, 'Peer supporters');
    data = tempData();
  });
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
    await fake.stop({ allowUnusedFaults: true });
    data.cleanup();
  });

  const start = async (env: Record<string, string> = {}) =>
    (bot = await startBot(fake, data, { STAFF_CHAT_ID: String(STAFF), ...env }));
  const staffPosts = () =>
    fake.calls.filter(
      (c) =>
        String(c.payload.chat_id) === String(STAFF) &&
        c.ok &&
        (c.method === 'sendMessage' || c.method === 'copyMessage'),
    );
  const openCase = async (user: { id: number; firstName?: string }, locale: string) => {
    const menu = await onboard(fake, user, locale);
    fake.userTaps(user, menu.messageId, buttonFor(menu, 'handoff'));
    const topicsBefore = fake.callsTo('createForumTopic').length;
    const created = (await fake.waitForCalls('createForumTopic', topicsBefore + 1, 5000))[topicsBefore]!;
    await fake.waitFor(
      (c) =>
        c.method === 'sendMessage' &&
        String(c.payload.chat_id) === String(STAFF) &&
        c.payload.message_thread_id === (created.result as { message_thread_id: number }).message_thread_id,
      5000,
    );
    return (created.result as { message_thread_id: number }).message_thread_id;
  };
  const cardOf = (threadId: number) => fake.messagesIn(STAFF).find((m) => m.threadId === threadId && m.replyMarkup);

  it.each([
    ['en', /#0001 · English · Telegram/],
    ['zh-Hans', /#0001 · 简体中文 · Telegram/],
  ])('a full case in %s: topic, card, relay both ways, /close', async (locale, topicName) => {
    await start();
    const person = { id: 9001, firstName: 'Mei', languageCode: locale };
    const threadId = await openCase(person, locale);
    const topic = fake.topics(STAFF).find((t) => t.threadId === threadId)!;
    expect(topic.name).toMatch(topicName);
    // No name, username or chat id ever reaches staff.
    for (const post of staffPosts()) {
      expect(JSON.stringify(post.payload)).not.toContain('Mei');
      expect(JSON.stringify(post.payload)).not.toContain('9001');
    }

    fake.userSends(person, 'I need help with a lawyer');
    await fake.waitFor(
      (c) =>
        c.method === 'sendMessage' &&
        c.payload.message_thread_id === threadId &&
        String(c.payload.text).includes('I need help with a lawyer'),
      5000,
    );

    fake.userSendsPhoto(person, 'a letter');
    await fake.waitFor(
      (c) =>
        c.method === 'copyMessage' &&
        c.payload.message_thread_id === threadId &&
        String(c.payload.from_chat_id) === '9001',
      5000,
    );

    fake.groupMessage(STAFF, ana, 'Hello, I am Ana from the team.', { threadId });
    const copied = await fake.waitFor(
      (c) => c.method === 'copyMessage' && String(c.payload.chat_id) === '9001' && c.ok,
      5000,
    );
    expect(String(copied.payload.from_chat_id)).toBe(String(STAFF));
    await vi.waitFor(() => expect(cardOf(threadId)?.text).toContain('Peer supporter: Ana'), { timeout: 3000 });

    fake.groupMessage(STAFF, ana, '/close', { threadId });
    await fake.waitFor((c) => c.method === 'closeForumTopic' && c.payload.message_thread_id === threadId, 5000);
    await vi.waitFor(() =>
      expect(
        outputsTo(fake, person.id).some(
          (c) =>
            c.payload.reply_markup !== undefined && String(c.payload.text).length > 0 && c.method === 'sendMessage',
        ),
      ).toBe(true),
    );
    await vi.waitFor(() => expect(fake.topics(STAFF).find((t) => t.threadId === threadId)?.closed).toBe(true));
    // After closing, the menu answers again.
    const before = outputsTo(fake, person.id).length;
    fake.userSends(person, '/menu');
    await vi.waitFor(() => expect(outputsTo(fake, person.id).length).toBeGreaterThan(before), { timeout: 3000 });
  });

  it('the first Claim wins; a forged Claim from a private chat is plain input', async () => {
    await start();
    const person = { id: 9002 };
    const threadId = await openCase(person, 'en');
    const card = cardOf(threadId)!;
    const forged = { id: 9003 };
    const menu = await onboard(fake, forged, 'en');
    fake.userTaps(forged, menu.messageId, 's:claim:1', { anyData: true });
    await vi.waitFor(() => expect(outputsTo(fake, forged.id).at(-1)?.payload.text).toMatch(/didn't understand/));
    expect(cardOf(threadId)?.text).toContain('Peer supporter: -');

    fake.userTaps(ana, card.messageId, 's:claim:1', { chatId: STAFF });
    await vi.waitFor(() => expect(cardOf(threadId)?.text).toContain('Peer supporter: Ana'), { timeout: 3000 });
    await vi.waitFor(() =>
      expect(outputsTo(fake, person.id).some((c) => String(c.payload.text).includes('peer supporter has joined'))).toBe(
        true,
      ),
    );
    fake.userTaps(bo, card.messageId, 's:claim:1', { chatId: STAFF, anyData: true });
    const toast = await fake.waitFor(
      (c) => c.method === 'answerCallbackQuery' && typeof c.payload.text === 'string',
      3000,
    );
    expect(String(toast.payload.text)).toMatch(/already claimed/);
    expect(cardOf(threadId)?.text).toContain('Peer supporter: Ana');
  });

  it('staff writing in General or in an unknown topic is not relayed to anyone; the bot never relays itself', async () => {
    await start();
    const person = { id: 9005 };
    const threadId = await openCase(person, 'en');
    const copiesBefore = fake.callsTo('copyMessage').length;
    fake.groupMessage(STAFF, ana, 'general chatter');
    fake.groupMessage(STAFF, ana, 'wrong topic', { threadId: threadId + 999 });
    fake.pushUpdate({
      message: {
        message_id: 77777,
        date: 0,
        chat: { id: STAFF, type: 'supergroup', title: 'x', is_forum: true },
        from: { id: 1000, is_bot: true, first_name: 'Bot' },
        message_thread_id: threadId,
        is_topic_message: true,
        text: 'echo?',
      },
    });
    fake.groupMessage(STAFF, bo, 'real reply', { threadId });
    await fake.waitFor((c) => c.method === 'copyMessage' && String(c.payload.chat_id) === '9005' && c.ok, 5000);
    expect(
      fake
        .callsTo('copyMessage')
        .slice(copiesBefore)
        .filter((c) => String(c.payload.chat_id) === '9005'),
    ).toHaveLength(1);
  });

  it('closing the topic by hand ends the case too', async () => {
    await start();
    const person = { id: 9006 };
    const threadId = await openCase(person, 'en');
    fake.pushUpdate({
      message: {
        message_id: 88888,
        date: 0,
        chat: { id: STAFF, type: 'supergroup', title: 'x', is_forum: true },
        from: { id: ana.id, is_bot: false, first_name: 'Ana' },
        message_thread_id: threadId,
        is_topic_message: true,
        forum_topic_closed: {},
      },
    });
    await vi.waitFor(
      () =>
        expect(
          outputsTo(fake, person.id).some((c) => String(c.payload.text).includes('peer supporter has ended the chat')),
        ).toBe(true),
      { timeout: 3000 },
    );
    expect(await bot!.store.cases.openCount()).toBe(0);
  });

  it('after a restart mid-case, relaying continues on the same topic', async () => {
    await start();
    const person = { id: 9007 };
    const threadId = await openCase(person, 'en');
    await bot!.stop();
    bot = await startBot(fake, data, { STAFF_CHAT_ID: String(STAFF) });
    fake.userSends(person, 'are you still there?');
    await fake.waitFor(
      (c) =>
        c.method === 'sendMessage' &&
        c.payload.message_thread_id === threadId &&
        String(c.payload.text).includes('still there'),
      5000,
    );
    fake.groupMessage(STAFF, ana, 'yes', { threadId });
    await fake.waitFor((c) => c.method === 'copyMessage' && String(c.payload.chat_id) === '9007' && c.ok, 5000);
    expect(fake.callsTo('createForumTopic')).toHaveLength(1);
  });
});
