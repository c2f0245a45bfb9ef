import { screenOf, step } from '../../kernel/engine/step.js';
import { ALERTS_ACTIONS, withAlertsData } from './node.js';
import type { CommandName, Effect, Env, Msg, OutboxItem, SessionState, StepResult } from '../../kernel/engine/types.js';
import { ALERT_MESSAGES as M } from '../../features/alerts/messages.js';
import type { Translator } from '../../kernel/content/translator.js';
import type { SubscriptionStore } from './port.js';
import type { Clock } from '../../kernel/ports/clock.js';
import type {
  Conversations,
  ConversationFeature,
  StepLike,
  TurnContext,
} from '../../kernel/conversation/conversations.js';
import { regionNames } from './text.js';

/**
 * AlertSubscriptions can be used to carry out what people do with safety
 * alerts: the `alerts` screen's load / subscribe / unsubscribe actions, and
 * the STOP and START keywords anywhere in the bot, in every language and on
 * every channel (tests/features/alerts/alerts.test.ts).
 *
 * START resumes a stopped subscription with its regions. With nothing to
 * resume it acts as "menu", which is what "start" meant before alerts existed
 * (the word used to be a menu keyword), so nobody typing it is left stranded.
 */
export class AlertSubscriptions implements ConversationFeature {
  constructor(
    private readonly deps: {
      subscriptions: SubscriptionStore;
      conversations: Conversations;
      translator: Translator;
      clock: Clock;
    },
  ) {}

  private get env(): Env {
    return this.deps.conversations.env;
  }

  async onEffect(effect: Effect, ctx: TurnContext, result: StepResult): Promise<StepLike | null> {
    if (effect.type !== 'node_action') return null;
    const id = ctx.contact.id;
    switch (effect.action) {
      case ALERTS_ACTIONS.load: {
        const sub = await this.deps.subscriptions.get(id);
        const state = withAlertsData(result.state, sub?.active ? sub.regions : null, sub?.regions ?? []);
        return { state, outbox: [screenOf(state, this.env)], effects: [] };
      }
      case ALERTS_ACTIONS.subscribe: {
        const regions = Array.isArray(effect.data?.regions)
          ? effect.data.regions.filter((r): r is string => typeof r === 'string')
          : [];
        await this.deps.subscriptions.subscribe(id, regions, this.deps.clock.now());
        return result;
      }
      case ALERTS_ACTIONS.unsubscribe:
        await this.deps.subscriptions.unsubscribe(id, this.deps.clock.now());
        return result;
      default:
        return null;
    }
  }

  async onCommand(name: CommandName, ctx: TurnContext): Promise<StepLike | null> {
    if (name === 'stop') return this.stop(ctx);
    if (name === 'start_alerts') return this.start(ctx);
    return null;
  }

  private async stop(ctx: TurnContext): Promise<StepLike> {
    const now = this.deps.clock.now();
    const before = await this.deps.subscriptions.get(ctx.contact.id);
    const stopped = await this.deps.subscriptions.unsubscribe(ctx.contact.id, now);
    return this.reply(ctx, { id: stopped ? M.stopped : M.notSubscribed }, null, before?.regions ?? []);
  }

  private async start(ctx: TurnContext): Promise<StepLike> {
    const resumed = await this.deps.subscriptions.resume(ctx.contact.id, this.deps.clock.now());
    if (!resumed) return step(ctx.state, { type: 'command', name: 'menu' }, this.env);
    const regions = regionNames(resumed.regions, this.env.regions ?? [], ctx.locale, this.deps.translator);
    return this.reply(ctx, { id: M.resumed, args: { regions } }, resumed.regions, resumed.regions);
  }

  /** A notice, then the screen the person is on (its alerts data refreshed if it is the alerts screen). */
  private reply(ctx: TurnContext, notice: Msg, sub: readonly string[] | null, pick: readonly string[]): StepLike {
    const env = this.env;
    let state: SessionState | null = ctx.state;
    const node = state ? env.graph.nodes.get(state.node) : undefined;
    if (state && node?.type === 'alerts') state = withAlertsData(state, sub, pick);
    const outbox: OutboxItem[] = [{ kind: 'notice', body: [notice] }];
    if (state) return { state, outbox: [...outbox, screenOf(state, env)], effects: [] };
    // Someone who has never written before sees the language picker, as after any other first message.
    outbox.push(screenOf({ v: 1, node: env.graph.language, trail: [env.graph.language] }, env));
    return { outgoing: this.deps.conversations.localize({ outbox }, ctx.locale) };
  }
}
