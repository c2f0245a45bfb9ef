import type { ChannelPort, Outgoing, SendOutcome } from '../../src/ports/channel.js';
import type { RelayContent, StaffButton, StaffContent, StaffDesk } from '../../src/ports/staff.js';
import type { ChannelName } from '../../src/ports/store.js';

/** Represents a staff desk in memory: topics, cards, relayed items, notes. For app-level hand-off tests. */
export class FakeStaffDesk implements StaffDesk {
  private nextId = 100;
  readonly topics = new Map<number, { name: string; closed: boolean; items: (RelayContent | { note: string })[]; card?: { id: number; text: string; buttons: readonly StaffButton[] } }>();
  readonly announcements: string[] = [];
  failOpenTopic = 0;

  async openTopic(name: string): Promise<number> {
    if (this.failOpenTopic > 0) {
      this.failOpenTopic--;
      throw new Error('createForumTopic failed');
    }
    const id = this.nextId++;
    this.topics.set(id, { name, closed: false, items: [] });
    return id;
  }
  async postCard(threadId: number, text: string, buttons: readonly StaffButton[]): Promise<number> {
    const id = this.nextId++;
    this.topic(threadId).card = { id, text, buttons };
    return id;
  }
  async editCard(threadId: number, messageId: number, text: string, buttons: readonly StaffButton[]): Promise<void> {
    const t = this.topic(threadId);
    if (t.card?.id !== messageId) throw new Error('card not found');
    t.card = { id: messageId, text, buttons };
  }
  async relay(threadId: number, content: RelayContent): Promise<void> {
    this.topic(threadId).items.push(content);
  }
  async note(threadId: number, text: string): Promise<void> {
    this.topic(threadId).items.push({ note: text });
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
