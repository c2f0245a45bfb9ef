import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PRIVACY_NODE_MESSAGES } from '../../../src/features/privacy/node.js';
import { MAX_LABEL_CHARS } from '../../../src/kernel/content/limits.js';
import { PRIVACY_MESSAGES } from '../../../src/features/privacy/messages.js';
import { SYSTEM_MESSAGES } from '../../../src/kernel/content/system-messages.js';
import { appWorld, type AppWorld } from '../../helpers/app-world.js';
import { shippedContent } from '../../helpers/index.js';

const HOUR = 3_600_000;

describe('privacy: clear this chat, disappearing messages, delete my data (app level)', () => {
  let w: AppWorld;
  beforeEach(async () => {
    w = await appWorld();
  });
  afterEach(async () => {
    await w.close();
  });
  const t = (locale: string, id: string) => w.content.translator.t(locale, id);
  const contactOf = async (address: string) => (await w.store.contacts.find('telegram', address))!;

  it("/clear deletes every message of the last 48 hours, the bot's and the person's, and answers with a short notice", async () => {
    await w.onboard('p1', 'en');
    await w.say('p1', { type: 'choice', key: 'police' });
    await w.say('p1', { type: 'text', text: 'hello' }, '9001');
    const recorded = w.channel.sent.filter((s) => s.address === 'p1').flatMap((s) => s.ids);
    const reply = await w.say('p1', { type: 'command', name: 'clear' }, '9002');
    expect(reply).toEqual([t('en', PRIVACY_MESSAGES.cleared)]);
    const deleted = w.channel.deleted.at(-1)!;
    expect(deleted.address).toBe('p1');
    expect([...deleted.ids].sort()).toEqual([...recorded, '9001'].sort());
    // Taken, not kept: only the notice (and the /clear message) remain recorded, for the next clear.
    expect(await w.store.chatMessages.count((await contactOf('p1')).id)).toBe(2);
  });

  it('forgets ids older than 48 hours without trying to delete them (Telegram would refuse)', async () => {
    await w.onboard('p1', 'en');
    const old = w.channel.sent.flatMap((s) => s.ids);
    w.now += 49 * HOUR;
    await w.say('p1', { type: 'text', text: 'hi' }, '77');
    await w.say('p1', { type: 'command', name: 'clear' });
    const deleted = w.channel.deleted.at(-1)!.ids;
    expect(deleted).toContain('77');
    for (const id of old) expect(deleted).not.toContain(id);
  });

  it('/clear works in the middle of a chat with a peer supporter, is not relayed, and keeps the case open', async () => {
    await w.onboard('p1', 'zh-Hans');
    await w.say('p1', { type: 'choice', key: 'handoff' });
    const [, topic] = [...w.desk.topics.entries()].at(-1)!;
    expect(await w.say('p1', { type: 'command', name: 'clear' })).toEqual([t('zh-Hans', PRIVACY_MESSAGES.cleared)]);
    expect(topic.items).toEqual([]);
    expect(await w.store.cases.openFor((await contactOf('p1')).id)).toBeDefined();
    await w.say('p1', { type: 'text', text: 'still here' });
    expect(topic.items).toEqual([{ kind: 'text', text: 'still here' }]);
  });

  it('on a channel that cannot delete messages (the simulator), says so instead of pretending', async () => {
    const sim = await appWorld({ channel: 'simulator' });
    try {
      // The deleting channel is named "simulator" here, so take its deleteMessages away.
      (sim.channel as { deleteMessages?: unknown }).deleteMessages = undefined;
      await sim.onboard('s1', 'en');
      expect(await sim.say('s1', { type: 'command', name: 'clear' })).toEqual([
        sim.content.translator.t('en', PRIVACY_MESSAGES.clearUnavailable),
      ]);
    } finally {
      await sim.close();
    }
  });

  it('asks before deleting data: "no", a late "yes", or anything else deletes nothing and drops the question', async () => {
    await w.onboard('p1', 'en');
    const ask = async () => {
      const [prompt] = await w.say('p1', { type: 'command', name: 'forget' });
      expect(prompt).toBe(t('en', PRIVACY_MESSAGES.forgetConfirm));
    };
    await ask();
    expect(await w.say('p1', { type: 'choice', key: 'forget-no' })).toContain(
      t('en', PRIVACY_MESSAGES.forgetCancelled),
    );
    // The question is gone: the old "yes" button does nothing now.
    expect(await w.say('p1', { type: 'choice', key: 'forget-yes', from: 'privacy-forget' })).not.toContain(
      t('en', PRIVACY_MESSAGES.forgotten),
    );
    await ask();
    w.now += 11 * 60_000;
    expect(await w.say('p1', { type: 'choice', key: 'forget-yes', from: 'privacy-forget' })).toContain(
      t('en', PRIVACY_MESSAGES.forgetCancelled),
    );
    await ask();
    expect(await w.say('p1', { type: 'text', text: 'what?' })).toContain(t('en', PRIVACY_MESSAGES.forgetCancelled));
    // WhatsApp's "1" after an unrelated screen must not count as yes.
    expect(await w.say('p1', { type: 'pick', index: 1 })).not.toContain(t('en', PRIVACY_MESSAGES.forgotten));
    // Clearing the chat deletes the question with it: a "1" typed afterwards answers the screen, not the question.
    await ask();
    expect(await w.say('p1', { type: 'command', name: 'clear' })).toEqual([t('en', PRIVACY_MESSAGES.cleared)]);
    expect(await w.say('p1', { type: 'pick', index: 1 })).not.toContain(t('en', PRIVACY_MESSAGES.forgotten));
    expect(await w.store.contacts.find('telegram', 'p1')).toBeDefined();
  });

  it('deletes the person on "yes" (a tap, or 1 on WhatsApp), says so, and starts afresh next time', async () => {
    await w.onboard('p1', 'en');
    await w.say('p1', { type: 'command', name: 'forget' });
    expect(await w.say('p1', { type: 'pick', index: 1 })).toEqual([t('en', PRIVACY_MESSAGES.forgotten)]);
    expect(await w.store.contacts.find('telegram', 'p1')).toBeUndefined();
    // The chat was cleared as part of it, and nothing recorded after (there is no one to record for).
    expect(w.channel.deleted.at(-1)!.ids.length).toBeGreaterThan(2);
    expect(await w.store.chatMessages.count()).toBe(0);
    const again = await w.say('p1', { type: 'text', text: 'hi' });
    expect(again.join('\n')).toContain(t('en', 'language-prompt'));
  });

  it('from the privacy screen (More → Privacy): the same clear and delete, and the disappearing-messages setting', async () => {
    await w.onboard('p1', 'en');
    await w.say('p1', { type: 'choice', key: 'more' });
    const [screen] = await w.say('p1', { type: 'choice', key: 'privacy' });
    expect(screen).toContain(t('en', 'privacy-disappear-status-off'));
    await w.say('p1', { type: 'choice', key: 'disappear' });
    const [set] = await w.say('p1', { type: 'choice', key: 'd:5' });
    expect(set).toContain('5 minutes');
    const id = (await contactOf('p1')).id;
    expect(await w.store.privacy.disappearMinutes(id)).toBe(5);
    // Coming back shows the stored setting.
    await w.say('p1', { type: 'command', name: 'menu' });
    await w.say('p1', { type: 'choice', key: 'more' });
    expect((await w.say('p1', { type: 'choice', key: 'privacy' }))[0]).toContain('5 minutes');
    expect(await w.say('p1', { type: 'choice', key: 'clear' })).toEqual([t('en', PRIVACY_MESSAGES.cleared)]);
    await w.say('p1', { type: 'command', name: 'menu' });
    await w.say('p1', { type: 'choice', key: 'more' });
    await w.say('p1', { type: 'choice', key: 'privacy' });
    expect(await w.say('p1', { type: 'choice', key: 'forget' })).toEqual([t('en', PRIVACY_MESSAGES.forgetConfirm)]);
  });

  it('disappearing messages: each message is deleted the chosen minutes after it was sent, not before; off stops it', async () => {
    await w.onboard('p1', 'en');
    const id = (await contactOf('p1')).id;
    await w.store.privacy.setDisappearMinutes(id, 5);
    await w.say('p1', { type: 'text', text: 'one' }, '501');
    const first = w.channel.sent.flatMap((s) => s.ids);
    w.now += 3 * 60_000;
    await w.say('p1', { type: 'text', text: 'two' }, '502');
    expect(await w.features.privacy.privacy.tick()).toBe(0);
    w.now += 2 * 60_000;
    await w.features.tick();
    expect([...w.channel.deleted.at(-1)!.ids].sort()).toEqual([...first, '501'].sort());
    await w.store.privacy.setDisappearMinutes(id, null);
    w.now += 10 * 60_000;
    expect(await w.features.privacy.privacy.tick()).toBe(0);
  });

  it('every privacy button label fits a phone (32 characters) in every language', () => {
    const content = shippedContent();
    const labels = [
      PRIVACY_NODE_MESSAGES.clearButton,
      PRIVACY_NODE_MESSAGES.disappearButton,
      PRIVACY_NODE_MESSAGES.forgetButton,
      PRIVACY_NODE_MESSAGES.offButton,
      PRIVACY_NODE_MESSAGES.after5,
      PRIVACY_NODE_MESSAGES.after60,
      PRIVACY_NODE_MESSAGES.after1440,
      PRIVACY_MESSAGES.forgetYes,
      PRIVACY_MESSAGES.forgetNo,
    ];
    for (const locale of content.settings.locales.enabled) {
      for (const id of labels) {
        const label = content.translator.t(locale, id);
        expect(label, `${locale} ${id}`).not.toMatch(/^\{/);
        expect([...label].length, `${locale} ${id}: ${label}`).toBeLessThanOrEqual(MAX_LABEL_CHARS);
      }
      expect([...content.translator.t(locale, SYSTEM_MESSAGES.commandClear)].length).toBeLessThanOrEqual(60);
    }
  });
});
