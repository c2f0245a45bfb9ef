import { engineServices } from '../../../src/features/index.js';
import { createHmac } from 'node:crypto';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StaffAction } from '../../../src/kernel/staff/staff-action.js';
import type { StaffCommandName } from '../../../src/kernel/staff/staff-commands.js';
import { Alerts, type AlertsOptions } from '../../../src/features/alerts/alerts.js';
import { Conversations, type Incoming } from '../../../src/kernel/conversation/conversations.js';
import { createLogger } from '../../../src/kernel/log.js';
import type { StaffEvent, StaffMember } from '../../../src/kernel/staff/desk.js';
import type { ChannelName } from '../../../src/kernel/ports/store.js';
import { IdentityCipher } from '../../../src/adapters/store/identity-cipher.js';
import type { FeatureStore as Store } from '../../../src/features/index.js';
import { FakeStaffDesk } from '../../helpers/fake-staff-desk.js';
import { randomKey, shippedContent, tempDir, openTestStore } from '../../helpers/index.js';
import { ScriptedChannel } from '../../helpers/scripted-channel.js';

/**
 * Safety alerts end to end at app level: real temporary SQLite, the shipped
 * content, a FakeStaffDesk for the staff group, scripted channels, a fake clock.
 */
describe('safety alerts (app level)', () => {
  let store: Store;
  let cleanup: () => void;
  let now: number;
  let desk: FakeStaffDesk;
  let telegram: ScriptedChannel;
  let whatsapp: ScriptedChannel;
  let conversations: Conversations;
  let alerts: Alerts;
  let toasts: (string | undefined)[];
  let nextMessageId: number;

  const ANA: StaffMember = { id: '501', firstName: 'Ana' };
  const BO: StaffMember = { id: '502', firstName: 'Bo' };

  const build = (options: Partial<AlertsOptions> = {}) => {
    conversations = new Conversations(
      shippedContent(),
      store.contacts,
      store.sessions,
      { now: () => now },
      engineServices,
    );
    alerts = new Alerts({
      content: shippedContent(),
      stores: store.alerts,
      contacts: store.contacts,
      conversations,
      desk,
      channels: () =>
        new Map<ChannelName, ScriptedChannel>([
          ['telegram', telegram],
          ['whatsapp', whatsapp],
        ]),
      clock: { now: () => now },
      log: createLogger('silent'),
      options: {
        approvals: 2,
        rates: { telegram: 1000, whatsapp: 1000 },
        retentionDays: 30,
        progressThrottleMs: 0,
        ...options,
      },
      staffHash: (id) => createHmac('sha256', 'test key').update(id).digest('base64url'),
      sleep: async (ms) => {
        now += ms;
      },
    });
    conversations.use(alerts);
  };

  beforeEach(async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    store = await openTestStore(path.join(t.dir, 'alerts.db'), new IdentityCipher(randomKey()));
    now = Date.parse('2026-11-25T15:00:00Z');
    desk = new FakeStaffDesk();
    telegram = new ScriptedChannel('telegram', () => now);
    whatsapp = new ScriptedChannel('whatsapp', () => now);
    toasts = [];
    nextMessageId = 1;
    build();
  });
  afterEach(async () => {
    await alerts.stop();
    await store.close();
    cleanup();
  });

  const send = (channel: ChannelName, address: string, event: Incoming['event']) =>
    conversations.handle({ channel, address, event });
  const say = async (channel: ChannelName, address: string, event: Incoming['event']) =>
    (await send(channel, address, event)).outgoing;
  const text = async (channel: ChannelName, address: string, typed: string) =>
    (await say(channel, address, { type: 'text', text: typed })).map((o) => o.text).join('\n');
  const startIn = async (channel: ChannelName, address: string, locale: string) => {
    await send(channel, address, { type: 'start' });
    await send(channel, address, { type: 'choice', key: `lang:${locale}` });
  };
  const subscription = async (channel: ChannelName, address: string) => {
    const contact = await store.contacts.find(channel, address);
    return contact && store.alerts.subscriptions.get(contact.id);
  };
  /** Subscribes through the Safety menu and the alerts screen, by taps. */
  const subscribe = async (channel: ChannelName, address: string, locale: string, regions: string[]) => {
    await startIn(channel, address, locale);
    await send(channel, address, { type: 'choice', key: 'safety' });
    await send(channel, address, { type: 'choice', key: 'alerts' });
    for (const r of regions) await send(channel, address, { type: 'choice', key: `r:${r}` });
    return say(channel, address, { type: 'choice', key: 'save' });
  };

  const staffCommand = (from: StaffMember, name: StaffCommandName, args: string, replyTo?: number): StaffEvent => ({
    type: 'message',
    threadId: undefined,
    messageId: nextMessageId++,
    from,
    text: `/${name} ${args}`,
    command: { name, args },
    replyTo,
    content: { text: `/${name} ${args}` },
  });
  const tap = (from: StaffMember, action: StaffAction): StaffEvent => ({
    type: 'button',
    threadId: undefined,
    messageId: 0,
    from,
    action,
    answer: async (t) => void toasts.push(t),
  });
  const compose = async (body = 'Bad client driving a grey van near the airport strip.') => {
    expect(await alerts.onStaffEvent(staffCommand(ANA, 'alert', body))).toBe(true);
    const card = desk.general.at(-1)!;
    const id = Number(/#(\d+)/.exec(card.text)![1]);
    return { card, id };
  };
  const approveBy = async (member: StaffMember, id: number) => {
    await alerts.onStaffEvent(tap(member, { type: 'alert_approve', alertId: id }));
    return toasts.at(-1);
  };
  const deliver = async () => {
    await alerts.worker.drain();
    await alerts.desk.settled();
  };

  describe('subscribing', () => {
    it('subscribes, changes regions and unsubscribes on the alerts screen (Telegram, English)', async () => {
      await startIn('telegram', 'p1', 'en');
      await send('telegram', 'p1', { type: 'choice', key: 'more' });
      const screen = (await say('telegram', 'p1', { type: 'choice', key: 'alerts' }))[0]!;
      expect(screen.screen).toBe('alerts');
      expect(screen.options.map((o) => o.label)).toEqual([
        'Toronto & GTA',
        'Ottawa',
        'Montreal',
        'Vancouver',
        'Elsewhere in Canada',
        '✅ Subscribe',
      ]);
      const ticked = (await say('telegram', 'p1', { type: 'choice', key: 'r:toronto' }))[0]!;
      expect(ticked.options[0]!.label).toBe('✓ Toronto & GTA');
      const done = (await say('telegram', 'p1', { type: 'choice', key: 'save' }))[0]!;
      expect(done.text).toMatch(/Done: you will get safety alerts/);
      expect(done.options.map((o) => o.key)).toContain('off');
      expect(await subscription('telegram', 'p1')).toMatchObject({ regions: ['toronto'], active: true });

      await send('telegram', 'p1', { type: 'choice', key: 'r:ottawa' });
      expect((await say('telegram', 'p1', { type: 'choice', key: 'save' }))[0]!.text).toMatch(/regions are saved/);
      expect((await subscription('telegram', 'p1'))?.regions).toEqual(['toronto', 'ottawa']);

      // Coming back later shows the stored subscription.
      await send('telegram', 'p1', { type: 'command', name: 'menu' });
      await send('telegram', 'p1', { type: 'choice', key: 'safety' });
      const again = (await say('telegram', 'p1', { type: 'choice', key: 'alerts' }))[0]!;
      expect(again.text).toMatch(/You get safety alerts for the regions marked/);
      expect(again.options.filter((o) => o.selected).map((o) => o.key)).toEqual(['r:toronto', 'r:ottawa']);

      expect((await say('telegram', 'p1', { type: 'choice', key: 'off' }))[0]!.text).toMatch(/Safety alerts are off/);
      expect(await subscription('telegram', 'p1')).toMatchObject({ active: false, regions: ['toronto', 'ottawa'] });
    });

    it('subscribes with numbered replies on WhatsApp, in Chinese', async () => {
      await startIn('whatsapp', 'w1', 'zh-Hans');
      await send('whatsapp', 'w1', { type: 'choice', key: 'more' });
      const screen = (await say('whatsapp', 'w1', { type: 'pick', index: 1 }))[0]!;
      expect(screen.screen).toBe('alerts');
      expect(screen.text).toMatch(/安全警报/);
      await send('whatsapp', 'w1', { type: 'pick', index: 3 });
      const done = (await say('whatsapp', 'w1', { type: 'pick', index: 6 }))[0]!;
      expect(done.text).toMatch(/你会收到安全警报/);
      expect(await subscription('whatsapp', 'w1')).toMatchObject({ regions: ['montreal'], active: true });
    });

    it('asks for a region before subscribing', async () => {
      const reply = await subscribe('telegram', 'p1', 'en', []);
      expect(reply[0]!.text).toMatch(/choose at least one region/);
      expect(await subscription('telegram', 'p1')).toBeUndefined();
    });

    it('STOP and START work anywhere, in English and Chinese, on Telegram and WhatsApp', async () => {
      await subscribe('telegram', 'p1', 'en', ['toronto']);
      await subscribe('whatsapp', 'w1', 'zh-Hans', ['vancouver']);
      await send('telegram', 'p1', { type: 'command', name: 'menu' });

      expect(await text('telegram', 'p1', 'STOP')).toMatch(/Safety alerts are off\. .*send START/);
      expect((await subscription('telegram', 'p1'))?.active).toBe(false);
      const resumed = await say('telegram', 'p1', { type: 'text', text: 'Start' });
      expect(resumed[0]!.text).toBe('🔔 Safety alerts are on again for: Toronto & GTA. To stop them, send STOP.');
      expect(resumed.at(-1)!.screen).toBe('main');
      expect(await subscription('telegram', 'p1')).toMatchObject({ active: true, regions: ['toronto'] });

      expect(await text('whatsapp', 'w1', '停止')).toMatch(/安全警报已关闭/);
      expect((await subscription('whatsapp', 'w1'))?.active).toBe(false);
      expect(await text('whatsapp', 'w1', '开始')).toMatch(/已重新开启以下地区的安全警报：温哥华/);
      expect((await subscription('whatsapp', 'w1'))?.active).toBe(true);
      // The English words work for a Chinese speaker too (keywords of every enabled language count).
      expect(await text('whatsapp', 'w1', 'stop')).toMatch(/安全警报已关闭/);
    });

    it('STOP on the alerts screen refreshes it; without a subscription STOP explains and START opens the menu', async () => {
      await subscribe('telegram', 'p1', 'en', ['ottawa']);
      const stopped = await say('telegram', 'p1', { type: 'text', text: 'stop' });
      expect(stopped.at(-1)!.screen).toBe('alerts');
      expect(stopped.at(-1)!.options.map((o) => o.key)).not.toContain('off');

      await startIn('whatsapp', 'w2', 'en');
      expect(await text('whatsapp', 'w2', 'stop')).toMatch(/not subscribed to safety alerts/);
      expect((await say('whatsapp', 'w2', { type: 'text', text: 'start' })).at(-1)!.screen).toBe('main');
      // Someone who has never written before: the answer, then the language picker.
      expect((await say('telegram', 'new', { type: 'text', text: 'STOP' })).at(-1)!.screen).toBe('language');
    });
  });

  describe('composing and approving in the staff group', () => {
    it('/alert posts a preview card that reminds staff to keep it sanitised, with regions, category, Approve and Cancel', async () => {
      const { card, id } = await compose();
      expect(card.text).toContain('Keep it sanitised');
      expect(card.text).toContain('Bad client driving a grey van');
      expect(card.text).toContain('Written by: Ana');
      expect(card.buttons.map((b) => b.label)).toEqual([
        '⬜ Toronto & GTA',
        '⬜ Ottawa',
        '⬜ Montreal',
        '⬜ Vancouver',
        '⬜ Elsewhere in Canada',
        '🏷️ Category: Other (tap to change)',
        '👍 Approve and send (0/2)',
        '✖️ Cancel this alert',
      ]);
      await alerts.onStaffEvent(tap(BO, { type: 'alert_region', alertId: id, region: 'toronto' }));
      await alerts.onStaffEvent(tap(BO, { type: 'alert_category', alertId: id }));
      await alerts.desk.settled();
      expect(card.buttons[0]!.label).toBe('✅ Toronto & GTA');
      expect(card.text).toContain('Category: Bad client');
      expect(await alerts.onStaffEvent(staffCommand(ANA, 'alert', '   '))).toBe(true);
      expect(desk.general.at(-1)!.text).toMatch(/write \/alert followed by its text/);
    });

    it('needs two different staff members; the same person cannot approve twice; the writer may be one', async () => {
      await subscribe('telegram', 'p1', 'en', ['toronto']);
      const { card, id } = await compose();
      expect(await approveBy(ANA, id)).toBe('Choose at least one region first.');
      await alerts.onStaffEvent(tap(ANA, { type: 'alert_region', alertId: id, region: 'toronto' }));
      expect(await approveBy(ANA, id)).toMatch(/approval is counted\. 1 more needed/);
      expect(await approveBy(ANA, id)).toMatch(/already approved/);
      await deliver();
      expect(telegram.calls).toHaveLength(0);
      expect(await approveBy(BO, id)).toBe('Approved: sending to 1 subscribers.');
      // Approvers are kept as keyed hashes; only the writer's display name is stored.
      const raw = await store.db.get<{ approvals: string; created_by: string }>(
        'SELECT approvals, created_by FROM alerts WHERE id = ?',
        [id],
      );
      expect(JSON.parse(raw!.approvals)).toHaveLength(2);
      expect(raw!.approvals).not.toMatch(/501|502|Ana|Bo/);
      expect(raw!.created_by).toBe('Ana');
      await deliver();
      expect(telegram.textsTo('p1')).toHaveLength(1);
      expect(card.buttons).toEqual([]);
      expect(await approveBy(ANA, id)).toBe('This alert can no longer be changed.');
    });

    it('a change after an approval clears it', async () => {
      const { card, id } = await compose();
      await alerts.onStaffEvent(tap(ANA, { type: 'alert_region', alertId: id, region: 'ottawa' }));
      await approveBy(ANA, id);
      await alerts.onStaffEvent(tap(BO, { type: 'alert_category', alertId: id }));
      await alerts.desk.settled();
      expect(card.text).toContain('Approvals: 0 of 2');
      expect(await approveBy(BO, id)).toMatch(/counted/);
    });

    it('with ALERT_APPROVALS=1 one approval sends it', async () => {
      await alerts.stop();
      build({ approvals: 1 });
      await subscribe('whatsapp', 'w1', 'en', ['elsewhere']);
      const { id } = await compose();
      await alerts.onStaffEvent(tap(ANA, { type: 'alert_region', alertId: id, region: 'elsewhere' }));
      expect(await approveBy(ANA, id)).toBe('Approved: sending to 1 subscribers.');
      await deliver();
      expect(whatsapp.textsTo('w1')).toHaveLength(1);
    });

    it('Cancel closes a draft for good', async () => {
      const { card, id } = await compose();
      await alerts.onStaffEvent(tap(BO, { type: 'alert_cancel', alertId: id }));
      await alerts.desk.settled();
      expect(toasts.at(-1)).toMatch(/Cancelled/);
      expect(card.text).toMatch(/cancelled/);
      expect(card.buttons).toEqual([]);
      expect((await store.alerts.alerts.get(id))?.sourceText).toBeNull();
      expect(await approveBy(ANA, id)).toMatch(/no longer be changed/);
    });
  });

  describe('delivery', () => {
    it('sends translations; others get the source with a one-line note in their own language', async () => {
      await subscribe('telegram', 'en1', 'en', ['toronto']);
      await subscribe('whatsapp', 'zh1', 'zh-Hans', ['toronto', 'ottawa']);
      await subscribe('telegram', 'ko1', 'ko', ['toronto']);
      await subscribe('telegram', 'far', 'en', ['vancouver']);
      const { card, id } = await compose('Police checking IDs at massage parlours on Spadina today.');
      await alerts.onStaffEvent(tap(ANA, { type: 'alert_region', alertId: id, region: 'toronto' }));
      await alerts.onStaffEvent(tap(ANA, { type: 'alert_category', alertId: id }));
      await alerts.onStaffEvent(tap(ANA, { type: 'alert_category', alertId: id }));
      await alerts.onStaffEvent(staffCommand(BO, 'tr', 'zh-hans 今天警察在士巴丹拿的按摩院查证件。', card.id));
      await alerts.desk.settled();
      expect(card.text).toContain('Translations: zh-Hans');
      await approveBy(ANA, id);
      await approveBy(BO, id);
      await deliver();

      expect(telegram.textsTo('en1')).toEqual([
        '⚠️ Safety alert · Police or CBSA activity · Toronto & GTA\n\nPolice checking IDs at massage parlours on Spadina today.\n\nFrom Butterfly. To stop safety alerts, send STOP.',
      ]);
      const zh = whatsapp.textsTo('zh1')[0]!;
      expect(zh).toContain('⚠️ 安全警报 · 警察或边境局 (CBSA) 行动 · 多伦多及大多伦多地区');
      expect(zh).toContain('今天警察在士巴丹拿的按摩院查证件。');
      expect(zh).not.toContain('Spadina');
      const ko = telegram.textsTo('ko1')[0]!;
      expect(ko).toContain('이 경보는 아직 한국어로 번역되지 않아 원문으로 보내 드려요.');
      expect(ko).toContain('Police checking IDs at massage parlours on Spadina today.');
      expect(telegram.textsTo('far')).toEqual([]);
    });

    it('/tr needs a reply to a card and an enabled language', async () => {
      const { card } = await compose();
      await alerts.onStaffEvent(staffCommand(BO, 'tr', 'zh-Hans 坏客人'));
      expect(desk.general.at(-1)!.text).toMatch(/reply to an alert card with \/tr/);
      await alerts.onStaffEvent(staffCommand(BO, 'tr', 'ru Плохой клиент', card.id));
      expect(desk.general.at(-1)!.text).toMatch(/Languages: en, zh-Hans/);
    });

    it('shows live counts on the card, a final summary, /alerts, metrics; a 403 unsubscribes; the text is then deleted', async () => {
      await subscribe('telegram', 'a', 'en', ['toronto']);
      await subscribe('telegram', 'b', 'en', ['toronto']);
      await subscribe('whatsapp', 'c', 'vi', ['toronto']);
      telegram.outcomes.set('b', [{ ok: false, reason: 'unreachable', code: 403 }]);
      const { card, id } = await compose();
      await alerts.onStaffEvent(tap(ANA, { type: 'alert_region', alertId: id, region: 'toronto' }));
      await approveBy(ANA, id);
      await approveBy(BO, id);
      expect(await alerts.progress()).toEqual({ pending: 3, sending: 0, sent: 0, failed: 0, unsubscribed: 0 });
      await deliver();
      expect(card.text).toContain(`Safety alert #${id} · sent`);
      expect(card.text).toContain('Recipients: 3 · sent 2 · failed 0 · blocked the bot 1 · waiting 0');
      expect(card.text).toContain("deleted from the bot's database");
      expect(desk.general.at(-1)!.text).toBe(
        `Alert #${id} finished: 2 sent, 0 failed, 1 had blocked the bot (now unsubscribed), of 3 recipients. Its text has been deleted from the bot's database.`,
      );
      expect((await subscription('telegram', 'b'))?.active).toBe(false);
      expect(await alerts.progress()).toEqual({ pending: 0, sending: 0, sent: 0, failed: 0, unsubscribed: 0 });
      const row = await store.db.get<{ source_text: string | null }>('SELECT source_text FROM alerts WHERE id = ?', [
        id,
      ]);
      expect(row?.source_text).toBeNull();

      await alerts.onStaffEvent(staffCommand(BO, 'alerts', ''));
      expect(desk.general.at(-1)!.text).toMatch(
        new RegExp(
          `Recent safety alerts:\\n#${id} · 2026-11-25 10:00 · sent · Other · Toronto & GTA · Recipients: 3 · sent 2`,
        ),
      );
    });

    it('purges delivery rows after ALERT_RETENTION_DAYS', async () => {
      await subscribe('telegram', 'a', 'en', ['toronto']);
      const { id } = await compose();
      await alerts.onStaffEvent(tap(ANA, { type: 'alert_region', alertId: id, region: 'toronto' }));
      await approveBy(ANA, id);
      await approveBy(BO, id);
      await deliver();
      expect((await alerts.purge(now + 29 * 86_400_000)).deliveries).toBe(0);
      expect((await alerts.purge(now + 31 * 86_400_000)).deliveries).toBe(1);
    });
  });
});
