import { STAFF_ALERT_MESSAGES as S } from '../../features/alerts/messages.js';
import type { Alert, AlertStore, DeliveryQueue } from './port.js';
import type { Clock } from '../../kernel/ports/clock.js';
import type { StaffDesk } from '../../kernel/staff/desk.js';
import type { Logger } from '../../kernel/log.js';
import { cardButtons, cardText, type CardContext } from './card.js';

/**
 * AlertCardUpdates can be used to keep alert preview cards up to date: edits
 * after staff actions, live counts while an alert sends (at most one edit per
 * `throttleMs` per card, with a trailing edit for the last change; Telegram
 * accepts about 20 messages a minute into a group), and the final counts with
 * a summary under the card. Edits run one after another, so a late progress
 * edit never overwrites the final one.
 */
export class AlertCardUpdates {
  private readonly lastEdit = new Map<number, number>();
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();
  private edits: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly d: {
      desk: StaffDesk | undefined;
      alerts: Pick<AlertStore, 'get'>;
      queue: Pick<DeliveryQueue, 'counts'>;
      card: () => CardContext;
      clock: Clock;
      log: Logger;
      throttleMs: number;
    },
  ) {}

  /** Redraws a card after the edits already queued. */
  refresh(alert: Alert): Promise<void> {
    return this.queue(() => this.redraw(alert));
  }

  /** Progress from the worker; `done` once the alert has finished. */
  progress(alertId: number, done?: Alert): void {
    const pending = this.timers.get(alertId);
    if (done) {
      if (pending) clearTimeout(pending);
      this.timers.delete(alertId);
      this.lastEdit.delete(alertId);
      void this.queue(() => this.finish(done));
      return;
    }
    if (pending) return;
    const edit = () => {
      this.timers.delete(alertId);
      this.lastEdit.set(alertId, this.d.clock.now());
      void this.queue(async () => {
        const alert = await this.d.alerts.get(alertId);
        if (alert && (alert.status === 'approved' || alert.status === 'sending')) await this.redraw(alert);
      });
    };
    const wait = (this.lastEdit.get(alertId) ?? -Infinity) + this.d.throttleMs - this.d.clock.now();
    if (wait <= 0) return edit();
    const timer = setTimeout(edit, wait);
    timer.unref?.();
    this.timers.set(alertId, timer);
  }

  /** Waits for the edits queued so far (tests, shutdown). */
  async settled(): Promise<void> {
    await this.edits;
  }

  /** Drops progress edits not yet due (shutdown). */
  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private queue(fn: () => Promise<void>): Promise<void> {
    const next = this.edits
      .then(fn)
      .catch((err: unknown) => this.d.log.warn({ err }, 'could not update an alert card'));
    this.edits = next;
    return next;
  }

  private async finish(done: Alert): Promise<void> {
    await this.redraw(done);
    if (!this.d.desk || done.cardMessageId === null) return;
    const n = done.final ?? { sent: 0, failed: 0, unsubscribed: 0 };
    const c = this.d.card();
    const summary = c.translator.t(c.locale, S.summary, {
      id: done.id,
      queued: done.recipients,
      sent: n.sent,
      failed: n.failed,
      unsubscribed: n.unsubscribed,
    });
    await this.d.desk.post(done.threadId ?? undefined, summary);
  }

  private async redraw(alert: Alert): Promise<void> {
    if (!this.d.desk || alert.cardMessageId === null) return;
    const live = alert.final || alert.approvedAt === null ? null : await this.d.queue.counts(alert.id);
    const c = this.d.card();
    await this.d.desk.edit(
      alert.threadId ?? undefined,
      alert.cardMessageId,
      cardText(alert, live, c),
      cardButtons(alert, c),
    );
  }
}
