import type { Region } from '../../kernel/engine/types.js';
import { STAFF_ALERT_MESSAGES as S } from '../../features/alerts/messages.js';
import type { Translator } from '../../kernel/content/translator.js';
import type { Alert, AlertStatus, DeliveryCounts } from './port.js';
import type { StaffButton } from '../../kernel/staff/desk.js';
import { categoryMessage, regionNames } from './text.js';

/** Represents what the card is drawn from besides the alert. */
export interface CardContext {
  readonly translator: Translator;
  /** Staff read the default locale. */
  readonly locale: string;
  readonly regions: readonly Region[];
  readonly locales: readonly string[];
  readonly required: number;
}

const STATUS: Readonly<Record<AlertStatus, string>> = {
  draft: S.statusDraft,
  approved: S.statusApproved,
  sending: S.statusSending,
  done: S.statusDone,
  cancelled: S.statusCancelled,
};

/** Formats delivery counts for staff (the card and /alerts). */
export function progressLine(alert: Alert, counts: DeliveryCounts | null, c: CardContext): string {
  const n = alert.final ?? counts;
  if (!n || alert.approvedAt === null) return '';
  return c.translator.t(c.locale, S.progress, {
    queued: alert.recipients,
    sent: n.sent,
    failed: n.failed,
    unsubscribed: n.unsubscribed,
    waiting: n.pending + n.sending,
  });
}

/**
 * Builds the text of an alert's preview card: status, category, regions,
 * approvals, translations, live counts, the text itself while the bot still
 * holds it, and (on drafts) the reminder to keep alerts sanitised.
 */
export function cardText(alert: Alert, counts: DeliveryCounts | null, c: CardContext): string {
  const t = (id: string, args?: Record<string, string | number>) => c.translator.t(c.locale, id, args);
  const translations = Object.keys(alert.translations).sort();
  const text = t(S.card, {
    id: alert.id,
    status: t(STATUS[alert.status]),
    category: t(categoryMessage(alert.category)),
    regions: regionNames(alert.regions, c.regions, c.locale, c.translator),
    by: alert.createdBy,
    approvals: alert.approvals.length,
    required: c.required,
    translations: translations.length ? translations.join(', ') : '-',
    progress: progressLine(alert, counts, c),
    text: alert.sourceText ?? t(S.textCleared),
  });
  const guide =
    alert.status === 'draft' ? `\n\n${t(S.guide, { required: c.required, locales: c.locales.join(', ') })}` : '';
  return (text + guide).replace(/\n{3,}/g, '\n\n');
}

/** The card's buttons: on a draft regions, category, Approve and Cancel; while sending, Stop; after, none. */
export function cardButtons(alert: Alert, c: CardContext): StaffButton[] {
  const t = (id: string, args?: Record<string, string | number>) => c.translator.t(c.locale, id, args);
  if (alert.status === 'approved' || alert.status === 'sending')
    return [{ label: t(S.stopButton), action: { type: 'alert_cancel', alertId: alert.id } }];
  if (alert.status !== 'draft') return [];
  return [
    ...c.regions.map((r): StaffButton => ({
      label: t(alert.regions.includes(r.id) ? S.regionOn : S.regionOff, { region: t(r.label) }),
      action: { type: 'alert_region', alertId: alert.id, region: r.id },
    })),
    {
      label: t(S.categoryButton, { category: t(categoryMessage(alert.category)) }),
      action: { type: 'alert_category', alertId: alert.id },
    },
    {
      label: t(S.approveButton, { approvals: alert.approvals.length, required: c.required }),
      action: { type: 'alert_approve', alertId: alert.id },
    },
    { label: t(S.cancelButton), action: { type: 'alert_cancel', alertId: alert.id } },
  ];
}
