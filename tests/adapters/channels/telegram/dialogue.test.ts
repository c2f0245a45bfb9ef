import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../../../src/main/compose.js';
import { FakeBotApi } from '../../../helpers/fake-bot-api.js';
import { answers, buttonFor, onboard, say, startBot, tap, tempData, type TempData } from './harness.js';

/**
 * Three things a person notices about the dialogue, through the real entry point (Telegram over the fake Bot API,
 * `npm start`'s wiring): how a conversation starts, /end with no chat, and Back on an older message.
 */
const STAFF_CHAT = -1009998;

let fake: FakeBotApi;
let data: TempData;
let running: Running;

beforeAll(async () => {
  fake = await FakeBotApi.start();
  data = tempData();
  running = await startBot(fake, data, { STAFF_CHAT_ID: String(STAFF_CHAT) });
});

afterAll(async () => {
  await running?.stop();
  await fake?.stop();
  data?.cleanup();
});

const t = (locale: string, id: string) => running.content.translator.t(locale, id);

describe('the dialogue as a person sees it', () => {
  it('a first "hello" from someone new opens with the language picker, theirs marked, not "I didn\'t understand"', async () => {
    const user = { id: 4101, languageCode: 'fr' };
    const picker = await say(fake, user, 'hello');
    expect(picker.text).toBe(t('fr', 'language-prompt'));
    expect(picker.text).not.toContain(t('fr', 'fallback-not-understood'));
    const french = picker.buttons.find((b) => b.callback_data.endsWith('|lang:fr'))!;
    expect(french.text.startsWith(t('fr', 'selected-mark'))).toBe(true);
    // The picker works as after /start.
    const menu = await tap(fake, user, picker.messageId, buttonFor(picker, 'lang:fr'));
    expect(menu.text).toBe(t('fr', 'main-menu'));
  });

  it('/end with no chat open says there is none, above the menu; during a chat it asks first', async () => {
    const user = { id: 4102, languageCode: 'en' };
    const menu = await onboard(fake, user, 'en');
    const [notice, screen] = await answers(fake, user.id, () => fake.userSends(user, '/end'), 2);
    expect(notice!.text).toBe(t('en', 'handoff-no-chat'));
    expect(screen!.text).toBe(t('en', 'main-menu'));
    expect(fake.callsTo('createForumTopic')).toHaveLength(0);

    await answers(fake, user.id, () => fake.userTaps(user, menu.messageId, buttonFor(menu, 'handoff')));
    await fake.waitFor((c) => c.method === 'createForumTopic', 5000);
    const question = await say(fake, user, '/end');
    expect(question.text).toBe(t('en', 'handoff-confirm-end'));
    const [ended] = await answers(
      fake,
      user.id,
      () => fake.userTaps(user, question.messageId, buttonFor(question, 'end-yes')),
      2,
    );
    expect(ended!.text).toBe(t('en', 'handoff-ended'));
    const [again] = await answers(fake, user.id, () => fake.userSends(user, '/end'), 2);
    expect(again!.text).toBe(t('en', 'handoff-no-chat'));
  });

  it("Back tapped on an older message goes back from that message's screen, not from where the person is now", async () => {
    const user = { id: 4103, languageCode: 'en' };
    const main = await onboard(fake, user, 'en');
    // The police menu replaces the main menu in place; the information screens after it come as new messages.
    const police = await tap(fake, user, main.messageId, buttonFor(main, 'police'));
    expect(police.text).toBe(t('en', 'police-menu'));
    const arrest = await tap(fake, user, police.messageId, buttonFor(police, 'police-arrest'));
    const more = await tap(fake, user, arrest.messageId, buttonFor(arrest, 'police-arrest-2'));
    expect(more.text).toContain(t('en', 'police-arrest-2'));
    // Back on the older police menu: the screen before police is the main menu (not police-arrest, the one before now).
    const back = await tap(fake, user, police.messageId, buttonFor(police, 'back'));
    expect(back.text).toBe(t('en', 'main-menu'));
    // Back on the newest message still goes one screen back from there.
    const police2 = await tap(fake, user, back.messageId, buttonFor(back, 'police'));
    const rights = await tap(fake, user, police2.messageId, buttonFor(police2, 'police-rights'));
    expect((await tap(fake, user, rights.messageId, buttonFor(rights, 'back'))).text).toBe(t('en', 'police-menu'));
  });
});
