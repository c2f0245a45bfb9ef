import { goTo, screenOf } from '../../kernel/engine/step.js';
import { OPEN_CASE_ACTION } from './node.js';
import type { CommandName, Effect, Msg, SessionState } from '../../kernel/engine/types.js';
import type { ContentSet } from '../../kernel/content/content-set.js';
import type { Case, CaseStore } from './port.js';
import type { ChannelPort, Outgoing } from '../../kernel/ports/channel.js';
import type { Clock } from '../../kernel/ports/clock.js';
import type {
  RelayContent,
  StaffButton,
  StaffContent,
  StaffDesk,
  StaffEvent,
  StaffFeature,
} from '../../kernel/staff/desk.js';
import type { ChannelName, ContactStore, SessionStore } from '../../kernel/ports/store.js';
import type { Logger } from '../../kernel/log.js';
import type {
  Conversations,
  ConversationFeature,
  StepLike,
  TurnContext,
} from '../../kernel/conversation/conversations.js';
import {
  HANDOFF_MESSAGES as M,
  STAFF_MESSAGES as S,
  STAFF_PRIVACY_MESSAGES as SP,
} from '../../kernel/content/feature-messages.js';
import { describeHours, isOpen } from './office-hours.js';
import { limitRelay, MAX_RELAY_CHARS } from './relay-limit.js';
import type { StaffAction } from '../../kernel/staff/staff-action.js';
import { channelLabel, staffDisplayName } from '../../kernel/staff/staff-labels.js';

/** Settings of the hand-off (environment, with defaults in config.ts). */
export interface HandoffOptions {
  /** Minutes a case may wait unclaimed before the person is told they are still in line. */
  readonly remindAfterMinutes: number;
  /** Staff display names by Telegram user id (aliases), so real names need not show. */
  readonly aliases?: ReadonlyMap<string, string>;
}

const CONFIRM = 'handoff_confirm_end';
const OFF_HOURS = 'handoff_off_hours';
const KEY_END_YES = 'end-yes';
const KEY_END_NO = 'end-no';
const KEY_LEAVE = 'leave-message';

/**
 * Handoff can be used to connect a person with a human peer supporter: one
 * case, one forum topic, messages relayed both ways, claim, queue, office
 * hours and closing. Nothing a person or a supporter writes is stored; the
 * case keeps only counts and the topic id (tests/features/handoff/handoff.test.ts).
 */
export class Handoff implements ConversationFeature, StaffFeature {
  constructor(
    private readonly deps: {
      content: ContentSet;
      cases: CaseStore;
      contacts: ContactStore;
      sessions: SessionStore;
      desk: StaffDesk | undefined;
      channels: () => ReadonlyMap<ChannelName, ChannelPort>;
      conversations: Conversations;
      clock: Clock;
      log: Logger;
      options: HandoffOptions;
    },
  ) {}

  private t(locale: string, id: string, args?: Record<string, string | number>): string {
    return this.deps.content.translator.t(locale, id, args);
  }

  private staffLocale(): string {
    return this.deps.content.settings.locales.default;
  }

  /** A case opens when a person arrives on a `handoff` node. */
  async onEffect(effect: Effect, ctx: TurnContext): Promise<StepLike | null> {
    if (effect.type !== 'node_action' || effect.action !== OPEN_CASE_ACTION) return null;
    const from = typeof effect.data?.from === 'string' ? effect.data.from : null;
    const state: SessionState = { v: 1, node: effect.node, trail: [effect.node], locale: ctx.locale };
    if (!this.deps.desk) return this.unavailable(ctx);
    const settings = this.deps.content.settings;
    if (!isOpen(settings.office_hours, settings.timezone, this.deps.clock.now())) {
      const hours = settings.office_hours ? describeHours(settings.office_hours, ctx.locale) : '';
      return {
        state: { ...state, data: { [OFF_HOURS]: true, from } },
        outgoing: [
          this.prompt(
            ctx.locale,
            effect.node,
            [{ id: M.offHours, args: { hours } }],
            [
              { key: KEY_LEAVE, label: this.t(ctx.locale, M.leaveMessageButton) },
              ...this.links(effect.node, ctx.locale),
            ],
            true,
          ),
        ],
      };
    }
    return this.open(ctx, state, from, 'waiting');
  }

  private async open(
    ctx: TurnContext,
    state: SessionState,
    from: string | null,
    status: 'waiting' | 'queued',
  ): Promise<StepLike> {
    const now = this.deps.clock.now();
    const { case: opened, created } = await this.deps.cases.open({
      contactId: ctx.contact.id,
      channel: ctx.contact.channel,
      locale: ctx.locale,
      fromScreen: from,
      status,
      now,
    });
    if (created || opened.threadId === null) await this.ensureTopic(opened);
    const intro = status === 'queued' ? M.queued : M.opened;
    return { state: { ...state, data: {} }, outgoing: [this.notice(ctx.locale, [{ id: intro }])] };
  }

  private unavailable(ctx: TurnContext): StepLike {
    const env = this.deps.conversations.env;
    const home: SessionState = { v: 1, node: env.graph.home, trail: [env.graph.home], locale: ctx.locale };
    return {
      state: home,
      outgoing: [
        this.notice(ctx.locale, [{ id: M.unavailable }]),
        ...this.deps.conversations.localize({ outbox: [screenOf(home, env)] }, ctx.locale),
      ],
    };
  }

  /** Creates the topic and the card for a case (again after a crash that left it without one). */
  private async ensureTopic(c: Case): Promise<void> {
    const desk = this.deps.desk;
    if (!desk) return;
    const lang = this.staffLocale();
    try {
      const language = this.t(c.locale, 'language-name');
      const name = this.t(lang, S.topicName, { case: caseNumber(c.id), language, channel: channelLabel(c.channel) });
      const threadId = await desk.openTopic(name);
      const cardId = await desk.post(threadId, this.cardText(c), this.cardButtons(c));
      await this.deps.cases.setTopic(c.id, threadId, cardId);
    } catch (err) {
      this.deps.log.error({ err, caseNo: c.id }, 'could not open the staff topic; will retry on the next message');
    }
  }

  private cardText(c: Case): string {
    const lang = this.staffLocale();
    const waited = Math.max(0, Math.round(((c.claimedAt ?? this.deps.clock.now()) - c.openedAt) / 60_000));
    return this.t(lang, S.card, {
      case: caseNumber(c.id),
      language: this.t(c.locale, 'language-name'),
      channel: channelLabel(c.channel),
      screen: c.fromScreen ?? '-',
      waited: String(waited),
      status: c.status,
      supporter: c.claimedBy ?? '-',
    });
  }

  private cardButtons(c: Case): StaffButton[] {
    return c.status === 'waiting' || c.status === 'queued'
      ? [{ label: this.t(this.staffLocale(), S.claimButton), action: { type: 'case_claim', caseId: c.id } }]
      : [];
  }

  /** While a case is open, the menu is muted: messages go to staff, /end ends the chat. */
  async intercept(ctx: TurnContext): Promise<StepLike | null> {
    const data = ctx.state?.data ?? {};
    const event = ctx.incoming.event;
    if (data[OFF_HOURS]) {
      // The prompt offers Leave a message, then the node's links (a callback request): a tap or, on WhatsApp, its number.
      const offered = [KEY_LEAVE, ...this.links(ctx.state!.node, ctx.locale).map((l) => l.key)];
      const key = event.type === 'choice' ? event.key : event.type === 'pick' ? offered[event.index - 1] : undefined;
      if (key === KEY_LEAVE)
        return this.open(ctx, { ...ctx.state!, data: {} }, typeof data.from === 'string' ? data.from : null, 'queued');
      if (key && offered.includes(key)) return goTo(ctx.state!, key, this.deps.conversations.env, false);
      return null; // any other input: back to the engine (Back/Home work as usual)
    }
    const open = await this.deps.cases.openFor(ctx.contact.id);
    if (!open) return null;
    if (
      event.type === 'choice' &&
      ctx.state &&
      this.links(ctx.state.node, ctx.locale).some((l) => l.key === event.key)
    ) {
      // The still-waiting reminder's button (e.g. "ask for a call back instead"): leave the line and follow it.
      if (open.status === 'claimed') return { outgoing: [this.notice(ctx.locale, [{ id: M.menuPaused }])] };
      await this.finish(open, 'person');
      return goTo(ctx.state, event.key, this.deps.conversations.env, false);
    }
    if (data[CONFIRM]) {
      const yes =
        (event.type === 'choice' && event.key === KEY_END_YES) || (event.type === 'pick' && event.index === 1);
      const no = (event.type === 'choice' && event.key === KEY_END_NO) || (event.type === 'pick' && event.index === 2);
      if (yes) return this.closeByPerson(ctx, open);
      if (no)
        return { state: { ...ctx.state!, data: {} }, outgoing: [this.notice(ctx.locale, [{ id: M.continuing }])] };
    }
    if (event.type === 'command' && (event.name === 'end' || event.name === 'stop')) return this.confirmEnd(ctx);
    if (event.type === 'command' && ['menu', 'back', 'language', 'help', 'start_alerts'].includes(event.name)) {
      return { outgoing: [this.notice(ctx.locale, [{ id: M.menuPaused }])] };
    }
    if (event.type === 'unsupported' && ['sticker', 'location', 'contact', 'edited', 'other'].includes(event.kind)) {
      return { outgoing: [this.notice(ctx.locale, [{ id: M.cannotRelay }])] };
    }
    // Empty text is what a malformed or forged button becomes (parse.ts): nothing to pass on.
    const content =
      ctx.incoming.relay ??
      (event.type === 'text' && event.text !== '' ? { kind: 'text' as const, text: event.text } : undefined);
    if (!content) return { outgoing: [this.notice(ctx.locale, [{ id: M.cannotRelay }])] };
    const relayed = await this.relayToStaff(
      open,
      limitRelay(content, this.t(this.staffLocale(), SP.relayCut, { max: MAX_RELAY_CHARS })),
    );
    return { outgoing: relayed ? [] : [this.notice(ctx.locale, [{ id: M.unavailable }])] };
  }

  /** Passes a message on; false when it could not reach staff (the person must then be told, never left guessing). */
  private async relayToStaff(c: Case, content: RelayContent): Promise<boolean> {
    if (c.threadId === null) await this.ensureTopic(c);
    const fresh = c.threadId === null ? await this.deps.cases.get(c.id) : c;
    if (!fresh?.threadId || !this.deps.desk) return false;
    try {
      await this.deps.desk.relay(fresh.threadId, content);
    } catch (err) {
      // The desk already retried (429, 5xx); what is left (a deleted topic, a bot removed from the group) needs staff.
      this.deps.log.error({ err, caseNo: c.id }, 'could not relay a message to the staff topic');
      return false;
    }
    await this.deps.cases.count(c.id, 'in');
    return true;
  }

  /** Asks before ending (a mistyped /end must not drop someone mid-conversation). */
  async onCommand(name: CommandName, ctx: TurnContext): Promise<StepLike | null> {
    if (name !== 'end') return null;
    const open = await this.deps.cases.openFor(ctx.contact.id);
    if (!open) return null;
    return this.confirmEnd(ctx);
  }

  private confirmEnd(ctx: TurnContext): StepLike {
    return {
      state: {
        ...(ctx.state ?? { v: 1, node: this.deps.conversations.env.graph.home, trail: [] }),
        data: { [CONFIRM]: true },
      },
      outgoing: [
        this.prompt(
          ctx.locale,
          ctx.state?.node ?? 'handoff',
          [{ id: M.confirmEnd }],
          [
            { key: KEY_END_YES, label: this.t(ctx.locale, M.endYes) },
            { key: KEY_END_NO, label: this.t(ctx.locale, M.endNo) },
          ],
          false,
        ),
      ],
    };
  }

  private async closeByPerson(ctx: TurnContext, c: Case): Promise<StepLike> {
    await this.finish(c, 'person');
    const env = this.deps.conversations.env;
    const home: SessionState = { v: 1, node: env.graph.home, trail: [env.graph.home], locale: ctx.locale };
    return {
      state: home,
      outgoing: [
        this.notice(ctx.locale, [{ id: M.ended }]),
        ...this.deps.conversations.localize({ outbox: [screenOf(home, env)] }, ctx.locale),
      ],
    };
  }

  /**
   * Closes the person's open case, if any, because they asked to delete their
   * data: staff get a note and the summary, the topic is closed. Nothing is
   * sent to the person (the privacy feature answers them). Used by
   * src/features/privacy/privacy.ts; guarded by tests/features/privacy/forget.test.ts.
   */
  async closeForForget(contactId: number): Promise<boolean> {
    const open = await this.deps.cases.openFor(contactId);
    if (!open) return false;
    if (open.threadId !== null && this.deps.desk) {
      await this.deps.desk
        .post(open.threadId, this.t(this.staffLocale(), SP.caseForgotten))
        .catch((err: unknown) => this.deps.log.warn({ err, caseNo: open.id }, 'could not post the forget note'));
    }
    await this.finish(open, 'forgotten');
    return true;
  }

  /** Closes a case: summary in the topic, topic closed, mappings gone. */
  private async finish(c: Case, by: 'person' | 'staff' | 'topic' | 'forgotten'): Promise<Case | undefined> {
    const closed = await this.deps.cases.close(c.id, this.deps.clock.now());
    if (!closed || closed.threadId === null || !this.deps.desk) return closed;
    const minutes = Math.max(0, Math.round(((closed.closedAt ?? 0) - closed.openedAt) / 60_000));
    try {
      await this.deps.desk.post(
        closed.threadId,
        this.t(this.staffLocale(), S.summary, {
          case: caseNumber(c.id),
          minutes: String(minutes),
          in: String(closed.messagesIn),
          out: String(closed.messagesOut),
          by,
        }),
      );
      if (by !== 'topic') await this.deps.desk.closeTopic(closed.threadId);
      if (closed.cardMessageId)
        await this.deps.desk.edit(closed.threadId, closed.cardMessageId, this.cardText(closed), []);
    } catch (err) {
      this.deps.log.warn({ err, caseNo: c.id }, 'could not post the closing summary');
    }
    return closed;
  }

  /** Staff side: messages and /close in case topics, Claim taps, topics closed by hand. */
  async onStaffEvent(event: StaffEvent): Promise<boolean> {
    if (event.type === 'topic_closed') return this.closeByStaff(event.threadId, 'topic_closed');
    if (event.type === 'button') {
      const outcome = await this.onStaffButton(event.action, event.from.id, event.from.firstName);
      if (outcome === 'ignored') return false;
      await event.answer(outcome === 'claimed' ? undefined : this.t(this.staffLocale(), S.alreadyClaimed));
      return true;
    }
    if (event.threadId === undefined) return false;
    if (event.command?.name === 'close') {
      if (await this.closeByStaff(event.threadId, 'command')) return true;
      await this.deps.desk?.post(event.threadId, this.t(this.staffLocale(), S.notInCase));
      return true;
    }
    if (event.command) return false;
    return (await this.fromStaff(event.threadId, event.from.id, event.from.firstName, event.content)) !== 'no_case';
  }

  /** A staff member wrote in a case topic: pass it on to the person. */
  async fromStaff(
    threadId: number,
    staffUserId: string,
    staffFirstName: string,
    content: StaffContent,
  ): Promise<'relayed' | 'no_case' | 'failed'> {
    const c = await this.deps.cases.byThread(threadId);
    if (!c || c.contactId === null) return 'no_case';
    if (c.status !== 'claimed') await this.claim(c.id, staffUserId, staffFirstName);
    const contact = await this.deps.contacts.get(c.contactId);
    const channel = contact && this.deps.channels().get(contact.channel);
    if (!contact || !channel?.relayFromStaff) return 'failed';
    const outcome = await channel.relayFromStaff(contact.address, content);
    if (outcome.ok) await this.deps.cases.count(c.id, 'out');
    return outcome.ok ? 'relayed' : 'failed';
  }

  /** A supporter tapped a button on a card. Only ever called for taps inside the staff group. */
  async onStaffButton(
    action: StaffAction,
    staffUserId: string,
    staffFirstName: string,
  ): Promise<'claimed' | 'taken' | 'ignored'> {
    if (action.type !== 'case_claim') return 'ignored';
    return (await this.claim(action.caseId, staffUserId, staffFirstName)) ? 'claimed' : 'taken';
  }

  private async claim(caseId: number, staffUserId: string, staffFirstName: string): Promise<boolean> {
    const name = staffDisplayName(this.deps.options.aliases, staffUserId, staffFirstName);
    if (!(await this.deps.cases.claim(caseId, name, this.deps.clock.now()))) return false;
    const c = await this.deps.cases.get(caseId);
    if (!c) return false;
    if (c.threadId !== null && c.cardMessageId !== null) {
      await this.deps.desk
        ?.edit(c.threadId, c.cardMessageId, this.cardText(c), this.cardButtons(c))
        .catch((err: unknown) => this.deps.log.warn({ err, caseNo: c.id }, 'could not update the card'));
    }
    await this.tellPerson(c, [{ id: M.joined }]);
    return true;
  }

  /** Staff sent /close in the topic, or closed the topic. */
  async closeByStaff(threadId: number, how: 'command' | 'topic_closed'): Promise<boolean> {
    const c = await this.deps.cases.byThread(threadId);
    if (!c) return false;
    const closed = await this.finish(c, how === 'command' ? 'staff' : 'topic');
    if (!closed || closed.contactId === null) return !!closed;
    const contact = await this.deps.contacts.get(closed.contactId);
    if (!contact) return true;
    await this.deps.conversations.withPerson(contact.channel, contact.address, async () => {
      const env = this.deps.conversations.env;
      const home: SessionState = { v: 1, node: env.graph.home, trail: [env.graph.home], locale: closed.locale };
      await this.deps.sessions.save(contact.id, home, this.deps.clock.now());
      const outgoing = [
        this.notice(closed.locale, [{ id: M.closedByStaff }]),
        ...this.deps.conversations.localize({ outbox: [screenOf(home, env)] }, closed.locale),
      ];
      await this.deps.channels().get(contact.channel)?.send(contact.address, outgoing, 'reply');
    });
    return true;
  }

  /**
   * Runs on a timer: people whose case has waited longer than the setting are
   * told they are still in line, with their position. Restart-safe: the queue
   * and the reminder mark live in SQLite.
   */
  async tick(): Promise<number> {
    const now = this.deps.clock.now();
    const waiting = (await this.deps.cases.waiting()).filter((c) => c.status === 'waiting');
    let reminded = 0;
    for (const [index, c] of waiting.entries()) {
      if (c.remindedAt !== null || now - c.openedAt < this.deps.options.remindAfterMinutes * 60_000) continue;
      await this.deps.cases.markReminded(c.id, now);
      await this.tellPerson(c, [{ id: M.stillWaiting, args: { position: index + 1 } }], true);
      reminded++;
    }
    return reminded;
  }

  /** Sends a notice; with `offerLinks`, as a prompt with the hand-off node's links (buttons only: on WhatsApp a typed number is relayed). */
  private async tellPerson(c: Case, body: Msg[], offerLinks = false): Promise<void> {
    if (c.contactId === null) return;
    const contact = await this.deps.contacts.get(c.contactId);
    if (!contact) return;
    const node =
      offerLinks && contact.channel !== 'whatsapp'
        ? [...this.deps.conversations.env.graph.nodes.values()].find((n) => n.type === 'handoff' && n.options?.length)
        : undefined;
    const links = node ? this.links(node.id, c.locale) : [];
    const item =
      node && links.length ? this.prompt(c.locale, node.id, body, links, false) : this.notice(c.locale, body);
    await this.deps.channels().get(contact.channel)?.send(contact.address, [item], 'reply');
  }

  /** The alternatives a hand-off node links to in the flow (e.g. a callback request), as buttons. */
  private links(nodeId: string, locale: string): { key: string; label: string }[] {
    const graph = this.deps.conversations.env.graph;
    return (graph.nodes.get(nodeId)?.options ?? [])
      .filter((o) => graph.nodes.has(o.to))
      .map((o) => ({ key: o.to, label: this.t(locale, o.label) }));
  }

  private notice(locale: string, body: Msg[]): Outgoing {
    return this.deps.conversations.localize({ outbox: [{ kind: 'notice', body }] }, locale)[0]!;
  }

  private prompt(
    locale: string,
    screen: string,
    body: Msg[],
    options: { key: string; label: string }[],
    withNav: boolean,
  ): Outgoing {
    const nav = withNav ? [{ key: 'home' as const, label: this.t(locale, 'nav-home') }] : [];
    return {
      kind: 'screen',
      screen,
      display: 'prompt',
      text: body.map((m) => this.deps.content.translator.msg(locale, m)).join('\n\n'),
      options,
      nav,
      locale,
    };
  }
}

/** Formats a case number the way staff see it: #0042. */
export function caseNumber(id: number): string {
  return `#${String(id).padStart(4, '0')}`;
}
