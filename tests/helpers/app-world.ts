import path from 'node:path';
import { Conversations, type Incoming } from '../../src/kernel/conversation/conversations.js';
import { wireFeatures, type Features, engineServices } from '../../src/features/index.js';
import type { PrivacySettings } from '../../src/features/privacy/wire.js';
import type { ContentSet } from '../../src/kernel/content/content-set.js';
import { createLogger } from '../../src/kernel/log.js';
import type { ChannelPort, Outgoing, SendOutcome } from '../../src/kernel/ports/channel.js';
import type { StaffContent } from '../../src/kernel/staff/desk.js';
import type { ChannelName } from '../../src/kernel/ports/store.js';
import { IdentityCipher } from '../../src/adapters/store/identity-cipher.js';
import type { FeatureStore as Store } from '../../src/features/index.js';
import { FakeStaffDesk } from './fake-staff-desk.js';
import { defaultFeatureSettings, randomKey, shippedContent, tempDir, openTestStore } from './index.js';

/**
 * Represents a channel that behaves like a real adapter for privacy: each
 * message it sends gets an id that is recorded in the store (as the Telegram
 * and WhatsApp adapters do), and it deletes messages when asked.
 */
export class DeletingChannel implements ChannelPort {
  readonly sent: { address: string; items: readonly Outgoing[]; ids: string[] }[] = [];
  readonly relayed: { address: string; content: StaffContent }[] = [];
  readonly deleted: { address: string; ids: readonly string[] }[] = [];
  private next = 1;

  constructor(
    readonly name: ChannelName,
    private readonly world: { store: Store; now: () => number },
  ) {}
  async start() {}
  async stop() {}
  health() {
    return { up: true };
  }

  /** Shows answers the way an adapter does after Conversations.handle: sent and recorded. */
  async deliver(address: string, items: readonly Outgoing[]): Promise<string[]> {
    const ids = items.map(() => String(this.next++));
    this.sent.push({ address, items, ids });
    await this.world.store.chatMessages.record(this.name, address, ids, this.world.now());
    return ids;
  }

  async send(address: string, items: readonly Outgoing[]): Promise<SendOutcome> {
    return { ok: true, messageIds: await this.deliver(address, items) };
  }

  async relayFromStaff(address: string, content: StaffContent): Promise<SendOutcome> {
    this.relayed.push({ address, content });
    return {
      ok: true,
      messageIds: await this.deliver(address, [
        { kind: 'notice', display: 'notice', text: content.text ?? '', options: [], nav: [], locale: 'en' },
      ]),
    };
  }

  async deleteMessages(address: string, collect: () => Promise<readonly string[]>): Promise<number> {
    const ids = await collect();
    this.deleted.push({ address, ids });
    return ids.length;
  }

  textsTo(address: string): string[] {
    return this.sent.filter((s) => s.address === address).flatMap((s) => s.items.map((i) => i.text));
  }
}

/** Represents the app layer with every feature wired, a fake staff desk, a deleting channel and a clock to move. */
export interface AppWorld {
  readonly store: Store;
  readonly features: Features;
  readonly conversations: Conversations;
  readonly desk: FakeStaffDesk;
  readonly channel: DeletingChannel;
  readonly content: ContentSet;
  readonly dbPath: string;
  readonly key: string;
  now: number;
  /** A person's message, answered and "delivered" (ids recorded) like an adapter does; returns the answer's texts. */
  say(address: string, event: Incoming['event'], messageId?: string): Promise<string[]>;
  /** /start, then the language. */
  onboard(address: string, locale: string): Promise<void>;
  close(): Promise<void>;
}

/** Builds an {@link AppWorld} over the shipped content on a temporary SQLite file. */
export async function appWorld(
  options: { channel?: ChannelName; settings?: Partial<PrivacySettings>; start?: number } = {},
): Promise<AppWorld> {
  const tmp = tempDir('peerline-app-');
  const key = randomKey();
  const dbPath = path.join(tmp.dir, 'app.db');
  const store = await openTestStore(dbPath, new IdentityCipher(key));
  const content = shippedContent();
  const world = { now: options.start ?? Date.parse('2026-11-25T15:00:00Z') } as { now: number };
  const clock = { now: () => world.now };
  const conversations = new Conversations(content, store.contacts, store.sessions, clock, engineServices);
  const desk = new FakeStaffDesk();
  const channelName = options.channel ?? 'telegram';
  const channel = new DeletingChannel(channelName, { store, now: () => world.now });
  const defaults = defaultFeatureSettings();
  const features = wireFeatures({
    content,
    store,
    conversations,
    channels: [channel],
    desk,
    clock,
    log: createLogger('silent'),
    settings: { ...defaults, privacy: { ...defaults.privacy, ...options.settings } },
    staffHash: (id) => `staff-${id}`,
  });
  const say = async (address: string, event: Incoming['event'], messageId?: string) => {
    const handled = await conversations.handle({ channel: channelName, address, event });
    if (messageId) await store.chatMessages.record(channelName, address, [messageId], world.now);
    await channel.deliver(address, handled.outgoing);
    return handled.outgoing.map((o) => o.text);
  };
  return Object.assign(world, {
    store,
    features,
    conversations,
    desk,
    channel,
    content,
    dbPath,
    key,
    say,
    onboard: async (address: string, locale: string) => {
      await say(address, { type: 'start' });
      await say(address, { type: 'choice', key: `lang:${locale}` });
    },
    close: async () => {
      await features.stop();
      await store.close();
      tmp.cleanup();
    },
  });
}

/** Tables with a contact_id column, read from sqlite_master (so tables added by later migrations count too). */
export async function tablesWithContactId(store: Store): Promise<string[]> {
  const tables = await store.db.all<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
  );
  const found: string[] = [];
  for (const { name } of tables) {
    const columns = await store.db.all<{ name: string }>('SELECT name FROM pragma_table_info(?)', [name]);
    if (columns.some((c) => c.name === 'contact_id')) found.push(name);
  }
  return found;
}
