import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeStaffAction } from '../../../../src/kernel/staff/staff-action.js';
import type { Running } from '../../../../src/main/compose.js';
import { FakeBotApi } from '../../../helpers/fake-bot-api.js';
import { answers, buttonFor, onboard, say, startBot, tempData, type TempData } from './harness.js';

/**
 * Forged and stale input. Telegram lets any client send any callback_data on
 * a message it can see, so button data is never trusted: a person's taps are
 * checked against their own state by the engine (a choice must be on their
 * current screen; only stale links to public content screens are followed),
 * their case is found by who they are, never by data they send, and staff
 * actions come only from the staff group (staff-parse.ts).
 */
const STAFF = -1001234567890;
const ana = { id: 501, firstName: 'Ana' };

describe('forged and stale buttons', () => {
  let fake: FakeBotApi;
  let data: TempData;
  let bot: Running | undefined;

  beforeEach(async () => {
    fake = await FakeBotApi.start();
    fake.makeForum(STAFF, 'Peer supporters');
    data = tempData();
    bot = await startBot(fake, data, { STAFF_CHAT_ID: String(STAFF) });
  });
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
    await fake.stop({ allowUnusedFaults: true });
    data.cleanup();
  });

  const t = (locale: string, id: string) => bot!.content.translator.t(locale, id);
  const openCase = async (user: { id: number; languageCode: string }) => {
    const menu = await onboard(fake, user, 'en');
    const topics = fake.callsTo('createForumTopic').length;
    fake.userTaps(user, menu.messageId, buttonFor(menu, 'handoff'));
    const created = (await fake.waitForCalls('createForumTopic', topics + 1, 5000))[topics]!;
    const threadId = (created.result as { message_thread_id: number }).message_thread_id;
    await fake.waitFor(
      (c) => c.method === 'sendMessage' && c.payload.message_thread_id === threadId && !!c.payload.reply_markup,
      5000,
    );
    return { menu, threadId };
  };
  const card = (threadId: number) => fake.messagesIn(STAFF).find((m) => m.threadId === threadId && m.replyMarkup);
  /** A tap with any data on a message the person can see (a modified client). */
  const forge = (user: { id: number }, messageId: number, dataValue: string) =>
    answers(fake, user.id, () => fake.userTaps(user, messageId, dataValue, { anyData: true }));

  it('a staff button forged in a private chat (claim, callback, alert) is only "not understood"; no case is claimed', async () => {
    const mei = { id: 8001, languageCode: 'en' };
    const { threadId } = await openCase(mei);
    const eve = { id: 8002, languageCode: 'en' };
    const menu = await onboard(fake, eve, 'en');
    for (const forged of [
      encodeStaffAction({ type: 'case_claim', caseId: 1 }),
      's:cb:claim:1',
      's:cb:show:1',
      's:al:ok:1',
      'privacy-forget|forget-yes',
      'handoff|end-yes',
    ]) {
      const [reply] = await forge(eve, menu.messageId, forged);
      expect(reply!.text, forged).toContain(t('en', 'fallback-not-understood'));
    }
    expect(card(threadId)!.text).toContain('Status: waiting');
    expect(card(threadId)!.replyMarkup).toBeDefined();
    // Eve's forged "yes" deleted nothing; Mei's case is still open and still relays.
    expect(await bot!.store.contacts.count()).toBe(2);
    fake.userSends(mei, 'are you there?');
    await fake.waitFor(
      (c) =>
        c.method === 'sendMessage' &&
        c.payload.message_thread_id === threadId &&
        String(c.payload.text).includes('are you there?'),
      5000,
    );
  });

  it('the person in a case cannot reach the staff side either: /close, /ban and a claim tap from their chat are just input', async () => {
    const mei = { id: 8003, languageCode: 'en' };
    const { menu, threadId } = await openCase(mei);
    fake.userSends(mei, '/close');
    fake.userSends(mei, '/ban');
    await fake.waitFor(
      () => fake.sentTo(STAFF).filter((c) => c.payload.message_thread_id === threadId).length >= 2,
      5000,
    );
    // A forged staff button in their own chat is not passed on to staff either (it becomes empty input).
    const [reply] = await forge(mei, menu.messageId, encodeStaffAction({ type: 'case_claim', caseId: 1 }));
    expect(reply!.text).toBe(t('en', 'handoff-cannot-relay'));
    expect(
      fake
        .sentTo(STAFF)
        .filter((c) => c.payload.message_thread_id === threadId)
        .map((c) => String(c.payload.text)),
    ).not.toContain('💬 ');
    expect(card(threadId)!.text).toContain('Status: waiting');
    expect(fake.topics(STAFF).find((tp) => tp.threadId === threadId)!.closed).toBe(false);
    expect(await bot!.store.privacy.isBanned((await bot!.store.contacts.find('telegram', String(mei.id)))!.id)).toBe(
      false,
    );
  });

  it('a stale "delete my data" button from an earlier question deletes nothing once the question was answered', async () => {
    const mei = { id: 8004, languageCode: 'en' };
    await onboard(fake, mei, 'en');
    const question = await say(fake, mei, '/forget');
    const no = question.buttons.find((b) => b.callback_data.endsWith('|forget-no'))!.callback_data;
    const yes = question.buttons.find((b) => b.callback_data.endsWith('|forget-yes'))!.callback_data;
    await answers(fake, mei.id, () => fake.userTaps(mei, question.messageId, no), 2);
    const [reply] = await forge(mei, question.messageId, yes);
    expect(reply!.text).toContain(t('en', 'fallback-not-understood'));
    expect(await bot!.store.contacts.find('telegram', String(mei.id))).toBeDefined();
  });

  it('in the staff group any member counts as staff — even one who is not a peer supporter: keep the group private', async () => {
    const mei = { id: 8005, languageCode: 'en' };
    const { threadId } = await openCase(mei);
    const stranger = { id: 666, firstName: 'Stranger' };
    fake.userTaps(stranger, card(threadId)!.messageId, encodeStaffAction({ type: 'case_claim', caseId: 1 }), {
      chatId: STAFF,
    });
    await fake.waitFor(() => (card(threadId)?.text ?? '').includes('Stranger'), 5000);
    expect(card(threadId)!.text).toContain('Peer supporter: Stranger');
  });

  it('a claim button tapped in another group never acts: the bot leaves that group', async () => {
    const mei = { id: 8006, languageCode: 'en' };
    const { threadId } = await openCase(mei);
    const other = -1009999;
    fake.groupMessage(other, ana, 'hello');
    await fake.waitFor((c) => c.method === 'leaveChat' && String(c.payload.chat_id) === String(other), 5000);
    expect(card(threadId)!.text).toContain('Status: waiting');
  });
});
