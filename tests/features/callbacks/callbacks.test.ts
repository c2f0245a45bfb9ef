import { engineServices } from '../../../src/features/index.js';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeStaffAction, encodeStaffAction, type StaffActionOf } from '../../../src/kernel/staff/staff-action.js';
import { Callbacks } from '../../../src/features/callbacks/callbacks.js';
import { Conversations, type Incoming } from '../../../src/kernel/conversation/conversations.js';
import { Handoff } from '../../../src/features/handoff/handoff.js';
import type { ContentSet } from '../../../src/kernel/content/content-set.js';
import { createLogger } from '../../../src/kernel/log.js';
import type { StaffEvent } from '../../../src/kernel/staff/desk.js';
import type { ChannelName } from '../../../src/kernel/ports/store.js';
import { IdentityCipher } from '../../../src/adapters/store/identity-cipher.js';
import type { FeatureStore as Store } from '../../../src/features/index.js';
import { FakeStaffDesk, RecordingChannel } from '../../helpers/fake-staff-desk.js';
import { randomKey, shippedContent, tempDir, openTestStore } from '../../helpers/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const ANA = { id: '501', firstName: 'Ana' };
const BO = { id: '502', firstName: 'Bo' };

/** The data of a callback card's button, as the staff group receives it. */
function callbackButtonData(step: 'claim' | 'show' | 'done' | 'noans' | 'cancel', requestId: number): string {
  const type: StaffActionOf<'callback'>['type'] = step === 'noans' ? 'callback_no_answer' : `callback_${step}`;
  return encodeStaffAction({ type, requestId });
}

describe('callback requests (app level)', () => {
  let store: Store;
  let dir: string;
  let key: string;
  let cleanup: () => void;
  let now: number;
  let desk: FakeStaffDesk;
  let channel: RecordingChannel;
  let wa: RecordingChannel;
  let conversations: Conversations;
  let callbacks: Callbacks;
  let handoff: Handoff;

  const build = (content: ContentSet = shippedContent(), withDesk = true) => {
    const clock = { now: () => now };
    const channels = () =>
      new Map<ChannelName, RecordingChannel>([
        ['simulator', channel],
        ['whatsapp', wa],
      ]);
    const log = createLogger('silent');
    conversations = new Conversations(content, store.contacts, store.sessions, clock, engineServices);
    handoff = new Handoff({
      content,
      cases: store.cases,
      contacts: store.contacts,
      hooks: { mayReachStaff: async () => true },
      desk: withDesk ? desk : undefined,
      channels,
      conversations,
      clock,
      log,
      options: { remindAfterMinutes: 10 },
    });
    callbacks = new Callbacks({
      content,
      callbacks: store.callbacks,
      contacts: store.contacts,
      desk: withDesk ? desk : undefined,
      channels,
      conversations,
      clock,
      log,
      options: { revealMinutes: 10, remindHours: 4, retentionDays: 14, aliases: new Map([['503', 'Kim']]) },
    });
    conversations.use(handoff);
    conversations.use(callbacks);
  };

  const reopen = async () => {
    await store.close();
    store = await openTestStore(path.join(dir, 'c.db'), new IdentityCipher(key));
    build();
  };

  beforeEach(async () => {
    const t = tempDir();
    dir = t.dir;
    cleanup = t.cleanup;
    now = Date.parse('2026-11-25T15:00:00Z'); // Wednesday 10:00 in Toronto
    key = randomKey();
    store = await openTestStore(path.join(t.dir, 'c.db'), new IdentityCipher(key));
    desk = new FakeStaffDesk();
    channel = new RecordingChannel('simulator');
    wa = new RecordingChannel('whatsapp');
    build();
  });
  afterEach(async () => {
    await store.close();
    cleanup();
  });

  const send = (address: string, event: Incoming['event'], via: ChannelName = 'simulator') =>
    conversations.handle({ channel: via, address, event });
  const say = async (address: string, event: Incoming['event'], via: ChannelName = 'simulator') =>
    (await send(address, event, via)).outgoing.map((o) => o.text).join('\n');
  const tap = (address: string, key: string, via: ChannelName = 'simulator') =>
    say(address, { type: 'choice', key }, via);
  const type = (address: string, text: string, via: ChannelName = 'simulator') =>
    say(address, { type: 'text', text }, via);
  const startIn = async (address: string, locale: string, via: ChannelName = 'simulator') => {
    await send(address, { type: 'start' }, via);
    await send(address, { type: 'choice', key: `lang:${locale}` }, via);
  };
  const contactId = async (address: string, via: ChannelName = 'simulator') =>
    (await store.contacts.find(via, address))!.id;
  /** Starts a person in English and sends a complete request (the number 416 555 0123, code word "blue lotus"). */
  const request = async (address = 'p1') => {
    await startIn(address, 'en');
    await tap(address, 'callback');
    await type(address, '416 555 0123');
    for (const k of ['phone:yes', 'lang:en', 'when:today-evening', 'vm:no', 'org:yes']) await tap(address, k);
    await type(address, 'blue lotus');
    await tap(address, 'code:yes');
    return tap(address, 'send');
  };
  const callbacksTopic = () => [...desk.topics.entries()].find(([, t]) => t.name === '📞 Callbacks')!;
  const cards = () => [...desk.posts.entries()].filter(([, p]) => p.threadId === callbacksTopic()[0]);
  const lastCard = () => cards().at(-1)![1];
  /** A tap as the Telegram adapter passes it on: data that is no staff action never becomes an event. */
  const staffTap = async (data: string, from = ANA) => {
    const answers: (string | undefined)[] = [];
    const action = decodeStaffAction(data);
    if (!action) return { handled: false, toast: null };
    const event: StaffEvent = {
      type: 'button',
      threadId: callbacksTopic()?.[0],
      messageId: 1,
      from,
      action,
      answer: async (text) => void answers.push(text),
    };
    const handled = await callbacks.onStaffEvent(event);
    return { handled, toast: answers.length ? (answers[0] ?? '') : null };
  };

  it('takes a full request in English, one question at a time, and posts a card without the number', async () => {
    await startIn('p1', 'en');
    const first = await send('p1', { type: 'choice', key: 'callback' });
    expect(first.outgoing.map((o) => o.text).join('\n')).toMatch(
      /can call you[\s\S]*What number should we call\? For example: 416 555 0123/,
    );
    expect(first.outgoing.at(-1)?.options.map((o) => o.key)).toEqual(['cancel']);
    expect(await type('p1', '416 555 0123')).toBe('We will call +1 416 555 0123. Is that right?');
    expect(await tap('p1', 'phone:yes')).toBe('Which language would you like for the call?');
    expect(await tap('p1', 'lang:zh-Hans')).toBe('When is a good time for the call?');
    expect(await tap('p1', 'when:tomorrow-evening')).toMatch(/leave a voicemail/);
    expect(await tap('p1', 'vm:no')).toMatch(/say they are from Butterfly/);
    expect(await tap('p1', 'org:yes')).toMatch(/code word/);
    expect(await type('p1', 'blue lotus')).toBe('Your code word: blue lotus. Is that right?');
    const summary = await tap('p1', 'code:yes');
    expect(summary).toBe(
      [
        'Please check your request:',
        '📞 Number: +1 416 555 0123',
        '🗣️ Language: 简体中文',
        '🕒 When: Tomorrow, evening',
        '📨 Voicemail OK: 🚫 No',
        '🏷️ Caller may say Butterfly: ✅ Yes',
        '🔑 Code word: blue lotus',
      ].join('\n'),
    );
    const sent = await send('p1', { type: 'choice', key: 'send' });
    expect(sent.outgoing[0]?.text).toMatch(
      /^Thank you, your request has been sent\. .* will call you \(Tomorrow, evening\)\./,
    );
    expect(sent.outgoing.at(-1)?.screen).toBe('main');
    expect(await store.sessions.load(await contactId('p1'))).toEqual({
      v: 1,
      node: 'main',
      trail: ['main'],
      locale: 'en',
    });

    const saved = (await store.callbacks.pendingFor(await contactId('p1')))!;
    expect(saved).toMatchObject({
      status: 'open',
      language: 'zh-Hans',
      locale: 'en',
      slot: 'tomorrow-evening',
      voicemail: false,
      sayOrg: true,
      hasCode: true,
      attempts: 0,
    });
    expect(await store.callbacks.secrets(saved.id)).toEqual({
      phone: { e164: '+14165550123', display: '+1 416 555 0123' },
      code: 'blue lotus',
    });
    expect(callbacksTopic()).toBeDefined();
    const card = lastCard();
    expect(card.text).toMatch(
      /Call back #C0001\nStatus: open, not claimed yet\nWhen: Tomorrow, evening \(asked Wed, Nov 25, 10:00 EST\)\nLanguage: 简体中文/,
    );
    expect(card.text).not.toMatch(/416|555|0123|blue lotus|p1/);
    expect(card.buttons.map((b) => encodeStaffAction(b.action))).toEqual([
      callbackButtonData('claim', 1),
      callbackButtonData('cancel', 1),
    ]);
  });

  it('takes a full request in Chinese with a foreign number, the chat language by default and no code word', async () => {
    await startIn('p2', 'zh-Hans');
    expect(await tap('p2', 'callback')).toMatch(/可以给你打电话[\s\S]*我们应该打哪个号码/);
    expect(await type('p2', '+86 139 1234 5678')).toBe('我们会打 +86 139 1234 5678。对吗？');
    const language = await send('p2', { type: 'choice', key: 'phone:yes' });
    expect(language.outgoing[0]?.options.find((o) => o.selected)?.key).toBe('lang:zh-Hans');
    await tap('p2', 'lang:zh-Hans');
    await tap('p2', 'when:any');
    await tap('p2', 'vm:yes');
    expect(await tap('p2', 'org:no')).toMatch(/暗号/);
    expect(await tap('p2', 'code:skip')).toBe(
      [
        '请核对你的请求：',
        '📞 号码：+86 139 1234 5678',
        '🗣️ 语言：简体中文',
        '🕒 时间：任何时间都可以',
        '📨 可以留语音留言：✅ 是',
        '🏷️ 可以说来自 Butterfly：🚫 否',
        '🔑 暗号：无',
      ].join('\n'),
    );
    expect(await tap('p2', 'send')).toMatch(/^谢谢，你的请求已发送。/);
    const saved = (await store.callbacks.pendingFor(await contactId('p2')))!;
    expect(saved).toMatchObject({ language: 'zh-Hans', locale: 'zh-Hans', slot: 'any', hasCode: false, sayOrg: false });
    expect((await store.callbacks.secrets(saved.id))?.phone.e164).toBe('+8613912345678');
  });

  it('answers every bad input clearly and never crashes', async () => {
    await startIn('p1', 'en');
    await tap('p1', 'callback');
    expect(await type('p1', '416-555-CALL')).toMatch(
      /^Please write the phone number with digits only.*416 555 0123\n\nWhat number/s,
    );
    expect(await type('p1', '📞📞 🙂')).toMatch(/^Sorry, that doesn't look like a phone number I can use/);
    expect(await type('p1', '4'.repeat(200))).toMatch(/^Sorry, that doesn't look like a phone number/);
    expect(await type('p1', 'x'.repeat(200))).toMatch(/^Sorry, that doesn't look like a phone number/);
    expect(await type('p1', '13912345678')).toMatch(
      /doesn't look like a phone number[\s\S]*start with \+ and the country code/,
    );
    expect(await type('p1', '+44 20 7946 0958')).toBe('We will call +44 20 7946 0958. Is that right?');
    await tap('p1', 'phone:yes');
    expect(await type('p1', 'x'.repeat(200))).toMatch(/^Sorry, I didn't understand that[\s\S]*Which language/);
    expect(await type('p1', '🙂🙂')).toMatch(/^Sorry, I didn't understand that/);
    await tap('p1', 'lang:en');
    await tap('p1', 'when:any');
    await tap('p1', 'vm:yes');
    await tap('p1', 'org:yes');
    expect(await type('p1', '🌸🌸🌸')).toMatch(/^Please write one or two short words/);
    expect(await type('p1', 'a'.repeat(200))).toMatch(/^Please write one or two short words/);
    // /menu (or the word "menu") in the middle abandons the form cleanly: the answers go with it.
    const menu = await send('p1', { type: 'text', text: 'menu' });
    expect(menu.outgoing.at(-1)?.screen).toBe('main');
    expect((await store.sessions.load(await contactId('p1')))?.data).toBeUndefined();
    expect(await tap('p1', 'callback')).toMatch(/can call you[\s\S]*What number/);
    expect(await store.callbacks.pendingFor(await contactId('p1'))).toBeUndefined();
  });

  it('resumes at the same question after a restart in the middle of the form', async () => {
    await startIn('p1', 'en');
    await tap('p1', 'callback');
    await type('p1', '416 555 0123');
    await tap('p1', 'phone:yes');
    await tap('p1', 'lang:en');
    await reopen();
    // Anything the form cannot read shows the same question again, answers kept.
    expect(await say('p1', { type: 'unsupported', kind: 'sticker' })).toMatch(/When is a good time for the call\?$/);
    expect(await tap('p1', 'when:any')).toMatch(/voicemail/);
    await tap('p1', 'vm:yes');
    await tap('p1', 'org:yes');
    expect(await tap('p1', 'code:skip')).toMatch(/📞 Number: \+1 416 555 0123/);
  });

  it('Claim sends the number privately to the claimer only; Done closes it and tells the person', async () => {
    await request();
    expect(await staffTap(callbackButtonData('claim', 1), ANA)).toEqual({
      handled: true,
      toast: 'The number is in your private chat with the bot.',
    });
    expect(desk.directs).toHaveLength(1);
    expect(desk.directs[0]).toMatchObject({
      to: '501',
      text: expect.stringMatching(
        /Call back #C0001 \(you claimed it\)\nNumber: \+1 416 555 0123\nCode word: blue lotus/,
      ),
    });
    expect(lastCard().text).toMatch(/Status: claimed by Ana/);
    expect(lastCard().text).not.toMatch(/416|blue lotus/);
    expect(lastCard().buttons.map((b) => encodeStaffAction(b.action))).toEqual(
      ['show', 'done', 'noans', 'cancel'].map((a) => `s:cb:${a}:1`),
    );
    expect((await staffTap(callbackButtonData('claim', 1), BO)).toast).toBe(
      'Someone else has already claimed this request.',
    );
    expect((await staffTap(callbackButtonData('show', 1), BO)).toast).toBe(
      'Only the supporter who claimed this request can see the number.',
    );
    expect(desk.directs).toHaveLength(1);
    expect((await staffTap(callbackButtonData('show', 1), ANA)).toast).toMatch(/private chat/);
    expect((await staffTap(callbackButtonData('claim', 1), ANA)).toast).toMatch(/private chat/);
    expect(desk.directs.map((d) => d.to)).toEqual(['501', '501', '501']);

    expect((await staffTap(callbackButtonData('done', 1), BO)).handled).toBe(true);
    expect(lastCard().text).toMatch(/Status: done ✅ \(Ana\)/);
    expect(lastCard().buttons).toEqual([]);
    expect(channel.textsTo('p1').at(-1)).toMatch(/^Your call back request is complete\./);
    expect((await staffTap(callbackButtonData('noans', 1))).toast).toBe('This request is already closed.');
    // Done, so the menu offers a new form, not the old request.
    expect(await tap('p1', 'callback')).toMatch(/What number/);
  });

  it('without a private chat, Claim shows the number on the card for a limited time, then a timer edits it away (restart-safe)', async () => {
    await request();
    desk.unreachable.add('503');
    expect((await staffTap(callbackButtonData('claim', 1), { id: '503', firstName: 'Kimberly' })).toast).toMatch(
      /on the card for 10 min/,
    );
    expect(desk.directs).toEqual([]);
    expect(lastCard().text).toMatch(/Status: claimed by Kim\n/); // the alias, not the first name
    expect(lastCard().text).toMatch(
      /☎️ \+1 416 555 0123 · code word: blue lotus\nVisible to the whole group until 10:10/,
    );
    now += 9 * MINUTE;
    expect(await callbacks.tick()).toBe(0);
    expect(lastCard().text).toMatch(/416 555 0123/);
    await reopen();
    now += 2 * MINUTE;
    expect(await callbacks.tick()).toBe(1);
    expect(lastCard().text).not.toMatch(/416|blue lotus/);
    expect(lastCard().text).toMatch(/claimed by Kim/);
    expect((await store.callbacks.get(1))?.revealUntil).toBeNull();
    expect(await callbacks.tick()).toBe(0);
  });

  it('No answer keeps the request open, counts attempts, removes a shown number and tells the person', async () => {
    await request();
    desk.unreachable.add('501');
    await staffTap(callbackButtonData('claim', 1), ANA);
    expect(lastCard().text).toMatch(/416 555 0123/);
    expect((await staffTap(callbackButtonData('noans', 1))).handled).toBe(true);
    expect(await store.callbacks.get(1)).toMatchObject({
      status: 'open',
      attempts: 1,
      claimedBy: null,
      revealUntil: null,
      lastAttemptAt: now,
    });
    expect(lastCard().text).toMatch(/Status: open, not claimed yet[\s\S]*Attempts so far: 1/);
    expect(lastCard().text).not.toMatch(/416/);
    expect(lastCard().buttons.map((b) => encodeStaffAction(b.action))).toEqual(['s:cb:claim:1', 's:cb:cancel:1']);
    expect(channel.textsTo('p1').at(-1)).toMatch(/tried to call you but could not reach you/);
    expect((await staffTap(callbackButtonData('noans', 1))).toast).toBe('Claim the request first.');
    desk.unreachable.clear();
    await staffTap(callbackButtonData('claim', 1), BO);
    await staffTap(callbackButtonData('noans', 1), BO);
    expect((await store.callbacks.get(1))?.attempts).toBe(2);
  });

  it('the person sees their pending request from the menu and can cancel it', async () => {
    await request();
    const pending = await tap('p1', 'callback');
    expect(pending).toBe(
      'You have asked for a call back:\n🕒 Today, evening\n📞 Number ending in 0123\nStatus: waiting for a peer supporter',
    );
    expect(await tap('p1', 'withdraw')).toBe('Do you want to cancel your call back request?');
    expect(await tap('p1', 'withdraw:no')).toMatch(/^OK, your request stays\.\n\nYou have asked/);
    await tap('p1', 'withdraw');
    const done = await send('p1', { type: 'choice', key: 'withdraw:yes' });
    expect(done.outgoing[0]?.text).toBe('Your call back request has been cancelled and will be deleted.');
    expect(done.outgoing.at(-1)?.screen).toBe('main');
    expect(await store.callbacks.get(1)).toMatchObject({ status: 'cancelled', closedBy: 'person' });
    expect(lastCard().text).toMatch(/Status: cancelled by the person/);
    expect(lastCard().buttons).toEqual([]);
    expect((await staffTap(callbackButtonData('claim', 1))).toast).toBe('This request is already closed.');
    expect(await tap('p1', 'callback')).toMatch(/What number/);
  });

  it('a claimed request shows as such, and a withdrawal that comes too late is answered kindly', async () => {
    await request();
    await staffTap(callbackButtonData('claim', 1), ANA);
    expect(await tap('p1', 'callback')).toMatch(/Status: a peer supporter will call you/);
    await tap('p1', 'withdraw');
    await staffTap(callbackButtonData('done', 1), ANA);
    expect(await tap('p1', 'withdraw:yes')).toMatch(/^This request is already closed\./);
  });

  it('staff can cancel a request; the person is told', async () => {
    await request();
    expect((await staffTap(callbackButtonData('cancel', 1), BO)).handled).toBe(true);
    expect(await store.callbacks.get(1)).toMatchObject({ status: 'cancelled', closedBy: 'staff' });
    expect(lastCard().text).toMatch(/Status: cancelled by staff/);
    expect(channel.textsTo('p1').at(-1)).toMatch(/closed by a peer supporter[\s\S]*\+1-416-906-3098/);
  });

  it('posts an unclaimed request again after the reminder time, retiring the old card', async () => {
    await request();
    const [firstId] = cards()[0]!;
    now += 4 * HOUR - MINUTE;
    expect(await callbacks.tick()).toBe(0);
    now += 2 * MINUTE;
    expect(await callbacks.tick()).toBe(1);
    expect(cards()).toHaveLength(2);
    expect(desk.posts.get(firstId)).toMatchObject({
      text: '#C0001 is still unclaimed: posted again below.',
      buttons: [],
    });
    expect(lastCard().text).toMatch(/^⏰ Reminder: this request is still waiting/);
    expect(lastCard().buttons.map((b) => encodeStaffAction(b.action))).toEqual(['s:cb:claim:1', 's:cb:cancel:1']);
    expect((await store.callbacks.get(1))?.cardMessageId).toBe(cards()[1]![0]);
    expect(await callbacks.tick()).toBe(0);
    // Claimed requests are not reminded; the buttons of the new card work.
    await staffTap(callbackButtonData('claim', 1), ANA);
    now += 5 * HOUR;
    expect(await callbacks.tick()).toBe(0);
    expect(lastCard().text).toMatch(/claimed by Ana/);
  });

  it('creates the Callbacks topic once and remembers it across restarts', async () => {
    await request('p1');
    await reopen();
    await request('p2');
    expect([...desk.topics.values()].filter((t) => t.name === '📞 Callbacks')).toHaveLength(1);
    expect(cards()).toHaveLength(2);
  });

  it('retries a card that could not be posted on the next tick', async () => {
    desk.failOpenTopic = 1;
    expect(await request()).toMatch(/^Thank you/);
    expect(desk.topics.size).toBe(0);
    expect(await callbacks.tick()).toBe(1);
    expect(cards()).toHaveLength(1);
  });

  it('deletes done and cancelled requests after the retention period, and only those', async () => {
    await request('p1');
    await request('p2');
    await staffTap(callbackButtonData('claim', 1), ANA);
    await staffTap(callbackButtonData('done', 1), ANA);
    const closedAt = now;
    now += 14 * DAY - 1;
    expect(await callbacks.purge()).toBe(0);
    expect(await callbacks.purge(closedAt + 14 * DAY)).toBe(1);
    expect(await store.callbacks.get(1)).toBeUndefined();
    expect(await store.callbacks.get(2)).toMatchObject({ status: 'open' });
    expect(await callbacks.purge(now + 365 * DAY)).toBe(0);
  });

  it('forgetting someone withdraws their request first: a number shown on the card is taken off at once', async () => {
    await request();
    desk.unreachable.add('503');
    await staffTap(callbackButtonData('claim', 1), { id: '503', firstName: 'Kimberly' });
    expect(lastCard().text).toMatch(/416 555 0123/);
    await callbacks.withdrawForForget(await contactId('p1'));
    expect(lastCard().text).not.toMatch(/416|555|blue lotus/);
    expect(lastCard().buttons).toEqual([]);
    expect((await store.callbacks.get(1))?.status).toBe('cancelled');
  });

  it('forgetting the contact deletes their requests', async () => {
    await request();
    await store.contacts.delete(await contactId('p1'));
    expect(await store.callbacks.get(1)).toBeUndefined();
  });

  it('never writes the phone number or the code word in plaintext to the database file or its WAL', async () => {
    await startIn('p1', 'en');
    await tap('p1', 'callback');
    await type('p1', '416 555 0123');
    await tap('p1', 'phone:yes');
    desk.unreachable.add('501');
    await request('p2');
    await staffTap(callbackButtonData('claim', 1), ANA);
    const secrets = ['4165550123', '416 555 0123', '416-555-0123', '+14165550123', 'blue lotus'];
    const scan = () => {
      for (const f of readdirSync(dir)) {
        const bytes = readFileSync(path.join(dir, f));
        for (const s of secrets) expect(bytes.includes(Buffer.from(s)), `${s} in ${f}`).toBe(false);
      }
    };
    expect(readdirSync(dir).some((f) => f.endsWith('-wal'))).toBe(true);
    scan();
    await store.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    scan();
  });

  it('ignores malformed or unknown staff button data; an unknown request id is answered', async () => {
    await request();
    for (const data of [
      's:cb:claim:abc',
      's:cb:steal:1',
      's:cb:claim:1:x',
      's:cb:claim:01',
      's:cb:claim:0',
      's:claim:1',
      'callback|send',
      'garbage',
      `s:cb:claim:${'9'.repeat(13)}`,
    ]) {
      expect(await staffTap(data), data).toEqual({ handled: false, toast: null });
    }
    expect(await store.callbacks.get(1)).toMatchObject({ status: 'open' });
    expect(decodeStaffAction('s:cb:noans:42')).toEqual({ type: 'callback_no_answer', requestId: 42 });
    expect(await staffTap('s:cb:claim:999')).toEqual({ handled: true, toast: 'This request is already closed.' });
    expect(await callbacks.onStaffEvent({ type: 'topic_closed', threadId: callbacksTopic()[0] })).toBe(false);
  });

  it('on WhatsApp offers the chat number when the id is phone-based, never for an @lid id', async () => {
    await startIn('14165550123@c.us', 'en', 'whatsapp');
    const form = await send('14165550123@c.us', { type: 'choice', key: 'callback' }, 'whatsapp');
    expect(form.outgoing.at(-1)?.text).toMatch(/use the number of this WhatsApp chat: \+1 416 555 0123$/);
    expect(form.outgoing.at(-1)?.options.map((o) => o.key)).toEqual(['phone:chat', 'cancel']);
    expect(await say('14165550123@c.us', { type: 'pick', index: 1 }, 'whatsapp')).toBe(
      'Which language would you like for the call?',
    );

    await startIn('123456789012345@lid', 'en', 'whatsapp');
    const lid = await send('123456789012345@lid', { type: 'choice', key: 'callback' }, 'whatsapp');
    expect(lid.outgoing.at(-1)?.options.map((o) => o.key)).toEqual(['cancel']);
    expect(lid.outgoing.at(-1)?.text).not.toMatch(/WhatsApp chat/);
  });

  it('without a staff group, says requests cannot be taken and offers the hotline', async () => {
    build(shippedContent(), false);
    await startIn('p1', 'en');
    const reply = await send('p1', { type: 'choice', key: 'callback' });
    expect(reply.outgoing[0]?.text).toMatch(/cannot be taken.*\+1-416-906-3098/);
    expect(reply.outgoing.at(-1)?.screen).toBe('main');
  });

  it('out of hours, the hand-off offers a call back (a tap, or its number on WhatsApp)', async () => {
    const base = shippedContent();
    build({ ...base, settings: { ...base.settings, office_hours: { mon: ['10:00-18:00'] } } });
    await startIn('p1', 'en');
    const off = await send('p1', { type: 'choice', key: 'handoff' });
    expect(off.outgoing[0]?.options.map((o) => [o.key, o.label])).toEqual([
      ['leave-message', '✉️ Leave a message'],
      ['callback', '📞 Ask for a call back instead'],
    ]);
    expect(await tap('p1', 'callback')).toMatch(/can call you[\s\S]*What number/);
    expect(desk.topics.size).toBe(0);

    await startIn('wa', 'en', 'whatsapp');
    await send('wa', { type: 'choice', key: 'handoff' }, 'whatsapp');
    expect(await say('wa', { type: 'pick', index: 2 }, 'whatsapp')).toMatch(/What number/);
    await send('wa', { type: 'command', name: 'menu' }, 'whatsapp');
    await send('wa', { type: 'choice', key: 'handoff' }, 'whatsapp');
    expect(await say('wa', { type: 'pick', index: 1 }, 'whatsapp')).toMatch(/next shift/);
  });

  it('someone still waiting in line is offered a call back instead (buttons only), which ends the wait', async () => {
    await startIn('p1', 'en');
    await send('p1', { type: 'choice', key: 'handoff' });
    await startIn('wa', 'en', 'whatsapp');
    await send('wa', { type: 'choice', key: 'handoff' }, 'whatsapp');
    now += 11 * MINUTE;
    await handoff.tick();
    const reminder = channel.sent.at(-1)!.items[0]!;
    expect(reminder.text).toMatch(/still in line/);
    expect(reminder.options.map((o) => o.key)).toEqual(['callback']);
    expect(wa.sent.at(-1)!.items[0]!.options).toEqual([]);
    expect(await say('p1', { type: 'choice', key: 'callback', from: 'handoff' })).toMatch(/What number/);
    expect(await store.cases.openFor(await contactId('p1'))).toBeUndefined();
    expect(await store.cases.openFor(await contactId('wa', 'whatsapp'))).toBeDefined();
  });

  it('keeps every button label of the form within 32 characters in every language', () => {
    const content = shippedContent();
    const labels = Object.entries({
      btn: /-btn$/,
      yes: /^callback-(yes|no)$/,
      when: /^callback-when-/,
      field: /^callback-field-/,
      withdraw: /^callback-withdraw-(yes|no)$/,
    });
    const ids = readFileSync(
      path.join(path.dirname(new URL(import.meta.url).pathname), '../../../locales/en/callback.ftl'),
      'utf8',
    )
      .split('\n')
      .map((l) => /^([a-z][a-z0-9-]*) =/.exec(l)?.[1])
      .filter((id): id is string => !!id && labels.some(([, re]) => re.test(id)));
    expect(ids.length).toBeGreaterThan(25);
    const long = content.settings.locales.enabled.flatMap((locale) =>
      ids
        .map((id) => [locale, id, content.translator.t(locale, id)] as const)
        .filter(([, , text]) => [...text].length > 32),
    );
    expect(long).toEqual([]);
  });
});
