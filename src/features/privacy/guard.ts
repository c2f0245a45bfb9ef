import { STAFF_PRIVACY_MESSAGES } from './messages.js';
import { STAFF_SYSTEM_MESSAGES } from '../../kernel/staff/messages.js';
import type { ContentSet } from '../../kernel/content/content-set.js';
import type { Logger } from '../../kernel/log.js';
import type { Clock } from '../../kernel/ports/clock.js';
import type { PrivacyStore } from './port.js';
import type { StaffDesk, StaffEvent, StaffFeature } from '../../kernel/staff/desk.js';
import type {
  Admission,
  Conversations,
  ConversationFeature,
  TurnContext,
} from '../../kernel/conversation/conversations.js';
import { PRIVACY_TOPIC } from './node.js';
import { caseNumber } from '../../kernel/staff/staff-labels.js';
import { RateLimiter } from './rate-limit.js';

/** Represents the abuse limits (RATE_LIMIT_PER_MINUTE, RATE_LIMIT_COOLDOWN_MINUTES). */
export interface GuardSettings {
  /** Updates one person may send in a minute (a burst of this many, then this many a minute). */
  readonly perMinute: number;
  /** Minutes someone over the limit is ignored after being asked to slow down. */
  readonly cooldownMinutes: number;
}

/**
 * Guard can be used to protect the line and its staff from abuse. It runs
 * before every other feature:
 * - a per-person rate limit: over the limit the person is asked once, in
 *   their language, to slow down; then everything they send is ignored for
 *   the cool-down (/clear and /forget always work: a quick exit must never be
 *   refused);
 * - staff /ban and /unban in a case topic: a banned person's messages are no
 *   longer relayed and they cannot open a new case (they are told peer
 *   supporters cannot be reached, with the hotline); they can still read
 *   every screen. Reversible, stored on the contact row.
 * Guarded by tests/features/privacy/guard.test.ts.
 */
export class Guard implements ConversationFeature, StaffFeature {
  private readonly limiter: RateLimiter;
  /** Counts for tests and metrics: slow-down messages sent, updates ignored. */
  readonly stats = { warned: 0, silenced: 0, blocked: 0 };

  constructor(
    private readonly deps: {
      content: ContentSet;
      conversations: Conversations;
      privacy: PrivacyStore;
      desk: StaffDesk | undefined;
      clock: Clock;
      log: Logger;
      settings: GuardSettings;
    },
  ) {
    this.limiter = new RateLimiter(deps.settings.perMinute, deps.settings.cooldownMinutes * 60_000);
  }

  /** The rate limit: over it, the person hears once to slow down (the `privacy` node says it), then nothing. */
  async admit(ctx: TurnContext): Promise<Admission | undefined> {
    const event = ctx.incoming?.event;
    if (event?.type === 'command' && (event.name === 'clear' || event.name === 'forget')) return undefined;
    const verdict = this.limiter.hit(ctx.contact.id, this.deps.clock.now());
    if (verdict === 'warn') {
      this.stats.warned++;
      this.deps.log.info({ contact: ctx.contact.id }, 'rate limit: asked to slow down');
      const minutes = this.deps.settings.cooldownMinutes;
      return { instead: { type: 'notify', topic: PRIVACY_TOPIC, what: 'slow_down', data: { minutes } } };
    }
    if (verdict === 'silent') {
      this.stats.silenced++;
      return { drop: true };
    }
    return undefined;
  }

  /**
   * Whether a person may reach staff (the kernel's staff-access hook): a banned person's messages are not passed
   * on, and they cannot open a case (not even a queued one out of hours); the hand-off tells them peer supporters
   * cannot be reached.
   */
  async mayReachStaff(contactId: number): Promise<boolean> {
    if (!(await this.deps.privacy.isBanned(contactId))) return true;
    this.stats.blocked++;
    return false;
  }

  /** Staff side: /ban and /unban in a case topic. */
  async onStaffEvent(event: StaffEvent): Promise<boolean> {
    if (event.type !== 'message' || event.threadId === undefined || !event.command) return false;
    const { name } = event.command;
    if (name !== 'ban' && name !== 'unban') return false;
    const staffLocale = this.deps.content.settings.locales.default;
    const t = (id: string, args?: Record<string, string | number>) =>
      this.deps.content.translator.t(staffLocale, id, args);
    const found = await this.deps.privacy.contactForThread(event.threadId);
    if (!found) {
      await this.deps.desk?.post(event.threadId, t(STAFF_SYSTEM_MESSAGES.notInCase));
      return true;
    }
    await this.deps.privacy.setBanned(found.contactId, name === 'ban' ? this.deps.clock.now() : null);
    this.deps.log.info({ caseNo: found.caseId, action: name }, 'staff changed a ban');
    await this.deps.desk?.post(
      event.threadId,
      t(name === 'ban' ? STAFF_PRIVACY_MESSAGES.banned : STAFF_PRIVACY_MESSAGES.unbanned, {
        case: caseNumber(found.caseId),
      }),
    );
    return true;
  }

  /** Drops the rate-limit counters of a forgotten person. */
  forget(contactId: number): void {
    this.limiter.forget(contactId);
  }

  /** People the rate limiter holds in memory (bounded). */
  get tracked(): number {
    return this.limiter.size;
  }
}
