import { isHandoffAction, type HandoffNotify, type HandoffResume } from './node.js';
import type { ActionEffect } from '../../kernel/engine/types.js';
import { resume } from '../../kernel/engine/resume.js';
import type { ContactHooks } from '../../kernel/contact-hooks.js';
import type { ContentSet } from '../../kernel/content/content-set.js';
import type { Case, CaseStore } from './port.js';
import type { ChannelPort } from '../../kernel/ports/channel.js';
import type { Clock } from '../../kernel/ports/clock.js';
import type {
  RelayContent,
  StaffButton,
  StaffContent,
  StaffDesk,
  StaffEvent,
  StaffFeature,
} from '../../kernel/staff/desk.js';
import type { ChannelName, ContactStore } from '../../kernel/ports/store.js';
import type { Logger } from '../../kernel/log.js';
import type {
  Admission,
  Conversations,
  ConversationFeature,
  TurnContext,
} from '../../kernel/conversation/conversations.js';
import { STAFF_HANDOFF_MESSAGES as S } from './messages.js';
import { STAFF_SYSTEM_MESSAGES } from '../../kernel/staff/messages.js';
import { describeHours, isOpen } from './office-hours.js';
import { limitRelay, MAX_RELAY_CHARS } from './relay-limit.js';
import type { StaffAction } from '../../kernel/staff/staff-action.js';
import { caseNumber, channelLabel, staffDisplayName } from '../../kernel/staff/staff-labels.js';

/** Settings of the hand-off (environment, with defaults in config.ts). */
export interface HandoffOptions {
  /** Minutes a case may wait unclaimed before the person is told they are still in line. */
  readonly remindAfterMinutes: number;
  /** Staff display names by Telegram user id (aliases), so real names need not show. */
  readonly aliases?: ReadonlyMap<string, string>;
}

/**
 * Handoff can be used to connect a person with a human peer supporter: one
 * case, one forum topic, messages relayed both ways, claim, queue, office
 * hours and closing. Nothing a person or a supporter writes is stored; the
 * case keeps only counts and the topic id (tests/features/handoff/handoff.test.ts).
 * What the person sees is the `handoff` node's (src/features/handoff/node.ts):
 * this carries out its actions and tells it what staff did.
 */
export class Handoff implements ConversationFeature, StaffFeature {
  constructor(
    private readonly deps: {
      content: ContentSet;
      cases: CaseStore;
      contacts: ContactStore;
      /** Kernel hooks: whether a person may reach staff (a ban stops it). */
      hooks: Pick<ContactHooks, 'mayReachStaff'>;
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

  /**
   * Tells the `handoff` node, before each message, whether the person has an open case: the case is the truth
   * (a restart, a session purged, a case closed behind the session), the node brings the conversation in line.
   */
  async admit(ctx: TurnContext): Promise<Admission> {
    const open = (await this.deps.cases.openFor(ctx.contact.id)) !== undefined;
    return { first: { type: 'notify', topic: 'handoff', what: 'sync', data: { open } } };
  }

  /** Carries out the hand-off node's actions: open a case (or say why not), relay, leave the line, end. */
  async perform(effect: ActionEffect, ctx: TurnContext): Promise<HandoffResume | undefined> {
    if (!isHandoffAction(effect)) return undefined;
    // Someone staff stopped (/ban) can read every screen but neither open a case nor reach a supporter.
    const reachesStaff =
      effect.action === 'open_case' || effect.action === 'leave_message' || effect.action === 'relay';
    if (reachesStaff && !(await this.deps.hooks.mayReachStaff(ctx.contact.id)))
      return resume<HandoffResume>({ action: effect.action, result: 'unavailable' });
    switch (effect.action) {
      case 'open_case': {
        if (!this.deps.desk) return resume<HandoffResume>({ action: 'open_case', result: 'unavailable' });
        const settings = this.deps.content.settings;
        if (!isOpen(settings.office_hours, settings.timezone, this.deps.clock.now())) {
          const hours = settings.office_hours ? describeHours(settings.office_hours, ctx.locale) : '';
          return resume<HandoffResume>({ action: 'open_case', result: 'off_hours', data: { hours } });
        }
        await this.open(ctx, effect.data.from, 'waiting');
        return resume<HandoffResume>({ action: 'open_case', result: 'opened' });
      }
      case 'leave_message':
        if (!this.deps.desk) return resume<HandoffResume>({ action: 'leave_message', result: 'unavailable' });
        await this.open(ctx, effect.data.from, 'queued');
        return resume<HandoffResume>({ action: 'leave_message', result: 'queued' });
      case 'relay':
        return this.relay(ctx);
      case 'leave_line': {
        // A link from the still-waiting reminder (e.g. "ask for a call back instead") leaves the line, unless someone joined.
        const open = await this.deps.cases.openFor(ctx.contact.id);
        if (open?.status === 'claimed') return resume<HandoffResume>({ action: 'leave_line', result: 'claimed' });
        if (open) await this.finish(open, 'person');
        return resume<HandoffResume>({ action: 'leave_line', result: 'left' });
      }
      case 'end_chat': {
        const open = await this.deps.cases.openFor(ctx.contact.id);
        if (open) await this.finish(open, 'person');
        return resume<HandoffResume>({ action: 'end_chat', result: 'ended' });
      }
    }
  }

  private async open(ctx: TurnContext, from: string | null, status: 'waiting' | 'queued'): Promise<void> {
    const { case: opened, created } = await this.deps.cases.open({
      contactId: ctx.contact.id,
      channel: ctx.contact.channel,
      locale: ctx.locale,
      fromScreen: from,
      status,
      now: this.deps.clock.now(),
    });
    if (created || opened.threadId === null) await this.ensureTopic(opened);
  }

  /** Passes on what the person just sent (held in memory for the moment of relaying, never stored). */
  private async relay(ctx: TurnContext): Promise<HandoffResume> {
    const open = await this.deps.cases.openFor(ctx.contact.id);
    if (!open) return resume<HandoffResume>({ action: 'relay', result: 'no_case' });
    const event = ctx.incoming?.event;
    // Empty text is what a malformed or forged button becomes (parse.ts): nothing to pass on.
    const content =
      ctx.incoming?.relay ??
      (event?.type === 'text' && event.text !== '' ? { kind: 'text' as const, text: event.text } : undefined);
    if (!content) return resume<HandoffResume>({ action: 'relay', result: 'not_relayable' });
    const relayed = await this.relayToStaff(
      open,
      limitRelay(content, this.t(this.staffLocale(), S.relayCut, { max: MAX_RELAY_CHARS })),
    );
    return resume<HandoffResume>({ action: 'relay', result: relayed ? 'relayed' : 'unavailable' });
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
        .post(open.threadId, this.t(this.staffLocale(), S.caseForgotten))
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
      await this.deps.desk?.post(event.threadId, this.t(this.staffLocale(), STAFF_SYSTEM_MESSAGES.notInCase));
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
    await this.tell(c, { type: 'notify', topic: 'handoff', what: 'joined' });
    return true;
  }

  /** Staff sent /close in the topic, or closed the topic. */
  async closeByStaff(threadId: number, how: 'command' | 'topic_closed'): Promise<boolean> {
    const c = await this.deps.cases.byThread(threadId);
    if (!c) return false;
    const closed = await this.finish(c, how === 'command' ? 'staff' : 'topic');
    if (!closed || closed.contactId === null) return !!closed;
    await this.tell(closed, { type: 'notify', topic: 'handoff', what: 'closed' });
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
      // Buttons only: on WhatsApp a typed number would be taken for a message to the supporter.
      const data = { position: index + 1, buttons: c.channel !== 'whatsapp' };
      await this.tell(c, { type: 'notify', topic: 'handoff', what: 'still_waiting', data });
      reminded++;
    }
    return reminded;
  }

  /** Tells the person what staff did: their `handoff` node decides what they see, under their lock. */
  private async tell(c: Case, event: HandoffNotify): Promise<void> {
    if (c.contactId === null) return;
    await this.deps.conversations.notify(c.contactId, event, async (contact, outgoing) => {
      await this.deps.channels().get(contact.channel)?.send(contact.address, outgoing, 'reply');
    });
  }
}
