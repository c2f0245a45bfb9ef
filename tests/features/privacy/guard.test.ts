import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../src/features/privacy/rate-limit.js';
import { limitRelay, MAX_RELAY_CHARS } from '../../../src/features/handoff/relay-limit.js';
import { HANDOFF_MESSAGES } from '../../../src/features/handoff/messages.js';
import { PRIVACY_MESSAGES } from '../../../src/features/privacy/messages.js';
import type { StaffEvent } from '../../../src/kernel/staff/desk.js';
import type { StaffCommandName } from '../../../src/kernel/staff/staff-commands.js';
import { appWorld, type AppWorld } from '../../helpers/app-world.js';

const ana = { id: '501', firstName: 'Ana' };

function staffCommand(threadId: number | undefined, name: StaffCommandName): StaffEvent {
  return {
    type: 'message',
    threadId,
    messageId: 1,
    from: ana,
    text: `/${name}`,
    command: { name, args: '' },
    replyTo: undefined,
    content: { text: `/${name}` },
  };
}

describe('abuse limits: rate limit, /ban and /unban, relay length', () => {
  let w: AppWorld;
  beforeEach(async () => {
    w = await appWorld();
  });
  afterEach(async () => {
    await w.close();
  });
  const t = (locale: string, id: string, args?: Record<string, string | number>) =>
    w.content.translator.t(locale, id, args);

  it('asks someone sending more than 20 updates a minute to slow down, once, in their language, then ignores them for the cool-down', async () => {
    await w.onboard('p1', 'zh-Hans'); // 2 updates
    for (let i = 0; i < 18; i++) expect((await w.say('p1', { type: 'text', text: `x${i}` })).length).toBeGreaterThan(0);
    expect(await w.say('p1', { type: 'text', text: 'one too many' })).toEqual([
      t('zh-Hans', PRIVACY_MESSAGES.slowDown, { minutes: 5 }),
    ]);
    for (let i = 0; i < 5; i++) expect(await w.say('p1', { type: 'text', text: 'spam' })).toEqual([]);
    expect(w.features.privacy.guard.stats).toMatchObject({ warned: 1, silenced: 5 });
    // Someone else is not affected.
    await w.onboard('p2', 'en');
    expect((await w.say('p2', { type: 'command', name: 'menu' })).length).toBeGreaterThan(0);
    // After the cool-down, answers come back.
    w.now += 5 * 60_000 + 1;
    expect((await w.say('p1', { type: 'command', name: 'menu' }))[0]).toBe(t('zh-Hans', 'main-menu'));
  });

  it('lets /clear and /forget through while muted: a quick exit is never refused', async () => {
    await w.onboard('p1', 'en');
    for (let i = 0; i < 25; i++) await w.say('p1', { type: 'text', text: 'x' });
    expect(await w.say('p1', { type: 'text', text: 'x' })).toEqual([]);
    expect(await w.say('p1', { type: 'command', name: 'clear' })).toEqual([t('en', PRIVACY_MESSAGES.cleared)]);
    expect(await w.say('p1', { type: 'command', name: 'forget' })).toEqual([t('en', PRIVACY_MESSAGES.forgetConfirm)]);
  });

  it('keeps its memory bounded: the least recently seen people are dropped first', () => {
    const limiter = new RateLimiter(20, 60_000, 1000);
    for (let i = 0; i < 5000; i++) limiter.hit(i, i);
    expect(limiter.size).toBe(1000);
    // A refill over time: 20 at once, then one more every 3 seconds.
    const one = new RateLimiter(20, 60_000);
    for (let i = 0; i < 20; i++) expect(one.hit('k', 0)).toBe('ok');
    expect(one.hit('k', 0)).toBe('warn');
    expect(one.hit('k', 59_999)).toBe('silent');
    expect(one.hit('k', 60_000)).toBe('ok');
  });

  it('/ban in a case topic stops relaying the person (they hear peer supporters cannot be reached); /unban undoes it', async () => {
    await w.onboard('p1', 'en');
    await w.say('p1', { type: 'choice', key: 'handoff' });
    const [threadId, topic] = [...w.desk.topics.entries()].at(-1)!;
    await w.say('p1', { type: 'text', text: 'first' });
    expect(await w.features.staff.handle(staffCommand(threadId, 'ban'))).toBe(true);
    expect(topic.items.at(-1)).toEqual({ note: expect.stringContaining('no longer passed on') });

    expect(await w.say('p1', { type: 'text', text: 'abuse' })).toEqual([t('en', HANDOFF_MESSAGES.unavailable)]);
    expect(topic.items.filter((i) => 'kind' in i)).toEqual([{ kind: 'text', text: 'first' }]);
    // Staff can still write to them, and /end still works for them.
    expect(await w.features.handoff.fromStaff(threadId, ana.id, ana.firstName, { text: 'Please stop.' })).toBe(
      'relayed',
    );

    expect(await w.features.staff.handle(staffCommand(threadId, 'unban'))).toBe(true);
    expect(topic.items.at(-1)).toEqual({ note: expect.stringContaining('passed on again') });
    await w.say('p1', { type: 'text', text: 'sorry' });
    expect(topic.items.filter((i) => 'kind' in i).at(-1)).toEqual({ kind: 'text', text: 'sorry' });
  });

  it('a banned person cannot open a new case, but can read every screen', async () => {
    await w.onboard('p1', 'en');
    await w.say('p1', { type: 'choice', key: 'handoff' });
    const [threadId] = [...w.desk.topics.entries()].at(-1)!;
    await w.features.staff.handle(staffCommand(threadId, 'ban'));
    await w.features.staff.handle(staffCommand(threadId, 'close'));
    const topics = w.desk.topics.size;
    const reply = await w.say('p1', { type: 'choice', key: 'handoff', from: 'main' });
    expect(reply[0]).toBe(t('en', HANDOFF_MESSAGES.unavailable));
    expect(w.desk.topics.size).toBe(topics);
    expect((await w.say('p1', { type: 'choice', key: 'police' }))[0]).toBe(t('en', 'police-menu'));
    // /unban still works in the closed case's topic.
    await w.features.staff.handle(staffCommand(threadId, 'unban'));
    expect(await w.store.privacy.isBanned((await w.store.contacts.find('telegram', 'p1'))!.id)).toBe(false);
  });

  it('/ban outside a case topic changes nothing and says so', async () => {
    w.desk.topics.set(999, { name: 'General chat', closed: false, items: [] });
    expect(await w.features.staff.handle(staffCommand(999, 'ban'))).toBe(true);
    expect(w.desk.topics.get(999)!.items).toEqual([{ note: t('en', 'staff-not-a-case') }]);
    expect(await w.features.staff.handle(staffCommand(undefined, 'ban'))).toBe(false);
  });

  it('cuts what is relayed to staff to 2000 characters, with a marker, never through a surrogate pair', async () => {
    await w.onboard('p1', 'en');
    await w.say('p1', { type: 'choice', key: 'handoff' });
    const [, topic] = [...w.desk.topics.entries()].at(-1)!;
    await w.say('p1', { type: 'text', text: '😀'.repeat(3000) });
    const relayed = topic.items.at(-1) as { kind: 'text'; text: string };
    const [body, marker] = relayed.text.split('\n');
    expect([...body!].length).toBe(MAX_RELAY_CHARS);
    expect(body).toBe('😀'.repeat(MAX_RELAY_CHARS));
    expect(marker).toContain('2,000');
    expect(limitRelay({ kind: 'text', text: 'short' }, '✂️')).toEqual({ kind: 'text', text: 'short' });
    const media = { kind: 'media' as const, mimeType: 'image/jpeg', data: Buffer.from('x'), caption: 'c'.repeat(2500) };
    expect((limitRelay(media, '✂️') as typeof media).caption).toBe(`${'c'.repeat(MAX_RELAY_CHARS)}\n✂️`);
  });
});
