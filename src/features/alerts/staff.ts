import type { Region } from '../../kernel/engine/types.js';
import { STAFF_ALERT_MESSAGES as S } from '../../features/alerts/messages.js';
import type { Translator } from '../../kernel/content/translator.js';
import type { Alert, AlertStore, DeliveryQueue } from './port.js';
import type { Clock } from '../../kernel/ports/clock.js';
import type { StaffDesk, StaffEvent, StaffFeature, StaffMember } from '../../kernel/staff/desk.js';
import type { ChannelName } from '../../kernel/ports/store.js';
import type { Logger } from '../../kernel/log.js';
import { isStaffActionOf, type StaffActionOf } from '../../kernel/staff/staff-action.js';
import { cardButtons, cardText, progressLine, type CardContext } from './card.js';
import { AlertCardUpdates } from './card-updates.js';
import { ALERT_CATEGORIES, MAX_ALERT_CHARS, categoryMessage, regionNames, sanitiseAlertText } from './text.js';
import { matchLocale } from '../../kernel/conversation/conversations.js';
import { staffDisplayName } from '../../kernel/staff/staff-labels.js';

/** Represents what the staff side of alerts needs. */
export interface AlertDeskDeps {
  readonly translator: Translator;
  readonly defaultLocale: string;
  readonly locales: readonly string[];
  readonly regions: readonly Region[];
  readonly timezone: string;
  readonly alerts: AlertStore;
  readonly queue: DeliveryQueue;
  readonly desk: StaffDesk | undefined;
  /** The channels alerts can go out on now (recipients are queued on these only). */
  readonly channelNames: () => readonly ChannelName[];
  readonly clock: Clock;
  readonly log: Logger;
  /** Staff display names by Telegram user id (STAFF_ALIASES), shown instead of first names. */
  readonly aliases?: ReadonlyMap<string, string>;
  /** Keyed hash of a staff member's id, so approvals are told apart without storing ids. */
  readonly staffHash: (staffUserId: string) => string;
  /** Distinct staff approvals an alert needs (ALERT_APPROVALS). */
  readonly required: number;
  /** Least time between two progress edits of one card. */
  readonly throttleMs: number;
  /** Called once an alert is approved (wakes the worker; finishes an alert with no recipients). */
  readonly onApproved: (alert: Alert) => Promise<void>;
}

/**
 * AlertDesk can be used to compose, translate, approve and follow safety
 * alerts in the staff group: `/alert <text>` posts a preview card where it was
 * written (General or a topic kept for alerts), `/tr <lang> <text>` in reply to
 * the card adds a translation, the card's buttons set regions and category,
 * approve and cancel, `/alerts` lists recent alerts. Approvals need distinct
 * staff members (the writer counts if they approve); any change to a draft
 * clears its approvals (tests/features/alerts/alerts.test.ts).
 */
export class AlertDesk implements StaffFeature {
  private readonly cards: AlertCardUpdates;

  constructor(private readonly d: AlertDeskDeps) {
    const { desk, alerts, queue, clock, log, throttleMs } = d;
    this.cards = new AlertCardUpdates({ desk, alerts, queue, clock, log, throttleMs, card: () => this.card });
  }

  private t(id: string, args?: Record<string, string | number>): string {
    return this.d.translator.t(this.d.defaultLocale, id, args);
  }

  private get card(): CardContext {
    return {
      translator: this.d.translator,
      locale: this.d.defaultLocale,
      regions: this.d.regions,
      locales: this.d.locales,
      required: this.d.required,
    };
  }

  async onStaffEvent(event: StaffEvent): Promise<boolean> {
    if (event.type === 'button') {
      if (!isStaffActionOf('alert', event.action)) return false;
      await event.answer(await this.onButton(event.action, event.from));
      return true;
    }
    if (event.type !== 'message' || !event.command) return false;
    const { name, args } = event.command;
    if (name === 'alert') await this.compose(event.threadId, event.from, args);
    else if (name === 'tr') await this.translate(event.threadId, event.replyTo, args);
    else if (name === 'alerts') await this.list(event.threadId);
    else return false;
    return true;
  }

  private async say(threadId: number | undefined, text: string): Promise<void> {
    await this.d.desk?.post(threadId, text);
  }

  /** `/alert <text>`: a draft and its preview card, where the command was written. */
  async compose(threadId: number | undefined, from: StaffMember, args: string): Promise<Alert | undefined> {
    const text = sanitiseAlertText(args);
    if (!text) return void (await this.say(threadId, this.t(S.usage)));
    if (text.length > MAX_ALERT_CHARS)
      return void (await this.say(threadId, this.t(S.tooLong, { max: MAX_ALERT_CHARS, length: text.length })));
    // No region is ticked yet: staff choose on the card (without regions in the settings it goes to every subscriber).
    const createdBy = staffDisplayName(this.d.aliases, from.id, from.firstName);
    const alert = await this.d.alerts.create({
      createdBy,
      sourceText: text,
      category: 'other',
      regions: [],
      now: this.d.clock.now(),
    });
    if (!this.d.desk) return alert;
    const messageId = await this.d.desk.post(threadId, cardText(alert, null, this.card), cardButtons(alert, this.card));
    await this.d.alerts.setCard(alert.id, threadId ?? null, messageId);
    return { ...alert, threadId: threadId ?? null, cardMessageId: messageId };
  }

  /** `/tr <lang> <text>` in reply to a card. */
  async translate(threadId: number | undefined, replyTo: number | undefined, args: string): Promise<void> {
    const match = /^(\S+)\s+([\s\S]+)$/.exec(args.trim());
    const alert = replyTo === undefined ? undefined : await this.d.alerts.byCard(replyTo);
    const locale = match ? exactLocale(match[1]!, this.d.locales) : undefined;
    const text = match ? sanitiseAlertText(match[2]!) : '';
    if (!alert || !locale || !text)
      return this.say(threadId, this.t(S.trUsage, { locales: this.d.locales.join(', ') }));
    if (text.length > MAX_ALERT_CHARS)
      return this.say(threadId, this.t(S.tooLong, { max: MAX_ALERT_CHARS, length: text.length }));
    const changed = await this.d.alerts.change(alert.id, { kind: 'translation', locale, text });
    if (!changed) return this.say(threadId, this.t(S.notDraft, { id: alert.id }));
    await this.refresh(changed);
  }

  /** A tap on a card; returns the toast for the member who tapped. */
  async onButton(button: StaffActionOf<'alert'>, from: StaffMember): Promise<string | undefined> {
    const alert = await this.d.alerts.get(button.alertId);
    if (!alert) return this.t(S.closedToast);
    switch (button.type) {
      case 'alert_region': {
        if (!this.d.regions.some((r) => r.id === button.region)) return undefined;
        const regions = alert.regions.includes(button.region)
          ? alert.regions.filter((r) => r !== button.region)
          : [...alert.regions, button.region];
        return this.change(alert, {
          kind: 'regions',
          regions: this.d.regions.map((r) => r.id).filter((id) => regions.includes(id)),
        });
      }
      case 'alert_category': {
        const next = ALERT_CATEGORIES[(ALERT_CATEGORIES.indexOf(alert.category) + 1) % ALERT_CATEGORIES.length]!;
        return this.change(alert, { kind: 'category', category: next });
      }
      case 'alert_approve':
        return this.approve(alert, from);
      case 'alert_cancel': {
        const cancelled = await this.d.alerts.cancel(alert.id, this.d.clock.now());
        if (!cancelled) return this.t(S.closedToast);
        await this.refresh(cancelled);
        return this.t(S.cancelledToast);
      }
    }
  }

  private async change(alert: Alert, change: Parameters<AlertStore['change']>[1]): Promise<string | undefined> {
    const changed = await this.d.alerts.change(alert.id, change);
    if (!changed) return this.t(S.closedToast);
    await this.refresh(changed);
    return undefined;
  }

  private async approve(alert: Alert, from: StaffMember): Promise<string> {
    if (alert.status === 'draft' && this.d.regions.length && !alert.regions.length) return this.t(S.noRegionToast);
    const { outcome, alert: after } = await this.d.alerts.approve(
      alert.id,
      this.d.staffHash(from.id),
      this.d.required,
      this.d.channelNames(),
      this.d.clock.now(),
    );
    if (after && outcome !== 'closed') await this.refresh(after);
    switch (outcome) {
      case 'approved':
        this.d.log.info({ alert: alert.id, recipients: after?.recipients ?? 0 }, 'safety alert approved');
        await this.d.onApproved(after!);
        return this.t(S.approvedToast, { recipients: after?.recipients ?? 0 });
      case 'counted':
        return this.t(S.countedToast, { missing: this.d.required - (after?.approvals.length ?? 0) });
      case 'already':
        return this.t(S.alreadyToast);
      default:
        return this.t(S.closedToast);
    }
  }

  /** `/alerts`: the ten most recent alerts with their counts. */
  async list(threadId: number | undefined): Promise<void> {
    const recent = await this.d.alerts.recent(10);
    if (!recent.length) return this.say(threadId, this.t(S.listEmpty));
    const date = new Intl.DateTimeFormat('en-CA', {
      timeZone: this.d.timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const items: string[] = [];
    for (const a of recent) {
      const counts = a.final ? null : await this.d.queue.counts(a.id);
      items.push(
        this.t(S.listItem, {
          id: a.id,
          date: date.format(a.createdAt).replace(',', ''),
          status: this.t(`staff-alert-status-${a.status}`),
          category: this.t(categoryMessage(a.category)),
          regions: regionNames(a.regions, this.d.regions, this.d.defaultLocale, this.d.translator),
          progress: progressLine(a, counts, this.card) || '-',
        }),
      );
    }
    await this.say(threadId, this.t(S.list, { items: items.join('\n') }));
  }

  /** Progress from the worker (see AlertCardUpdates). */
  progress(alertId: number, done?: Alert): void {
    this.cards.progress(alertId, done);
  }

  /** Waits for card edits queued so far (tests, shutdown). */
  settled(): Promise<void> {
    return this.cards.settled();
  }

  /** Drops progress edits not yet due (shutdown). */
  stop(): void {
    this.cards.stop();
  }

  private refresh(alert: Alert): Promise<void> {
    return this.cards.refresh(alert);
  }
}

/** A language staff typed (`zh-hans`, `ZH-HANT`, `ko`); only enabled locales, exactly or by their tag. */
function exactLocale(tag: string, locales: readonly string[]): string | undefined {
  const found = locales.find((l) => l.toLowerCase() === tag.toLowerCase());
  return found ?? (tag.includes('-') ? undefined : matchLocale(tag, locales));
}
