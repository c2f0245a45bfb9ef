import type { ChannelPort, Outgoing, SendOutcome } from '../../src/kernel/ports/channel.js';
import type { RelayContent, StaffButton, StaffContent, StaffDesk } from '../../src/kernel/staff/desk.js';
import type { ChannelName } from '../../src/kernel/ports/store.js';

/** Represents a staff desk in memory: topics, cards, relayed items, notes. For app-level hand-off tests. */
export class FakeStaffDesk implements StaffDesk {
  private nextId = 100;
  readonly topics = new Map<
    number,
    {
      name: string;
      closed: boolean;
      items: (RelayContent | { note: string })[];
      card?: { id: number; text: string; buttons: readonly StaffButton[] };
    }
  >();
  readonly announcements: string[] = [];
  failOpenTopic = 0;
  /** Relays that fail (after the desk's own retries), e.g. a topic deleted by hand. */
  failRelay = 0;

  async openTopic(name: string): Promise<number> {
    if (this.failOpenTopic > 0) {
      this.failOpenTopic--;
      throw new Error('createForumTopic failed');
    }
    const id = this.nextId++;
    this.topics.set(id, { name, closed: false, items: [] });
    return id;
  }
  /** Messages posted in General (no topic). */
  readonly general: { id: number; text: string; buttons: readonly StaffButton[] }[] = [];
  /** Private messages to staff members; members in `unreachable` have not started the bot. */
  readonly directs: { to: string; text: string }[] = [];
  readonly unreachable = new Set<string>();

  /** Every message posted in a topic, by id, as it reads now (edits included): topics with many cards (Callbacks). */
  readonly posts = new Map<number, { threadId: number; text: string; buttons: readonly StaffButton[] }>();

  /** The first message with buttons in a topic is its card; later ones are notes (and all are in `posts`). */
  async post(threadId: number | undefined, text: string, buttons: readonly StaffButton[] = []): Promise<number> {
    const id = this.nextId++;
    if (threadId !== undefined) this.posts.set(id, { threadId, text, buttons });
    if (threadId === undefined) {
      this.general.push({ id, text, buttons });
      return id;
    }
    const t = this.topic(threadId);
    if (!t.card && buttons.length) t.card = { id, text, buttons };
    else t.items.push({ note: text });
    return id;
  }
  async edit(
    threadId: number | undefined,
    messageId: number,
    text: string,
    buttons: readonly StaffButton[] = [],
  ): Promise<void> {
    if (threadId === undefined) {
      const m = this.general.find((g) => g.id === messageId);
      if (!m) throw new Error('message not found');
      m.text = text;
      m.buttons = buttons;
      return;
    }
    const t = this.topic(threadId);
    const posted = this.posts.get(messageId);
    if (t.card?.id !== messageId && posted?.threadId !== threadId) throw new Error('card not found');
    if (posted) this.posts.set(messageId, { threadId, text, buttons });
    if (t.card?.id === messageId) t.card = { id: messageId, text, buttons };
  }
  async direct(staffUserId: string, text: string): Promise<boolean> {
    if (this.unreachable.has(staffUserId)) return false;
    this.directs.push({ to: staffUserId, text });
    return true;
  }
  async relay(threadId: number, content: RelayContent): Promise<void> {
    if (this.failRelay > 0) {
      this.failRelay--;
      throw new Error('message thread not found');
    }
    this.topic(threadId).items.push(content);
  }
  async closeTopic(threadId: number): Promise<void> {
    this.topic(threadId).closed = true;
  }
  async announce(text: string): Promise<void> {
    this.announcements.push(text);
  }
  private topic(id: number) {
    const t = this.topics.get(id);
    if (!t) throw new Error(`no topic ${id}`);
    return t;
  }
}

/** Represents a channel that records what it would send, by address. */
export class RecordingChannel implements ChannelPort {
  readonly sent: { address: string; items: readonly Outgoing[] }[] = [];
  readonly relayed: { address: string; content: StaffContent }[] = [];
  constructor(readonly name: ChannelName) {}
  async start() {}
  async stop() {}
  async send(address: string, items: readonly Outgoing[]): Promise<SendOutcome> {
    this.sent.push({ address, items });
    return { ok: true, messageIds: [] };
  }
  async relayFromStaff(address: string, content: StaffContent): Promise<SendOutcome> {
    this.relayed.push({ address, content });
    return { ok: true, messageIds: [] };
  }
  health() {
    return { up: true };
  }
  textsTo(address: string): string[] {
    return this.sent.filter((s) => s.address === address).flatMap((s) => s.items.map((i) => i.text));
  }
}
