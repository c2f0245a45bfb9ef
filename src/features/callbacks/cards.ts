import { CALLBACK_NODE_MESSAGES, slotLabel } from './node.js';
import { STAFF_CALLBACK_MESSAGES as S } from '../../features/callbacks/messages.js';
import type { Translator } from '../../kernel/content/translator.js';
import type { CallbackRequest, CallbackSecrets } from './port.js';
import type { StaffButton } from '../../kernel/staff/desk.js';
import type { StaffActionOf } from '../../kernel/staff/staff-action.js';
import { channelLabel } from '../../kernel/staff/staff-labels.js';

/** Formats a request number the way staff see it: #C0007 (C tells it from a hand-off case). */
export function requestNumber(id: number): string {
  return `#C${String(id).padStart(4, '0')}`;
}

/** Represents what cards need besides the request: texts, the org's name and time zone, the clock. */
export interface CardContext {
  readonly translator: Translator;
  readonly locale: string;
  readonly timeZone: string;
  readonly now: number;
}

/** The date and time a request was made, in the organisation's time zone (e.g. "Wed, Nov 25, 10:03"). */
export function askedAt(at: number, ctx: Pick<CardContext, 'locale' | 'timeZone'>): string {
  return new Intl.DateTimeFormat(ctx.locale, {
    timeZone: ctx.timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(new Date(at));
}

function status(r: CallbackRequest, ctx: CardContext): string {
  const t = (id: string) => ctx.translator.t(ctx.locale, id, { supporter: r.claimedBy ?? '-' });
  if (r.status === 'claimed') return t(S.statusClaimed);
  if (r.status === 'done') return t(S.statusDone);
  if (r.status === 'cancelled') return t(r.closedBy === 'person' ? S.statusCancelledPerson : S.statusCancelledStaff);
  return t(S.statusOpen);
}

/** The details of a request as staff read them, without the number. */
function details(r: CallbackRequest, ctx: CardContext): Record<string, string | number> {
  const t = (id: string, locale = ctx.locale) => ctx.translator.t(locale, id);
  return {
    request: requestNumber(r.id),
    status: status(r, ctx),
    when: t(slotLabel(r.slot)),
    asked: askedAt(r.createdAt, ctx),
    language: t('language-name', r.language),
    voicemail: t(r.voicemail ? CALLBACK_NODE_MESSAGES.yes : CALLBACK_NODE_MESSAGES.no),
    sayorg: t(r.sayOrg ? CALLBACK_NODE_MESSAGES.yes : CALLBACK_NODE_MESSAGES.no),
    code: t(r.hasCode ? S.codeYes : S.codeNone),
    attempts: r.attempts,
    channel: channelLabel(r.channel),
  };
}

/**
 * The text of a request's card. The number is on it only while a reveal is
 * running (the claimer could not get a private message) and `secrets` are
 * given; `reminder` puts the "still waiting" line on top.
 */
export function cardText(r: CallbackRequest, ctx: CardContext, secrets?: CallbackSecrets, reminder = false): string {
  const parts = [ctx.translator.t(ctx.locale, S.card, details(r, ctx))];
  if (reminder) parts.unshift(ctx.translator.t(ctx.locale, S.reminder));
  if (secrets && r.status === 'claimed' && r.revealUntil !== null && r.revealUntil > ctx.now) {
    const until = new Intl.DateTimeFormat(ctx.locale, {
      timeZone: ctx.timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(r.revealUntil));
    parts.push(
      ctx.translator.t(ctx.locale, S.revealed, { phone: secrets.phone.display, code: secrets.code ?? '-', until }),
    );
  }
  return parts.join('\n\n');
}

/** The private message the claimer gets: everything needed to call, and nothing about who the person is. */
export function directText(r: CallbackRequest, ctx: CardContext, secrets: CallbackSecrets): string {
  return ctx.translator.t(ctx.locale, S.direct, {
    ...details(r, ctx),
    phone: secrets.phone.display,
    code: secrets.code ?? '-',
  });
}

/** The buttons of a card: Claim and Cancel while open; number again, Done, No answer and Cancel once claimed. */
export function cardButtons(r: CallbackRequest, ctx: CardContext): StaffButton[] {
  const b = (type: StaffActionOf<'callback'>['type'], id: string): StaffButton => ({
    label: ctx.translator.t(ctx.locale, id),
    action: { type, requestId: r.id },
  });
  if (r.status === 'open') return [b('callback_claim', S.claimButton), b('callback_cancel', S.cancelButton)];
  if (r.status === 'claimed')
    return [
      b('callback_show', S.showButton),
      b('callback_done', S.doneButton),
      b('callback_no_answer', S.noAnswerButton),
      b('callback_cancel', S.cancelButton),
    ];
  return [];
}
