import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../../../src/main/compose.js';
import { FakeBotApi } from '../../../helpers/fake-bot-api.js';
import { answers, buttonFor, onboard, say, startBot, tap, tempData, type TempData } from './harness.js';

const STAFF_CHAT = -1009999;
let nextId = 2100;

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

describe('what people send', () => {
  it('answers typed text with "not understood" and the menu again', async () => {
    const user = { id: 201, languageCode: 'en' };
    await onboard(fake, user, 'en');
    const answer = await say(fake, user, 'qwerty zxcv');
    expect(answer.method).toBe('sendMessage');
    expect(answer.text).toBe(`${t('en', 'fallback-not-understood')}\n\n${t('en', 'main-menu')}`);
    expect(answer.buttons.map((b) => b.text)).toContain(t('en', 'main-police'));
  });

  it("answers in the person's language", async () => {
    const user = { id: 202, languageCode: 'zh-hans' };
    await onboard(fake, user, 'zh-Hans');
    expect((await say(fake, user, '？？')).text).toContain(t('zh-Hans', 'fallback-not-understood'));
  });

  it.each([
    ['a sticker', (u: { id: number }) => fake.userSendsSticker(u)],
    ['a photo with a caption', (u: { id: number }) => fake.userSendsPhoto(u, 'my ID card')],
    ['a voice note', (u: { id: number }) => fake.userSendsVoice(u)],
    ['a location', (u: { id: number }) => fake.userSendsLocation(u, 43.65, -79.38)],
  ])('answers %s politely, with the menu', async (_what, send) => {
    const user = { id: nextId++, languageCode: 'en' };
    await onboard(fake, user, 'en');
    const [answer] = await answers(fake, user.id, () => send(user));
    expect(answer!.text).toBe(`${t('en', 'fallback-unsupported')}\n\n${t('en', 'main-menu')}`);
  });

  it('answers an edited message politely', async () => {
    const user = { id: 203, languageCode: 'en' };
    await onboard(fake, user, 'en');
    const sent = fake.userSends(user, 'first try');
    await fake.waitFor(() => fake.sentTo(user.id).length >= 2);
    const [answer] = await answers(fake, user.id, () =>
      fake.editedMessage(user, sent.message.message_id, 'second try'),
    );
    expect(answer!.text).toContain(t('en', 'fallback-unsupported'));
  });

  it('answers malformed button data with "not understood" and keeps working', async () => {
    const user = { id: 204, languageCode: 'en' };
    const menu = await onboard(fake, user, 'en');
    for (const forged of ['garbage', '|', 'main|no-such-screen', '\u0000\uffff|x']) {
      const [answer] = await answers(fake, user.id, () =>
        fake.userTaps(user, menu.messageId, forged, { anyData: true }),
      );
      expect(answer!.text).toContain(t('en', 'fallback-not-understood'));
    }
    const police = await tap(fake, user, menu.messageId, buttonFor(menu, 'police'));
    expect(police.text).toBe(t('en', 'police-menu'));
  });

  it('cuts a huge text before the engine and answers it like any text', async () => {
    const user = { id: 205, languageCode: 'en' };
    await onboard(fake, user, 'en');
    expect((await say(fake, user, 'x'.repeat(50_000))).text).toContain(t('en', 'fallback-not-understood'));
  });

  it('leaves a group that is not the staff group, and stays silent in the staff group', async () => {
    const member = { id: 206 };
    fake.groupMessage(STAFF_CHAT, member, '/start', { forum: true });
    fake.groupMessage(-100555, member, '/start', { forum: false });
    const left = await fake.waitFor('leaveChat');
    expect(left.payload.chat_id).toBe(-100555);
    expect(fake.sentTo(-100555)).toEqual([]);
    // The staff message came first, so it was recorded (and, having no handler yet, dropped) before the group's.
    expect(fake.callsTo('leaveChat').map((c) => c.payload.chat_id)).toEqual([-100555]);
    expect(fake.sentTo(STAFF_CHAT)).toEqual([]);
  });
});
