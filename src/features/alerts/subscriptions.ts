import { isAlertsAction, type AlertsResume } from './node.js';
import type { ActionEffect } from '../../kernel/engine/types.js';
import { resume } from '../../kernel/engine/resume.js';
import type { SubscriptionStore } from './port.js';
import type { Clock } from '../../kernel/ports/clock.js';
import type { ConversationFeature, TurnContext } from '../../kernel/conversation/conversations.js';

/**
 * AlertSubscriptions can be used to carry out what people do with safety
 * alerts: the `alerts` node's load / subscribe / unsubscribe actions, and
 * STOP and START anywhere in the bot, in every language and on every channel
 * (tests/features/alerts/alerts.test.ts). What the person sees is the node's
 * (src/features/alerts/node.ts).
 *
 * START resumes a stopped subscription with its regions; with nothing to
 * resume the node treats it as "menu", which is what "start" meant before
 * alerts existed, so nobody typing it is left stranded.
 */
export class AlertSubscriptions implements ConversationFeature {
  constructor(
    private readonly deps: {
      subscriptions: SubscriptionStore;
      clock: Clock;
    },
  ) {}

  async perform(effect: ActionEffect, ctx: TurnContext): Promise<AlertsResume | 'done' | undefined> {
    if (!isAlertsAction(effect)) return undefined;
    const id = ctx.contact.id;
    const now = this.deps.clock.now();
    switch (effect.action) {
      case 'alerts_load': {
        const sub = await this.deps.subscriptions.get(id);
        const data = { sub: sub?.active ? sub.regions : null, pick: sub?.regions ?? [] };
        return resume<AlertsResume>({ action: 'alerts_load', result: 'loaded', data });
      }
      case 'alerts_subscribe':
        await this.deps.subscriptions.subscribe(id, effect.data.regions, now);
        return 'done';
      case 'alerts_unsubscribe':
        await this.deps.subscriptions.unsubscribe(id, now);
        return 'done';
      case 'alerts_stop': {
        const before = await this.deps.subscriptions.get(id);
        const stopped = await this.deps.subscriptions.unsubscribe(id, now);
        const data = { regions: before?.regions ?? [] };
        return resume<AlertsResume>({ action: 'alerts_stop', result: stopped ? 'stopped' : 'not_subscribed', data });
      }
      case 'alerts_resume': {
        const resumed = await this.deps.subscriptions.resume(id, now);
        if (!resumed) return resume<AlertsResume>({ action: 'alerts_resume', result: 'nothing' });
        return resume<AlertsResume>({ action: 'alerts_resume', result: 'resumed', data: { regions: resumed.regions } });
      }
    }
  }
}
