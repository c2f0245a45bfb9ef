import { engineServices } from '../../../src/features/index.js';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Conversations } from '../../../src/kernel/conversation/conversations.js';
import { IdentityCipher } from '../../../src/adapters/store/identity-cipher.js';
import type { FeatureStore as Store } from '../../../src/features/index.js';
import { randomKey, shippedContent, tempDir, openTestStore } from '../../helpers/index.js';

describe('Conversations (engine + i18n + store)', () => {
  let store: Store;
  let conversations: Conversations;
  let cleanup: () => void;
  let now = 1_800_000_000_000;

  beforeEach(async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    store = await openTestStore(path.join(t.dir, 'c.db'), new IdentityCipher(randomKey()));
    conversations = new Conversations(
      shippedContent(),
      store.contacts,
      store.sessions,
      { now: () => now++ },
      engineServices,
    );
  });
  afterEach(async () => {
    await store.close();
    cleanup();
  });

  const send = (event: Parameters<Conversations['handle']>[0]['event'], address = 'u1', platformLocale?: string) =>
    conversations.handle({ channel: 'simulator', address, event, ...(platformLocale ? { platformLocale } : {}) });

  it('greets a new person with the language picker, each language in its own name, theirs marked', async () => {
    const { outgoing } = await send({ type: 'start', suggestedLocale: 'zh-CN' });
    const labels = outgoing[0]!.options.map((o) => o.label);
    expect(labels).toContain('English');
    expect(labels.some((l) => l.includes('简体中文') && l.startsWith('✓'))).toBe(true);
  });

  it('remembers the chosen language across messages and answers in it', async () => {
    await send({ type: 'start' });
    const menu = await send({ type: 'choice', key: 'lang:zh-Hans' });
    expect(menu.outgoing[0]!.text).toMatch(/[\u4e00-\u9fff]/);
    const police = await send({ type: 'choice', key: 'police' });
    expect(police.locale).toBe('zh-Hans');
    expect(police.outgoing[0]!.options.length).toBeGreaterThan(0);
    expect((await store.contacts.find('simulator', 'u1'))?.locale).toBe('zh-Hans');
  });

  it('legal screens carry the not-legal-advice line with sources and date', async () => {
    await send({ type: 'start' });
    await send({ type: 'choice', key: 'lang:en' });
    await send({ type: 'choice', key: 'police' });
    const rights = await send({ type: 'choice', key: 'police-rights' });
    expect(rights.outgoing[0]!.text).toContain('not legal advice');
    expect(rights.outgoing[0]!.text).toMatch(/Last checked: \d{4}-\d{2}-\d{2}/);
    expect(rights.outgoing[0]!.nav.map((n) => n.key)).toEqual(['back', 'home']);
  });

  it('understands typed keywords in both languages', async () => {
    await send({ type: 'start' });
    await send({ type: 'choice', key: 'lang:en' });
    await send({ type: 'choice', key: 'health' });
    const home = await send({ type: 'text', text: 'Menu!' });
    expect(home.outgoing[0]!.screen).toBe('main');
    await send({ type: 'choice', key: 'health' });
    expect((await send({ type: 'text', text: '菜单' })).outgoing[0]!.screen).toBe('main');
  });

  it('answers text it does not understand with a polite line and the current menu', async () => {
    await send({ type: 'start' });
    await send({ type: 'choice', key: 'lang:en' });
    const reply = await send({ type: 'text', text: 'x'.repeat(5000) });
    expect(reply.outgoing[0]!.text).toMatch(/didn't understand/);
    expect(reply.outgoing[0]!.options.length).toBeGreaterThan(3);
  });

  it('handles a burst from one person strictly in order', async () => {
    await send({ type: 'start' });
    const results = await Promise.all([
      send({ type: 'choice', key: 'lang:en' }),
      send({ type: 'choice', key: 'police' }),
      send({ type: 'choice', key: 'police-rights' }),
    ]);
    expect(results.map((r) => r.outgoing[0]!.screen)).toEqual(['main', 'police', 'police-rights']);
  });

  it('keeps people apart', async () => {
    await send({ type: 'start' }, 'a');
    await send({ type: 'choice', key: 'lang:en' }, 'a');
    await send({ type: 'start' }, 'b');
    await send({ type: 'choice', key: 'lang:zh-Hans' }, 'b');
    expect((await send({ type: 'command', name: 'menu' }, 'a')).locale).toBe('en');
    expect((await send({ type: 'command', name: 'menu' }, 'b')).locale).toBe('zh-Hans');
  });

  it('an action no feature carries out comes back "failed", and the node still answers clearly', async () => {
    await send({ type: 'start' });
    await send({ type: 'choice', key: 'lang:en' });
    // No hand-off wired: the node hears "failed" and says peer supporters cannot be reached, then shows the menu.
    const handoff = await send({ type: 'choice', key: 'handoff' });
    expect(handoff.outgoing.map((o) => o.text)).toEqual([
      shippedContent().translator.t('en', 'handoff-unavailable'),
      shippedContent().translator.t('en', 'main-menu'),
    ]);
    // No callbacks wired: the form shows as usual.
    expect((await send({ type: 'choice', key: 'callback' })).outgoing.at(-1)?.screen).toBe('callback');
  });

  it('tells a person about something outside their turn: the node decides, in their language, and it is delivered', async () => {
    await send({ type: 'start' });
    await send({ type: 'choice', key: 'lang:zh-Hans' });
    const id = (await store.contacts.find('simulator', 'u1'))!.id;
    const delivered: string[][] = [];
    const told = await conversations.notify(id, { type: 'notify', topic: 'callback', what: 'done' }, async (c, out) => {
      expect(c.address).toBe('u1');
      delivered.push(out.map((o) => o.text));
    });
    expect(told).toBe(true);
    expect(delivered).toEqual([[shippedContent().translator.t('zh-Hans', 'callback-done')]]);
    // Nothing changed where they are.
    expect((await store.sessions.load(id))?.node).toBe('main');
    expect(await conversations.notify(9999, { type: 'notify', topic: 'callback', what: 'done' }, async () => {})).toBe(
      false,
    );
  });

  it('a notification waits for the message being handled, so it never overtakes the answer', async () => {
    await send({ type: 'start' });
    await send({ type: 'choice', key: 'lang:en' });
    const id = (await store.contacts.find('simulator', 'u1'))!.id;
    const order: string[] = [];
    const answer = send({ type: 'choice', key: 'police' }).then((h) => order.push(`answer:${h.outgoing[0]!.screen}`));
    const note = conversations.notify(id, { type: 'notify', topic: 'handoff', what: 'joined' }, async () => {
      order.push('notice');
    });
    await Promise.all([answer, note]);
    expect(order).toEqual(['answer:police', 'notice']);
  });
});
