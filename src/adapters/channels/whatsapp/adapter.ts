import { createHash } from 'node:crypto';
import type { Conversations } from '../../../kernel/conversation/conversations.js';
import { KeyedLock } from '../../../kernel/conversation/keyed-lock.js';
import type { Translator } from '../../../kernel/content/translator.js';
import type { Event } from '../../../kernel/engine/types.js';
import type { Logger } from '../../../kernel/log.js';
import type { ChannelPort, Outgoing, SendOutcome, SendPriority } from '../../../kernel/ports/channel.js';
import type { Clock } from '../../../kernel/ports/clock.js';
import type { StaffContent } from '../../../kernel/staff/desk.js';
import type { ChatTrail } from '../../../kernel/ports/chat-trail.js';
import type { ContactStore, UpdateLog } from '../../../kernel/ports/store.js';
import { parseWhatsAppMessage } from './parse.js';
import { guardLibraryRejections } from './process-guard.js';
import { renderWhatsApp, splitText, WHATSAPP_CHUNK_CHARS } from './render.js';
import { DEFAULT_SENDER_OPTIONS, PacedSender, type SenderOptions } from './sender.js';
import { WhatsAppSupervisor, type StaffNotice, type SupervisorTimings } from './supervisor.js';
import type { WaClientFactory, WaMessage } from './wa-client.js';

/** Represents what the WhatsApp adapter needs: the app, the store's ports, and the client factory. */
export interface WhatsAppDeps {
  readonly conversations: Conversations;
  readonly translator: Translator;
  readonly contacts: Pick<ContactStore, 'find'>;
  /** Where the bot's message ids are kept 48 hours so "clear this chat" can revoke them; none keeps nothing. */
  readonly trail?: ChatTrail;
  readonly updates: UpdateLog;
  readonly clock: Clock;
  readonly log: Logger;
  readonly factory: WaClientFactory;
  readonly notifyStaff: (kind: StaffNotice) => void | Promise<void>;
  /**
   * Turns a message id into the key kept for idempotency. whatsapp-web.js ids
   * embed the sender (`false_<number>@c.us_<id>`), so main.ts passes a keyed
   * HMAC; the default is a plain SHA-256.
   */
  readonly updateKey?: (messageId: string) => string;
  readonly sender?: Partial<SenderOptions>;
  readonly timings?: Partial<SupervisorTimings>;
  readonly terminal?: (text: string) => void;
}

/**
 * WhatsAppAdapter can be used to run Peerline on WhatsApp through
 * whatsapp-web.js: incoming messages are parsed (parse.ts), handled once
 * (idempotency by message id), answered through the app layer, rendered as
 * numbered text (render.ts) and sent paced and in order (sender.ts), while
 * the supervisor keeps a client alive. Never logs texts, chat ids or
 * message ids (which contain the chat id).
 */
export class WhatsAppAdapter implements ChannelPort {
  readonly name = 'whatsapp' as const;
  readonly supervisor: WhatsAppSupervisor;
  private readonly sender: PacedSender;
  private readonly lock = new KeyedLock();
  private readonly handling = new Set<Promise<void>>();
  private unguard: (() => void) | undefined;

  constructor(private readonly deps: WhatsAppDeps) {
    this.supervisor = new WhatsAppSupervisor({
      factory: deps.factory,
      log: deps.log,
      notifyStaff: deps.notifyStaff,
      onMessage: (msg) => void this.receive(msg),
      ...(deps.terminal ? { terminal: deps.terminal } : {}),
      ...(deps.timings ? { timings: deps.timings } : {}),
    });
    this.sender = new PacedSender((chatId, text) => this.supervisor.sendMessage(chatId, text), deps.log, {
      ...DEFAULT_SENDER_OPTIONS,
      ...deps.sender,
    });
  }

  /** Starts the client in the background: a WhatsApp that cannot start never delays or stops the rest. */
  async start(): Promise<void> {
    this.unguard ??= guardLibraryRejections(this.deps.log);
    this.supervisor.start();
  }

  async stop(): Promise<void> {
    // The sender first: sends waiting out a retry give up, so stopping never waits for a long backoff.
    await this.sender.stop();
    await this.settled();
    await this.supervisor.stop();
    this.unguard?.();
    this.unguard = undefined;
  }

  onSent?: (outcome: SendOutcome) => void;

  private observed(outcome: SendOutcome): SendOutcome {
    this.onSent?.(outcome);
    return outcome;
  }

  send(address: string, items: readonly Outgoing[], priority: SendPriority): Promise<SendOutcome> {
    return this.sender
      .send(address, this.render(items), priority)
      .then((o) => this.recorded(address, o))
      .then((o) => this.observed(o));
  }

  /** Passes on a peer supporter's text (WhatsApp gets text only; a copy of Telegram media cannot cross over). */
  relayFromStaff(address: string, content: StaffContent): Promise<SendOutcome> {
    if (!content.text) return Promise.resolve({ ok: false, reason: 'failed' });
    return this.sender
      .send(address, splitText(content.text, WHATSAPP_CHUNK_CHARS), 'reply')
      .then((o) => this.recorded(address, o))
      .then((o) => this.observed(o));
  }

  /**
   * Revokes the bot's own messages in a chat ("delete for everyone"), one by
   * one. WhatsApp does not let the bot delete what the person sent; the app
   * tells them how to clear the chat themselves.
   */
  async deleteMessages(address: string, collect: () => Promise<readonly string[]>): Promise<number> {
    let revoked = 0;
    for (const id of await collect()) {
      // Only the bot's own messages (ids of sent messages start with true_) can be revoked.
      if (!id.startsWith('true_')) continue;
      if (
        await this.supervisor
          .revoke(id)
          .catch((err: unknown) => void this.deps.log.debug({ err }, 'whatsapp: revoke failed'))
      )
        revoked++;
    }
    return revoked;
  }

  /** Keeps the ids of what was sent (encrypted, 48 hours) for "clear this chat"; a failure only costs that. */
  private async recorded(address: string, outcome: SendOutcome): Promise<SendOutcome> {
    if (outcome.ok && outcome.messageIds.length && this.deps.trail) {
      await this.deps.trail
        .record('whatsapp', address, outcome.messageIds, this.deps.clock.now())
        .catch((err: unknown) => this.deps.log.warn({ err }, 'whatsapp: could not record message ids'));
    }
    return outcome;
  }

  health(): { readonly up: boolean; readonly detail?: string } {
    return this.supervisor.health();
  }

  /** Resolves once every message received so far has been handled and its answer sent or given up. */
  async settled(): Promise<void> {
    while (this.handling.size) await Promise.allSettled([...this.handling]);
  }

  /** Handles one incoming message; resolves when its answer was sent (or given up). Never rejects. */
  receive(msg: WaMessage): Promise<void> {
    const work = this.process(msg).catch((err: unknown) =>
      this.deps.log.error({ err }, 'whatsapp: handling a message failed'),
    );
    this.handling.add(work);
    void work.finally(() => this.handling.delete(work));
    return work;
  }

  private async process(msg: WaMessage): Promise<void> {
    const parsed = parseWhatsAppMessage(msg);
    if (parsed.kind === 'ignore') {
      if (parsed.reason !== 'own')
        this.deps.log.debug({ reason: parsed.reason, type: safeType(msg.type) }, 'whatsapp: message ignored');
      return;
    }
    const key = (this.deps.updateKey ?? sha256)(parsed.messageId);
    if (!(await this.deps.updates.firstTime('whatsapp', key, this.deps.clock.now()))) {
      this.deps.log.debug('whatsapp: message already handled');
      return;
    }
    // Handling and queueing the answer happen under one lock per person, so answers leave in the order messages came.
    const { sending } = await this.lock.run(parsed.address, async () => {
      const event = await this.firstContact(parsed.address, parsed.event);
      const handled = await this.deps.conversations.handle({ channel: 'whatsapp', address: parsed.address, event });
      return {
        sending: this.sender
          .send(parsed.address, this.render(handled.outgoing), 'reply')
          .then((o) => this.recorded(parsed.address, o))
          .then((o) => this.observed(o)),
      };
    });
    const outcome = await sending;
    if (!outcome.ok) this.deps.log.warn({ reason: outcome.reason }, 'whatsapp: an answer was not delivered');
  }

  /**
   * WhatsApp has no /start: someone's first message is whatever they type
   * ("hi"). Treated as text it would open with "not understood"; as `start`
   * it opens with the language picker. Numbers stay picks.
   */
  private async firstContact(address: string, event: Event): Promise<Event> {
    if (event.type !== 'text') return event;
    return (await this.deps.contacts.find('whatsapp', address)) ? event : { type: 'start' };
  }

  private render(items: readonly Outgoing[]): string[] {
    return items.flatMap((item) => renderWhatsApp(item, this.deps.translator));
  }
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

function safeType(type: unknown): string {
  return typeof type === 'string' && /^[a-z_0-9]{1,30}$/.test(type) ? type : 'other';
}
