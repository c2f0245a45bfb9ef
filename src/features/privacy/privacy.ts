import { screenOf } from '../../kernel/engine/step.js';
import { PRIVACY_ACTIONS, withPrivacyData } from './node.js';
import type { CommandName, Effect, Msg, SessionState, StepResult } from '../../kernel/engine/types.js';
import { PRIVACY_MESSAGES as P } from '../../features/privacy/messages.js';
import type { ContentSet } from '../../kernel/content/content-set.js';
import type { Logger } from '../../kernel/log.js';
import type { ChannelPort, Outgoing } from '../../kernel/ports/channel.js';
import type { Clock } from '../../kernel/ports/clock.js';
import type { PrivacyStore } from './port.js';
import { CHAT_MESSAGE_TTL_MS, type ChatTrail } from '../../kernel/ports/chat-trail.js';
import type { ChannelName, Contact, ContactStore } from '../../kernel/ports/store.js';
import type {
  Conversations,
  ConversationFeature,
  StepLike,
  TurnContext,
} from '../../kernel/conversation/conversations.js';

/** The session data key marking a pending "delete my data" question (the time it was asked). */
const FORGET_ASKED = 'privacy_forget_asked_at';
/** The confirmation screen's name (Telegram button data carries it). */
const FORGET_SCREEN = 'privacy-forget';
const KEY_YES = 'forget-yes';
const KEY_NO = 'forget-no';
/** A "yes" later than this after the question no longer counts. */
const CONFIRM_TTL_MS = 10 * 60_000;
/** Message ids deleted per disappearing-messages sweep, at most. */
const SWEEP_LIMIT = 500;

/** Represents what the privacy feature needs. */
export interface PrivacyDeps {
  readonly content: ContentSet;
  readonly conversations: Conversations;
  readonly contacts: Pick<ContactStore, 'get'>;
  readonly privacy: PrivacyStore;
  readonly trail: ChatTrail;
  readonly channels: () => ReadonlyMap<ChannelName, ChannelPort>;
  /** Closes the person's open hand-off case with a note to staff (Handoff.closeForForget). */
  readonly closeCase?: (contactId: number) => Promise<unknown>;
  /** Called once a contact is forgotten, to drop what is held in memory about them (rate-limit counters). */
  readonly onForget?: (contactId: number) => void;
  readonly clock: Clock;
  readonly log: Logger;
}

/**
 * Privacy can be used to give people control over what stays behind:
 * - "delete my data" (/forget, or the privacy screen): asks first, then closes
 *   an open case (staff are told), deletes the chat's messages where the
 *   platform allows, and deletes every row about the person;
 * - "clear this chat" (/clear): deletes the messages of the last 48 hours, the
 *   bot's and, on Telegram, the person's own; no question asked (a quick exit);
 * - disappearing messages: each message is deleted some minutes after it was
 *   sent ({@link tick}).
 * It runs before the hand-off, so both commands work in the middle of a chat
 * with a peer supporter. Guarded by tests/features/privacy/privacy.test.ts and forget.test.ts.
 */
export class Privacy implements ConversationFeature {
  constructor(private readonly deps: PrivacyDeps) {}

  async intercept(ctx: TurnContext): Promise<StepLike | null> {
    const event = ctx.incoming.event;
    const asked = ctx.state?.data?.[FORGET_ASKED];
    if (typeof asked === 'number' && ctx.state) {
      const yes = (event.type === 'choice' && event.key === KEY_YES) || (event.type === 'pick' && event.index === 1);
      if (yes && this.deps.clock.now() - asked <= CONFIRM_TTL_MS) return this.forget(ctx);
      if (event.type === 'command' && event.name === 'forget') return this.ask(ctx);
      // Clearing deletes the question too: it is dropped, so a "1" typed later cannot answer it.
      if (event.type === 'command' && event.name === 'clear')
        return { ...(await this.clear(ctx)), state: withoutQuestion(ctx.state) };
      // "No", a late "yes", or anything else: the question is dropped, so no later tap or number can delete.
      return this.cancel(ctx, ctx.state);
    }
    if (event.type === 'command' && (event.name === 'forget' || event.name === 'clear'))
      return this.onCommand(event.name, ctx);
    return null;
  }

  async onCommand(name: CommandName, ctx: TurnContext): Promise<StepLike | null> {
    if (name === 'forget') return this.ask(ctx);
    if (name === 'clear') return this.clear(ctx);
    return null;
  }

  async onEffect(effect: Effect, ctx: TurnContext, result: StepResult): Promise<StepLike | null> {
    if (effect.type !== 'node_action') return null;
    if (effect.action === PRIVACY_ACTIONS.load) {
      const state = withPrivacyData(result.state, await this.deps.privacy.disappearMinutes(ctx.contact.id));
      return { state, outbox: [screenOf(state, this.deps.conversations.env)], effects: [] };
    }
    if (effect.action === PRIVACY_ACTIONS.disappear) {
      const minutes = effect.data?.minutes;
      await this.deps.privacy.setDisappearMinutes(
        ctx.contact.id,
        typeof minutes === 'number' && minutes > 0 ? minutes : null,
      );
      return null; // the engine's screen already shows the new setting
    }
    return null;
  }

  /**
   * Deletes the messages that are due under disappearing messages; runs on
   * the features' timer. Returns how many message ids were handed to channels.
   */
  async tick(): Promise<number> {
    const due = await this.deps.trail.takeDue(this.deps.clock.now(), SWEEP_LIMIT);
    let handed = 0;
    for (const { contactId, messageIds } of due) {
      const contact = await this.deps.contacts.get(contactId);
      const channel = contact && this.deps.channels().get(contact.channel);
      if (!contact || !channel?.deleteMessages) continue;
      handed += messageIds.length;
      await channel
        .deleteMessages(contact.address, async () => messageIds)
        .catch((err: unknown) =>
          this.deps.log.warn({ err, contact: contactId }, 'disappearing messages: delete failed'),
        );
    }
    return handed;
  }

  private ask(ctx: TurnContext): StepLike {
    const base = ctx.state ?? this.home(ctx.locale);
    const t = (id: string) => this.deps.content.translator.t(ctx.locale, id);
    const prompt: Outgoing = {
      kind: 'screen',
      screen: FORGET_SCREEN,
      display: 'prompt',
      text: t(P.forgetConfirm),
      options: [
        { key: KEY_YES, label: t(P.forgetYes) },
        { key: KEY_NO, label: t(P.forgetNo) },
      ],
      nav: [],
      locale: ctx.locale,
    };
    return {
      state: { ...base, data: { ...(base.data ?? {}), [FORGET_ASKED]: this.deps.clock.now() } },
      outgoing: [prompt],
    };
  }

  private cancel(ctx: TurnContext, state: SessionState): StepLike {
    const kept = withoutQuestion(state);
    const env = this.deps.conversations.env;
    // During a chat with a peer supporter the hand-off screen means nothing to show again.
    const inChat = env.graph.nodes.get(kept.node)?.type === 'handoff';
    const outbox = inChat ? [] : [screenOf(kept, env)];
    return {
      state: kept,
      outgoing: [
        this.notice(ctx.locale, [{ id: P.forgetCancelled }]),
        ...this.deps.conversations.localize({ outbox }, ctx.locale),
      ],
    };
  }

  private async forget(ctx: TurnContext): Promise<StepLike> {
    const id = ctx.contact.id;
    await Promise.resolve(this.deps.closeCase?.(id)).catch((err: unknown) =>
      this.deps.log.error({ err, contact: id }, 'forget: closing the open case failed'),
    );
    await this.deleteChat(ctx.contact).catch((err: unknown) =>
      this.deps.log.warn({ err, contact: id }, 'forget: clearing the chat failed'),
    );
    await this.deps.privacy.forget(id);
    this.deps.onForget?.(id);
    this.deps.log.info('a person deleted their data');
    // No state: nothing is saved for someone who no longer exists here.
    return { state: null, outgoing: [this.notice(ctx.locale, [{ id: P.forgotten }])] };
  }

  private async clear(ctx: TurnContext): Promise<StepLike> {
    let handed: number | undefined;
    try {
      handed = await this.deleteChat(ctx.contact);
    } catch (err) {
      this.deps.log.warn({ err, contact: ctx.contact.id }, 'clear this chat failed');
      handed = undefined;
    }
    if (handed === undefined) return { outgoing: [this.notice(ctx.locale, [{ id: P.clearUnavailable }])] };
    return {
      outgoing: [this.notice(ctx.locale, [{ id: ctx.contact.channel === 'whatsapp' ? P.clearedWhatsapp : P.cleared }])],
    };
  }

  /** Deletes what was recorded of the chat; undefined when the channel cannot delete messages (the simulator). */
  private async deleteChat(contact: Contact): Promise<number | undefined> {
    const channel = this.deps.channels().get(contact.channel);
    if (!channel?.deleteMessages) return undefined;
    const since = this.deps.clock.now() - CHAT_MESSAGE_TTL_MS;
    return channel.deleteMessages(contact.address, () => this.deps.trail.take(contact.id, since));
  }

  private home(locale: string): SessionState {
    const env = this.deps.conversations.env;
    return { v: 1, node: env.graph.home, trail: [env.graph.home], locale };
  }

  private notice(locale: string, body: Msg[]): Outgoing {
    return this.deps.conversations.localize({ outbox: [{ kind: 'notice', body }] }, locale)[0]!;
  }
}

/** The state without a pending "delete my data" question. */
function withoutQuestion(state: SessionState): SessionState {
  const { [FORGET_ASKED]: _asked, ...data } = state.data ?? {};
  return { ...state, data };
}
