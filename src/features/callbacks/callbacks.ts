import {
  isCallbackAction,
  readSubmission,
  type CallbackNotify,
  type CallbackResume,
  type PendingCallback,
} from './form.js';
import type { ActionEffect } from '../../kernel/engine/types.js';
import { resume } from '../../kernel/engine/resume.js';
import type { ContentSet } from '../../kernel/content/content-set.js';
import { STAFF_CALLBACK_MESSAGES as S } from './messages.js';
import type { CallbackRequest, CallbackStore } from './port.js';
import type { ChannelPort } from '../../kernel/ports/channel.js';
import type { Clock } from '../../kernel/ports/clock.js';
import type { StaffDesk, StaffEvent, StaffFeature, StaffMember } from '../../kernel/staff/desk.js';
import type { ChannelName, ContactStore } from '../../kernel/ports/store.js';
import type { Logger } from '../../kernel/log.js';
import { cardButtons, cardText, directText, requestNumber, type CardContext } from './cards.js';
import { isStaffActionOf, type StaffActionOf } from '../../kernel/staff/staff-action.js';
import type { Conversations, ConversationFeature, TurnContext } from '../../kernel/conversation/conversations.js';
import { whatsappChatPhone } from './phone.js';
import { staffDisplayName } from '../../kernel/staff/staff-labels.js';

/** Settings of callback requests (environment, with defaults in config.ts). */
export interface CallbackOptions {
  /** Minutes the number stays on the card when the claimer cannot get a private message (CALLBACK_REVEAL_MINUTES). */
  readonly revealMinutes: number;
  /** Hours before an unclaimed request is posted again (CALLBACK_REMIND_HOURS). */
  readonly remindHours: number;
  /** Days a done or cancelled request is kept before `purge` deletes it (CALLBACK_RETENTION_DAYS). */
  readonly retentionDays: number;
  /** Staff display names by Telegram user id (aliases), so real names need not show. */
  readonly aliases?: ReadonlyMap<string, string>;
}

/** The name the Callbacks topic is remembered by (staff_topics). */
const TOPIC = 'callbacks';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Callbacks can be used to take callback requests: the `callback` node's form
 * ends in a stored request (number and code word encrypted), a card without
 * the number in the staff group's "Callbacks" topic, and Claim / Done /
 * No answer / Cancel buttons. Claim gives the number to the claimer only:
 * privately when the bot can write to them, otherwise on the card for a few
 * minutes (docs/callbacks.md). tests/features/callbacks/callbacks.test.ts.
 * What the person sees is the `callback` node's (src/features/callbacks/node.ts).
 */
export class Callbacks implements ConversationFeature, StaffFeature {
  constructor(
    private readonly deps: {
      content: ContentSet;
      callbacks: CallbackStore;
      contacts: ContactStore;
      desk: StaffDesk | undefined;
      channels: () => ReadonlyMap<ChannelName, ChannelPort>;
      conversations: Conversations;
      clock: Clock;
      log: Logger;
      options: CallbackOptions;
    },
  ) {}

  // ── The person's side ─────────────────────────────────────────────────────────────────

  /** Carries out the callback node's actions: open (a pending request, the WhatsApp number), submit, withdraw. */
  async perform(effect: ActionEffect, ctx: TurnContext): Promise<CallbackResume | undefined> {
    if (!isCallbackAction(effect)) return undefined;
    switch (effect.action) {
      case 'callback_open': {
        if (!this.deps.desk) return resume<CallbackResume>({ action: 'callback_open', result: 'unavailable' });
        const pending = await this.deps.callbacks.pendingFor(ctx.contact.id);
        if (pending)
          return resume<CallbackResume>({
            action: 'callback_open',
            result: 'pending',
            data: { pending: await this.pendingView(pending) },
          });
        // On WhatsApp a phone-based chat id is the person's number: offer it (never guessed from an @lid id).
        const chat = ctx.contact.channel === 'whatsapp' ? whatsappChatPhone(ctx.contact.address) : null;
        return resume<CallbackResume>({ action: 'callback_open', result: 'form', data: { chat } });
      }
      case 'callback_submit':
        return this.submit(effect.data, ctx);
      case 'callback_withdraw':
        return this.withdraw(effect.data.id, ctx);
    }
  }

  private async pendingView(r: CallbackRequest): Promise<PendingCallback> {
    const secrets = await this.deps.callbacks.secrets(r.id);
    return {
      id: r.id,
      slot: r.slot,
      last: secrets?.phone.e164.slice(-4) ?? '',
      status: r.status === 'claimed' ? 'claimed' : 'open',
    };
  }

  private async submit(data: Readonly<Record<string, unknown>>, ctx: TurnContext): Promise<CallbackResume> {
    const sub = readSubmission(data);
    if (!sub || !this.deps.desk) return resume<CallbackResume>({ action: 'callback_submit', result: 'unavailable' });
    const now = this.deps.clock.now();
    const { request, created } = await this.deps.callbacks.create({
      contactId: ctx.contact.id,
      channel: ctx.contact.channel,
      locale: ctx.locale,
      language: sub.language,
      slot: sub.slot,
      voicemail: sub.voicemail,
      sayOrg: sub.sayOrg,
      phone: sub.phone,
      code: sub.code,
      now,
      remindAt: now + this.deps.options.remindHours * HOUR,
    });
    // Sent twice at once (two taps): the second one shows the request the first one made.
    if (!created)
      return resume<CallbackResume>({
        action: 'callback_submit',
        result: 'duplicate',
        data: { pending: await this.pendingView(request) },
      });
    await this.postCard(request);
    return resume<CallbackResume>({ action: 'callback_submit', result: 'sent', data: { slot: sub.slot } });
  }

  /**
   * Withdraws the person's pending request when they ask to be forgotten: the
   * card shows it cancelled and no longer carries the number (the row itself
   * goes with the contact). Called before the contact is deleted.
   */
  async withdrawForForget(contactId: number): Promise<void> {
    const pending = await this.deps.callbacks.pendingFor(contactId);
    if (!pending) return;
    const closed = await this.deps.callbacks.close(pending.id, 'cancelled', {
      from: ['open', 'claimed'],
      by: 'person',
      now: this.deps.clock.now(),
    });
    if (closed) await this.updateCard({ ...closed, revealUntil: null });
  }

  private async withdraw(id: number, ctx: TurnContext): Promise<CallbackResume> {
    const mine = await this.deps.callbacks.get(id);
    const closed =
      mine && mine.contactId === ctx.contact.id
        ? await this.deps.callbacks.close(id, 'cancelled', {
            from: ['open', 'claimed'],
            by: 'person',
            now: this.deps.clock.now(),
          })
        : undefined;
    if (closed) await this.updateCard(closed);
    return resume<CallbackResume>({ action: 'callback_withdraw', result: closed ? 'withdrawn' : 'already_closed' });
  }

  /** Tells the person what staff did with their request; their `callback` node decides what they see. */
  private async tellPerson(r: CallbackRequest, what: CallbackNotify['what']): Promise<void> {
    await this.deps.conversations.notify(
      r.contactId,
      { type: 'notify', topic: 'callback', what },
      async (contact, outgoing) => {
        const sent = await this.deps.channels().get(contact.channel)?.send(contact.address, outgoing, 'reply');
        if (sent && !sent.ok)
          this.deps.log.warn({ request: r.id, reason: sent.reason }, 'could not tell the person about their callback');
      },
    );
  }

  // ── The staff side ────────────────────────────────────────────────────────────────────

  private card(): CardContext {
    const settings = this.deps.content.settings;
    return {
      translator: this.deps.content.translator,
      locale: settings.locales.default,
      timeZone: settings.timezone,
      now: this.deps.clock.now(),
    };
  }

  private async topic(): Promise<number> {
    const known = await this.deps.callbacks.topic(TOPIC);
    if (known !== null) return known;
    const threadId = await this.deps.desk!.openTopic(this.card().translator.t(this.card().locale, S.topicName));
    await this.deps.callbacks.setTopic(TOPIC, threadId, this.deps.clock.now());
    return threadId;
  }

  /** Posts a request's card (a reminder when `reminder`); on failure the timer tries again. */
  private async postCard(r: CallbackRequest, reminder = false): Promise<number | null> {
    if (!this.deps.desk) return null;
    try {
      const threadId = await this.topic();
      const messageId = await this.deps.desk.post(
        threadId,
        cardText(r, this.card(), undefined, reminder),
        cardButtons(r, this.card()),
      );
      await this.deps.callbacks.setCard(r.id, threadId, messageId);
      return messageId;
    } catch (err) {
      // The adapter retries its own sends, so a failure here is likely lasting (the topic deleted):
      // forget the topic so the next try makes a new one.
      await this.deps.callbacks.setTopic(TOPIC, null, this.deps.clock.now());
      this.deps.log.error({ err, request: r.id }, 'could not post the callback card; will retry');
      return null;
    }
  }

  private async updateCard(r: CallbackRequest, withNumber = false): Promise<void> {
    if (!this.deps.desk || r.threadId === null || r.cardMessageId === null) return;
    const secrets = withNumber ? await this.deps.callbacks.secrets(r.id) : undefined;
    await this.deps.desk
      .edit(r.threadId, r.cardMessageId, cardText(r, this.card(), secrets), cardButtons(r, this.card()))
      .catch((err: unknown) => this.deps.log.warn({ err, request: r.id }, 'could not update the callback card'));
  }

  /** Staff side: taps on callback cards. Malformed or unknown data is left to other features. */
  async onStaffEvent(event: StaffEvent): Promise<boolean> {
    if (event.type !== 'button' || !isStaffActionOf('callback', event.action)) return false;
    const toast = await this.onStaffButton(event.action, event.from);
    await event.answer(toast);
    return true;
  }

  /** A supporter tapped a card button (only ever called for taps inside the staff group); returns the toast to show them. */
  async onStaffButton(action: StaffActionOf<'callback'>, from: StaffMember): Promise<string | undefined> {
    const id = action.requestId;
    const t = (msg: string, args?: Record<string, string | number>) =>
      this.deps.content.translator.t(this.card().locale, msg, args);
    const now = this.deps.clock.now();
    const store = this.deps.callbacks;
    const current = await store.get(id);
    if (!current || current.status === 'done' || current.status === 'cancelled') return t(S.closed);
    switch (action.type) {
      case 'callback_claim': {
        const claimed = await store.claim(
          id,
          { id: from.id, name: staffDisplayName(this.deps.options.aliases, from.id, from.firstName) },
          now,
        );
        if (claimed) return this.reveal(claimed, from);
        // A second tap by the claimer (e.g. from an older card) gives them the number again.
        return (await store.isClaimer(id, from.id)) ? this.reveal(current, from) : t(S.taken);
      }
      case 'callback_show':
        if (current.status !== 'claimed') return t(S.claimFirst);
        return (await store.isClaimer(id, from.id)) ? this.reveal(current, from) : t(S.notYours);
      case 'callback_done': {
        if (current.status !== 'claimed') return t(S.claimFirst);
        const done = await store.close(id, 'done', { from: ['claimed'], by: 'staff', now });
        if (!done) return t(S.closed);
        await this.updateCard(done);
        await this.tellPerson(done, 'done');
        return undefined;
      }
      case 'callback_no_answer': {
        if (current.status !== 'claimed') return t(S.claimFirst);
        const open = await store.noAnswer(id, now, now + this.deps.options.remindHours * HOUR);
        if (!open) return t(S.closed);
        await this.updateCard(open);
        await this.tellPerson(open, 'missed');
        return undefined;
      }
      case 'callback_cancel': {
        const cancelled = await store.close(id, 'cancelled', { from: ['open', 'claimed'], by: 'staff', now });
        if (!cancelled) return t(S.closed);
        await this.updateCard(cancelled);
        await this.tellPerson(cancelled, 'cancelled');
        return undefined;
      }
    }
  }

  /**
   * Gives the number to the claimer only: a private message when the bot can
   * write to them; otherwise on the card until the reveal time (a timer and
   * every later change edit it away; the deadline is stored, so a restart
   * does not leave it there).
   */
  private async reveal(r: CallbackRequest, to: StaffMember): Promise<string> {
    const t = (msg: string, args?: Record<string, string | number>) =>
      this.deps.content.translator.t(this.card().locale, msg, args);
    const secrets = await this.deps.callbacks.secrets(r.id);
    if (!secrets) return t(S.closed);
    const sent = await this.deps.desk?.direct(to.id, directText(r, this.card(), secrets)).catch((err: unknown) => {
      this.deps.log.warn({ err, request: r.id }, 'could not send the number privately; showing it on the card');
      return false;
    });
    if (sent) {
      await this.deps.callbacks.setReveal(r.id, null);
      await this.updateCard({ ...r, revealUntil: null });
      return t(S.sentPrivately);
    }
    const until = this.deps.clock.now() + this.deps.options.revealMinutes * MINUTE;
    await this.deps.callbacks.setReveal(r.id, until);
    await this.updateCard({ ...r, revealUntil: until }, true);
    return t(S.shownOnCard, { minutes: this.deps.options.revealMinutes });
  }

  // ── Timers ─────────────────────────────────────────────────────────────────────────────

  /**
   * Runs on a timer: edits numbers off cards whose reveal time is over,
   * posts unclaimed requests again after CALLBACK_REMIND_HOURS, and posts
   * cards that could not be posted before. Restart-safe: every deadline is
   * in SQLite. Returns how many cards it touched.
   */
  async tick(): Promise<number> {
    const now = this.deps.clock.now();
    const store = this.deps.callbacks;
    let touched = 0;
    for (const r of await store.revealsDue(now)) {
      await store.setReveal(r.id, null);
      await this.updateCard({ ...r, revealUntil: null });
      touched++;
    }
    if (!this.deps.desk) return touched;
    for (const r of await store.remindersDue(now)) {
      const previous = { threadId: r.threadId, messageId: r.cardMessageId };
      if ((await this.postCard(r, true)) === null) continue;
      await store.setRemindAt(r.id, now + this.deps.options.remindHours * HOUR);
      if (previous.threadId !== null && previous.messageId !== null) {
        const note = this.card().translator.t(this.card().locale, S.reposted, { request: requestNumber(r.id) });
        await this.deps.desk
          .edit(previous.threadId, previous.messageId, note, [])
          .catch((err: unknown) =>
            this.deps.log.warn({ err, request: r.id }, 'could not retire the old callback card'),
          );
      }
      touched++;
    }
    for (const r of await store.unposted()) if ((await this.postCard(r)) !== null) touched++;
    return touched;
  }

  /** Deletes done and cancelled requests older than CALLBACK_RETENTION_DAYS; returns how many. */
  async purge(now: number = this.deps.clock.now()): Promise<number> {
    return this.deps.callbacks.purge(now - this.deps.options.retentionDays * DAY);
  }
}
