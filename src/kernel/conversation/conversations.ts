import type {
  ActionEffect,
  EngineServices,
  EngineEvent,
  Env,
  Event,
  NotifyEvent,
  ResumeEvent,
  SessionState,
} from '../engine/types.js';
import type { ContentSet } from '../content/content-set.js';
import type { Logger } from '../log.js';
import type { Outgoing } from '../ports/channel.js';
import type { Clock } from '../ports/clock.js';
import type { RelayContent } from '../staff/desk.js';
import type { ChannelName, Contact, ContactStore, SessionStore } from '../ports/store.js';
import { KeyedLock } from './keyed-lock.js';
import { Keywords } from './keywords.js';
import { localize } from './localize.js';
import { runTurn, type Turn } from './turn.js';

/** Represents a message from a person, as a channel adapter hands it over. */
export interface Incoming {
  readonly channel: ChannelName;
  /** The platform's chat id; only ever held in memory, stored encrypted. */
  readonly address: string;
  readonly event: Event;
  /** The platform language (e.g. Telegram's language_code), if any. */
  readonly platformLocale?: string;
  /** What to pass on to a peer supporter if a case is open (a reference to copy, or media). */
  readonly relay?: RelayContent;
}

/** Represents what the app decided for one incoming message. */
export interface Handled {
  readonly contact: Contact;
  readonly outgoing: readonly Outgoing[];
  readonly locale: string;
}

/** Represents what a feature sees while it carries out an effect. It never sees the session: that is the nodes'. */
export interface TurnContext {
  readonly contact: Contact;
  /** The person's language at this point of the turn. */
  readonly locale: string;
  /** The message being handled (what to relay, for instance); absent for a notification. */
  readonly incoming?: Incoming;
}

/**
 * Represents what a feature says about a message before the engine sees it: `drop` ignores it (nothing is sent,
 * e.g. over the rate limit), `instead` replaces it by a notification (e.g. "slow down"), `first` tells a node type
 * a fact it may have missed before the message goes on (e.g. the person's case was closed behind the session).
 */
export type Admission = { readonly drop: true } | { readonly instead: NotifyEvent } | { readonly first: NotifyEvent };

/**
 * Represents a feature (hand-off, callbacks, alerts, privacy) plugged into the conversation. Features never show
 * anything themselves: node types own every screen and every byte of session data. A feature may `admit` a
 * message before the engine, and carries out the effects of node actions (`perform`), feeding the outcome back
 * as a typed resume event.
 */
export interface ConversationFeature {
  /** Before the engine; undefined lets the message through unchanged. Features are asked in order until one drops or replaces it. */
  admit?(ctx: TurnContext): Promise<Admission | undefined>;
  /**
   * Carries out an effect: undefined when it is not this feature's (the next one is asked), 'done' when there is
   * no outcome to feed back, or the outcome. Features are asked in the order they were added, so one may veto
   * another's action (a banned person's case is never opened).
   */
  perform?(effect: ActionEffect, ctx: TurnContext): Promise<ResumeEvent | 'done' | undefined>;
}

/** Languages a platform may report under another tag than ours. */
function matchLocale(tag: string | undefined, locales: readonly string[]): string | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  const exact = locales.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  if (lower.startsWith('zh')) {
    const traditional = /(hant|tw|hk|mo)/.test(lower);
    return locales.find((l) => l === (traditional ? 'zh-Hant' : 'zh-Hans'));
  }
  return locales.find((l) => l.split('-')[0] === lower.split('-')[0]);
}

const personKey = (channel: ChannelName, address: string) => `${channel}\0${address}`;

/**
 * Conversations can be used to run the turns of every conversation: one message from one person, or one
 * notification for them (staff closed their chat, a callback was done). A turn finds the contact, loads the
 * session, runs the engine and the effects its nodes ask for (src/kernel/conversation/turn.ts), saves, and returns
 * localized messages. One person's turns run strictly in order (KeyedLock); nothing here knows any platform.
 */
export class Conversations {
  private readonly lock = new KeyedLock();
  readonly keywords: Keywords;
  private readonly features: ConversationFeature[] = [];

  constructor(
    private readonly content: ContentSet,
    private readonly contacts: ContactStore,
    private readonly sessions: SessionStore,
    private readonly clock: Clock,
    /** What the engine may call out to (phone validation); libphonenumber-js with region CA unless given. */
    private readonly services: EngineServices,
  ) {
    this.keywords = new Keywords(content.translator, content.settings.locales.enabled);
  }

  /** Called for every message handled (metrics count them; never the content). */
  onHandled?: (channel: ChannelName) => void;

  /** Where an action no feature carries out is reported (a wiring mistake; the node still answers the person). */
  log?: Logger;

  /** Adds a feature; features are asked in the order they were added. */
  use(feature: ConversationFeature): void {
    this.features.push(feature);
  }

  get env(): Env {
    return { ...this.content.env, now: () => this.clock.now(), services: this.services };
  }

  /** Handles one incoming message; never throws on user input. */
  handle(incoming: Incoming): Promise<Handled> {
    return this.lock.run(personKey(incoming.channel, incoming.address), () => this.handleNow(incoming));
  }

  /**
   * Tells a person about something that happened outside their turn (a supporter joined, staff closed the chat,
   * a callback was done): the node type that owns the topic decides what they see, under the same lock as their
   * messages, and `deliver` sends it before the lock is let go (so it cannot overtake or trail an answer). False
   * when the contact no longer exists.
   */
  async notify(
    contactId: number,
    event: NotifyEvent,
    deliver: (contact: Contact, outgoing: readonly Outgoing[]) => Promise<void>,
  ): Promise<boolean> {
    const found = await this.contacts.get(contactId);
    if (!found) return false;
    return this.lock.run(personKey(found.channel, found.address), async () => {
      // Forgotten while waiting for the lock: there is no one to tell.
      const contact = await this.contacts.get(contactId);
      if (!contact) return false;
      const stored = await this.sessions.load(contact.id);
      const locale = this.localeFor(stored, contact);
      const turn = await this.run({ contact, locale }, stored ?? this.resting(contact), [event]);
      const handled = await this.finish(contact, turn, locale);
      if (handled.outgoing.length) await deliver(contact, handled.outgoing);
      return true;
    });
  }

  private async handleNow(incoming: Incoming): Promise<Handled> {
    this.onHandled?.(incoming.channel);
    const contact = await this.contacts.touch(incoming.channel, incoming.address, this.clock.now());
    const stored = await this.sessions.load(contact.id);
    const locale = this.localeFor(stored, contact, incoming);
    const event = this.withKeywords(incoming.event, incoming, stored === null);
    const ctx: TurnContext = { contact, locale, incoming: { ...incoming, event } };
    const events: EngineEvent[] = [];
    let message: EngineEvent = event;
    for (const feature of this.features) {
      const admitted = await feature.admit?.(ctx);
      if (!admitted) continue;
      if ('drop' in admitted) return this.finish(contact, { state: stored, outbox: [], ended: false }, locale);
      if ('first' in admitted) events.push(admitted.first);
      else {
        message = admitted.instead;
        break;
      }
    }
    return this.finish(contact, await this.run(ctx, stored, [...events, message]), locale);
  }

  private run(ctx: TurnContext, state: SessionState | null, events: readonly EngineEvent[]): Promise<Turn> {
    return runTurn(this.env, state, events, {
      setLocale: (locale) => this.contacts.setLocale(ctx.contact.id, locale),
      perform: (effect, current) => this.perform(effect, { ...ctx, locale: current.locale ?? ctx.locale }),
    });
  }

  /** Asks each feature in turn to carry out an action; one nobody takes comes back `failed`. */
  private async perform(effect: ActionEffect, ctx: TurnContext): Promise<ResumeEvent | null> {
    for (const feature of this.features) {
      const outcome = await feature.perform?.(effect, ctx);
      if (outcome === 'done') return null;
      if (outcome) return outcome;
    }
    this.log?.warn({ action: effect.action }, 'no feature carries out this action');
    return { type: 'resume', action: effect.action, result: 'failed' };
  }

  private async finish(
    contact: Contact,
    turn: Pick<Turn, 'outbox' | 'ended'> & { readonly state: SessionState | null },
    locale: string,
  ): Promise<Handled> {
    if (turn.state && !turn.ended) await this.sessions.save(contact.id, turn.state, this.clock.now());
    const answerIn = (!turn.ended && turn.state?.locale) || locale;
    return { contact, outgoing: localize(turn.outbox, answerIn, this.content.translator), locale: answerIn };
  }

  /** The state of someone told something without a session: at home in their language, if they chose one. */
  private resting(contact: Contact): SessionState | null {
    const { env } = this.content;
    if (!contact.locale || !env.locales.includes(contact.locale)) return null;
    return { v: 1, node: env.graph.home, trail: [env.graph.home], locale: contact.locale };
  }

  private withKeywords(event: Event, incoming: Incoming, firstMessage: boolean): Event {
    if (event.type === 'start') return this.start(event.suggestedLocale ?? incoming.platformLocale);
    if (event.type !== 'text') return event;
    const command = this.keywords.match(event.text);
    if (command) return { type: 'command', name: command };
    // Someone new: a first "hello" opens the conversation, in the platform's language if it has one of ours.
    return firstMessage ? this.start(incoming.platformLocale) : event;
  }

  /** `start`, with the platform's language as a suggestion (platforms report tags like zh-CN or pt-BR). */
  private start(tag: string | undefined): Event {
    const suggested = matchLocale(tag, this.content.settings.locales.enabled);
    return suggested ? { type: 'start', suggestedLocale: suggested } : { type: 'start' };
  }

  /** The language to answer in: the session's, the contact's, the platform's, or the default. */
  localeFor(
    state: SessionState | null,
    contact: Contact,
    incoming?: Pick<Incoming, 'platformLocale' | 'event'>,
  ): string {
    const enabled = this.content.settings.locales.enabled;
    const suggested = incoming?.event.type === 'start' ? incoming.event.suggestedLocale : undefined;
    return (
      [state?.locale, contact.locale ?? undefined].find((l): l is string => !!l && enabled.includes(l)) ??
      matchLocale(suggested ?? incoming?.platformLocale, enabled) ??
      this.content.settings.locales.default
    );
  }
}

export { matchLocale };
