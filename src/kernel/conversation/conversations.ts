import { step } from '../engine/step.js';
import type { CommandName, Effect, EngineServices, Env, Event, SessionState, StepResult } from '../engine/types.js';
import type { ContentSet } from '../content/content-set.js';
import type { Outgoing } from '../ports/channel.js';
import type { Clock } from '../ports/clock.js';
import type { RelayContent } from '../staff/desk.js';
import type { ChannelName, Contact, ContactStore, SessionStore } from '../ports/store.js';
import { KeyedLock } from './keyed-lock.js';
import { Keywords } from './keywords.js';
import { localize } from './localize.js';

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

/** Represents what a feature module sees when it takes over a message or a command. */
export interface TurnContext {
  readonly contact: Contact;
  readonly state: SessionState | null;
  readonly locale: string;
  readonly incoming: Incoming;
}

/**
 * Represents a feature (hand-off, callbacks, alerts, privacy) plugged into the
 * conversation. `intercept` runs before the engine (e.g. while a case is open
 * the menu is muted and messages go to staff); `onCommand` handles the app
 * commands the engine passes on (`end`, `forget`, `clear`, …); `onEffect`
 * carries out node actions. Each returns null when it does not apply.
 */
export interface ConversationFeature {
  intercept?(ctx: TurnContext): Promise<StepLike | null>;
  onCommand?(name: CommandName, ctx: TurnContext): Promise<StepLike | null>;
  onEffect?(effect: Effect, ctx: TurnContext, result: StepResult): Promise<StepLike | null>;
}

/** A feature's answer: a new state (or the same) plus already-localized messages, or an engine result. */
export type StepLike = { readonly state?: SessionState | null; readonly outgoing: readonly Outgoing[] } | StepResult;

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

/**
 * Conversations can be used to handle one message from one person: find the
 * contact, load the session, run the engine (or a feature that has taken
 * over), save, and return localized messages. One person's messages are
 * handled strictly in order (KeyedLock); nothing here knows any platform.
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

  /** Adds a feature; features are asked in the order they were added. */
  use(feature: ConversationFeature): void {
    this.features.push(feature);
  }

  get env(): Env {
    return { ...this.content.env, now: () => this.clock.now(), services: this.services };
  }

  /** Handles one incoming message; never throws on user input. */
  handle(incoming: Incoming): Promise<Handled> {
    return this.lock.run(`${incoming.channel}\0${incoming.address}`, () => this.handleNow(incoming));
  }

  /** Runs `fn` for one person under the same lock as their messages (used by features acting on their own). */
  withPerson<T>(channel: ChannelName, address: string, fn: () => Promise<T>): Promise<T> {
    return this.lock.run(`${channel}\0${address}`, fn);
  }

  private async handleNow(incoming: Incoming): Promise<Handled> {
    this.onHandled?.(incoming.channel);
    const now = this.clock.now();
    const contact = await this.contacts.touch(incoming.channel, incoming.address, now);
    const state = await this.sessions.load(contact.id);
    const locale = this.localeFor(state, contact, incoming);
    const event = this.withKeywords(incoming.event, incoming);
    const ctx: TurnContext = { contact, state, locale, incoming: { ...incoming, event } };

    for (const feature of this.features) {
      const taken = await feature.intercept?.(ctx);
      // A feature may hand back an engine result (e.g. following a link from its own prompt): carry out its effects too.
      if (taken) return this.finish(ctx, 'effects' in taken ? await this.applyEffects(ctx, taken) : taken);
    }
    const result = step(state, event, this.env);
    return this.finish(ctx, await this.applyEffects(ctx, result));
  }

  private withKeywords(event: Event, incoming: Incoming): Event {
    if (event.type === 'start') {
      // Platforms report tags like zh-CN or pt-BR; the engine only knows enabled locales.
      const suggested = matchLocale(
        event.suggestedLocale ?? incoming.platformLocale,
        this.content.settings.locales.enabled,
      );
      return suggested ? { type: 'start', suggestedLocale: suggested } : { type: 'start' };
    }
    if (event.type !== 'text') return event;
    const command = this.keywords.match(event.text);
    return command ? { type: 'command', name: command } : incoming.event;
  }

  private async applyEffects(ctx: TurnContext, result: StepResult): Promise<StepLike> {
    for (const effect of result.effects) {
      if (effect.type === 'locale_changed') {
        await this.contacts.setLocale(ctx.contact.id, effect.locale);
        continue;
      }
      for (const feature of this.features) {
        const answer =
          effect.type === 'command'
            ? await feature.onCommand?.(effect.name, ctx)
            : await feature.onEffect?.(effect, ctx, result);
        if (answer) return answer;
      }
      if (effect.type === 'command') {
        // A command no feature handles (yet): show where the person is, with the fallback line.
        return step(ctx.state, { type: 'text', text: '' }, this.env);
      }
    }
    return result;
  }

  private async finish(ctx: TurnContext, answer: StepLike): Promise<Handled> {
    const state = answer.state === undefined ? ctx.state : answer.state;
    if (state) await this.sessions.save(ctx.contact.id, state, this.clock.now());
    const locale = state?.locale ?? ctx.locale;
    const outgoing = 'outbox' in answer ? localize(answer.outbox, locale, this.content.translator) : answer.outgoing;
    return { contact: ctx.contact, outgoing, locale };
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

  /** Localizes an engine outbox for a locale (features use it for their own screens). */
  localize(result: Pick<StepResult, 'outbox'>, locale: string): Outgoing[] {
    return localize(result.outbox, locale, this.content.translator);
  }
}

export { matchLocale };
