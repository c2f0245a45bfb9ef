import { engineServices } from '../../../src/features/index.js';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Conversations, type Incoming } from '../../../src/kernel/conversation/conversations.js';
import { Handoff } from '../../../src/features/handoff/handoff.js';
import type { StaffAction } from '../../../src/kernel/staff/staff-action.js';
import type { ContentSet } from '../../../src/kernel/content/content-set.js';
import { createLogger } from '../../../src/kernel/log.js';
import type { ChannelName } from '../../../src/kernel/ports/store.js';
import { IdentityCipher } from '../../../src/adapters/store/identity-cipher.js';
import type { FeatureStore as Store } from '../../../src/features/index.js';
import { FakeStaffDesk, RecordingChannel } from '../../helpers/fake-staff-desk.js';
import { randomKey, shippedContent, tempDir, openTestStore } from '../../helpers/index.js';

const claim = (caseId: number): StaffAction => ({ type: 'case_claim', caseId });

describe('hand-off to a peer supporter (app level)', () => {
  let store: Store;
  let dir: string;
  let key: string;
  let cleanup: () => void;
  let now: number;
  let desk: FakeStaffDesk;
  let channel: RecordingChannel;
  let conversations: Conversations;
  let handoff: Handoff;

  const build = (content: ContentSet = shippedContent(), withDesk = true) => {
    conversations = new Conversations(content, store.contacts, store.sessions, { now: () => now }, engineServices);
    handoff = new Handoff({
      content,
      cases: store.cases,
      contacts: store.contacts,
      hooks: { mayReachStaff: async () => true },
      desk: withDesk ? desk : undefined,
      channels: () => new Map<ChannelName, RecordingChannel>([['simulator', channel]]),
      conversations,
      clock: { now: () => now },
      log: createLogger('silent'),
      options: { remindAfterMinutes: 10 },
    });
    conversations.use(handoff);
  };

  beforeEach(async () => {
    const t = tempDir();
    dir = t.dir;
    cleanup = t.cleanup;
    now = Date.parse('2026-11-25T15:00:00Z');
    key = randomKey();
    store = await openTestStore(path.join(t.dir, 'h.db'), new IdentityCipher(key));
    desk = new FakeStaffDesk();
    channel = new RecordingChannel('simulator');
    build();
  });
  afterEach(async () => {
    await store.close();
    cleanup();
  });

  const send = (address: string, event: Incoming['event']) =>
    conversations.handle({ channel: 'simulator', address, event });
  const texts = async (address: string, event: Incoming['event']) =>
    (await send(address, event)).outgoing.map((o) => o.text).join('\n');
  const startIn = async (address: string, locale: string) => {
    await send(address, { type: 'start' });
    await send(address, { type: 'choice', key: `lang:${locale}` });
  };
  const topicOf = () => [...desk.topics.entries()].at(-1)!;

  it('opens one topic named by case number, language and channel only, with a claimable card', async () => {
    await startIn('p1', 'zh-Hans');
    const reply = await texts('p1', { type: 'choice', key: 'handoff' });
    expect(reply).toContain('/end');
    const [, topic] = topicOf();
    expect(topic.name).toBe('#0001 · 简体中文 · Simulator');
    expect(topic.card?.text).toContain('Case #0001');
    expect(topic.card?.text).toContain('Came from: main');
    expect(topic.card?.buttons.map((b) => b.action)).toEqual([claim(1)]);
    expect(topic.card?.text).not.toContain('p1');
  });

  it('relays what the person writes, and what staff write back, both ways; the menu is muted', async () => {
    await startIn('p1', 'en');
    await send('p1', { type: 'choice', key: 'handoff' });
    const [threadId, topic] = topicOf();
    expect(await texts('p1', { type: 'text', text: 'I need a lawyer' })).toBe('');
    expect(topic.items).toEqual([{ kind: 'text', text: 'I need a lawyer' }]);
    expect(await texts('p1', { type: 'command', name: 'menu' })).toMatch(/menu is paused/);
    expect(await texts('p1', { type: 'unsupported', kind: 'sticker' })).toMatch(/cannot be passed on/);
    expect(await handoff.fromStaff(threadId, '501', 'Ana', { text: 'Hello, I can help.' })).toBe('relayed');
    expect(channel.relayed).toEqual([{ address: 'p1', content: { text: 'Hello, I can help.' } }]);
    // The first supporter to write claims the case; the person is told someone joined.
    expect(channel.textsTo('p1').join('\n')).toMatch(/peer supporter has joined/);
    expect(topic.card?.text).toContain('Peer supporter: Ana');
  });

  it('the first Claim wins, names the supporter on the card, and tells the person', async () => {
    await startIn('p1', 'en');
    await send('p1', { type: 'choice', key: 'handoff' });
    const [, topic] = topicOf();
    expect(await handoff.onStaffButton(claim(1), '501', 'Ana')).toBe('claimed');
    expect(await handoff.onStaffButton(claim(1), '502', 'Bo')).toBe('taken');
    expect(topic.card?.text).toContain('Peer supporter: Ana');
    expect(topic.card?.buttons).toEqual([]);
    expect(channel.textsTo('p1')).toEqual(['A peer supporter has joined the chat.']);
    expect(await handoff.onStaffButton(claim(999), '501', 'Ana')).toBe('taken');
    expect(await handoff.onStaffButton({ type: 'callback_claim', requestId: 1 }, '501', 'Ana')).toBe('ignored');
  });

  it('/end asks first, then closes the case with a summary in the topic and returns the menu', async () => {
    await startIn('p1', 'en');
    await send('p1', { type: 'choice', key: 'handoff' });
    await send('p1', { type: 'text', text: 'hi' });
    expect(await texts('p1', { type: 'command', name: 'end' })).toMatch(/Do you want to end/);
    expect(await texts('p1', { type: 'choice', key: 'end-no' })).toMatch(/continues/);
    await send('p1', { type: 'command', name: 'end' });
    const ended = await send('p1', { type: 'choice', key: 'end-yes' });
    expect(ended.outgoing.map((o) => o.text).join('\n')).toMatch(/chat has ended/);
    expect(ended.outgoing.at(-1)?.screen).toBe('main');
    const [, topic] = topicOf();
    expect(topic.closed).toBe(true);
    expect(topic.items.at(-1)).toEqual({ note: expect.stringMatching(/Case #0001 closed .*Messages in: 1, out: 0/) });
    // After closing, typing goes to the engine again.
    expect((await send('p1', { type: 'text', text: 'menu' })).outgoing[0]?.screen).toBe('main');
  });

  it('staff /close ends the case and the person gets the menu back', async () => {
    await startIn('p1', 'en');
    await send('p1', { type: 'choice', key: 'handoff' });
    const [threadId, topic] = topicOf();
    expect(await handoff.closeByStaff(threadId, 'command')).toBe(true);
    expect(topic.closed).toBe(true);
    expect(channel.textsTo('p1').join('\n')).toMatch(/peer supporter has ended the chat/);
    expect((await send('p1', { type: 'choice', key: 'police' })).outgoing[0]?.screen).toBe('police');
    expect(await handoff.closeByStaff(threadId, 'command')).toBe(false);
  });

  it('five people at once get five topics and no cross-talk', async () => {
    const people = ['a', 'b', 'c', 'd', 'e'];
    for (const p of people) await startIn(p, 'en');
    await Promise.all(people.map((p) => send(p, { type: 'choice', key: 'handoff' })));
    await Promise.all(people.map((p) => send(p, { type: 'text', text: `from ${p}` })));
    expect(desk.topics.size).toBe(5);
    for (const [threadId, topic] of desk.topics) {
      expect(topic.items).toHaveLength(1);
      const who = (topic.items[0] as { text: string }).text.slice(5);
      await handoff.fromStaff(threadId, '1', 'Ana', { text: `to ${who}` });
      expect(channel.relayed.at(-1)).toEqual({ address: who, content: { text: `to ${who}` } });
    }
  });

  it('several messages at once still make one topic', async () => {
    await startIn('p1', 'en');
    await Promise.all([
      send('p1', { type: 'choice', key: 'handoff' }),
      send('p1', { type: 'choice', key: 'handoff', from: 'main' }),
      send('p1', { type: 'text', text: 'x' }),
    ]);
    expect(desk.topics.size).toBe(1);
  });

  it('tells someone waiting too long that they are still in line, with their position, once', async () => {
    for (const p of ['first', 'second']) {
      await startIn(p, 'en');
      await send(p, { type: 'choice', key: 'handoff' });
      now += 1000;
    }
    expect(await handoff.tick()).toBe(0);
    now += 11 * 60_000;
    expect(await handoff.tick()).toBe(2);
    expect(channel.textsTo('second').join('\n')).toMatch(/still in line \(number 2\)/);
    expect(await handoff.tick()).toBe(0);
  });

  it('survives a restart mid-case: relaying continues on the same topic', async () => {
    await startIn('p1', 'en');
    await send('p1', { type: 'choice', key: 'handoff' });
    await store.close();
    store = await openTestStore(path.join(dir, 'h.db'), new IdentityCipher(key));
    build();
    await send('p1', { type: 'text', text: 'still there?' });
    expect(desk.topics.size).toBe(1);
    expect(topicOf()[1].items).toEqual([{ kind: 'text', text: 'still there?' }]);
  });

  it('retries the topic when creating it failed, on the next message', async () => {
    desk.failOpenTopic = 1;
    await startIn('p1', 'en');
    await send('p1', { type: 'choice', key: 'handoff' });
    expect(desk.topics.size).toBe(0);
    await send('p1', { type: 'text', text: 'hello?' });
    expect(desk.topics.size).toBe(1);
    expect(topicOf()[1].items).toEqual([{ kind: 'text', text: 'hello?' }]);
  });

  it('when a message cannot reach staff, the person is told (not left guessing) and the next one goes through', async () => {
    await startIn('p1', 'en');
    await send('p1', { type: 'choice', key: 'handoff' });
    desk.failRelay = 1;
    expect(await texts('p1', { type: 'text', text: 'hello?' })).toMatch(/cannot be reached/);
    expect(await texts('p1', { type: 'text', text: 'hello again' })).toBe('');
    expect(topicOf()[1].items).toEqual([{ kind: 'text', text: 'hello again' }]);
  });

  it('without a staff group, says so and offers the hotline', async () => {
    build(shippedContent(), false);
    await startIn('p1', 'en');
    const reply = await send('p1', { type: 'choice', key: 'handoff' });
    expect(reply.outgoing[0]?.text).toMatch(/cannot be reached/);
    expect(reply.outgoing.at(-1)?.screen).toBe('main');
  });

  it('out of hours: shows the hours and lets the person leave a message (a queued case)', async () => {
    const base = shippedContent();
    const closed: ContentSet = {
      ...base,
      settings: { ...base.settings, office_hours: { mon: ['10:00-18:00'], tue: ['10:00-18:00'] } },
    };
    build(closed);
    now = Date.parse('2026-11-25T15:00:00Z'); // a Wednesday
    await startIn('p1', 'en');
    const off = await send('p1', { type: 'choice', key: 'handoff' });
    expect(off.outgoing[0]?.text).toMatch(/not on shift.*\n.*Mon 10:00–18:00/s);
    expect(desk.topics.size).toBe(0);
    const left = await texts('p1', { type: 'choice', key: 'leave-message' });
    expect(left).toMatch(/next shift/);
    expect(desk.topics.size).toBe(1);
    expect((await store.cases.openFor((await store.contacts.find('simulator', 'p1'))!.id))?.status).toBe('queued');
  });

  it('never writes message texts to the database', async () => {
    await startIn('p1', 'en');
    await send('p1', { type: 'choice', key: 'handoff' });
    await send('p1', { type: 'text', text: 'UNIQUE-SECRET-WORDS' });
    await handoff.fromStaff(topicOf()[0], '1', 'Ana', { text: 'STAFF-SECRET-REPLY' });
    await store.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    for (const f of readdirSync(dir)) {
      const bytes = readFileSync(path.join(dir, f));
      expect(bytes.includes(Buffer.from('UNIQUE-SECRET-WORDS'))).toBe(false);
      expect(bytes.includes(Buffer.from('STAFF-SECRET-REPLY'))).toBe(false);
    }
  });
});
