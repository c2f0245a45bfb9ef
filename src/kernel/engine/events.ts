/**
 * Types of what goes into and comes out of a step besides state and screens: a person's input, outcomes fed back,
 * notifications, and effects (src/kernel/engine/types.ts re-exports them).
 */

/**
 * Commands every channel understands. The engine answers `menu`, `back`, `language` and `help`; the others belong
 * to the node type that owns them (`NodeType.owns.commands`: `end` the hand-off, `forget` and `clear` privacy,
 * `stop` and `start_alerts` safety alerts).
 */
export type CommandName = 'menu' | 'back' | 'language' | 'help' | 'end' | 'forget' | 'clear' | 'stop' | 'start_alerts';

/** Kinds of input the engine cannot read (answered politely, never an error). */
export type UnsupportedKind =
  'sticker' | 'photo' | 'voice' | 'video' | 'document' | 'location' | 'contact' | 'edited' | 'other';

/** Represents an input event, already translated from a platform update by a channel adapter. */
export type Event =
  | { readonly type: 'start'; readonly suggestedLocale?: string }
  | { readonly type: 'text'; readonly text: string }
  /** A tapped option; `from` is the screen the button was on (for stale buttons, and Back from an older message). */
  | { readonly type: 'choice'; readonly key: string; readonly from?: string }
  /** A numbered reply (WhatsApp): 1-based index into the current screen's options. */
  | { readonly type: 'pick'; readonly index: number }
  | { readonly type: 'command'; readonly name: CommandName }
  | { readonly type: 'unsupported'; readonly kind: UnsupportedKind };

/**
 * Represents the outcome of an effect, fed back by the feature that carried it out (goflow's "resume"), e.g.
 * `{ type: 'resume', action: 'open_case', result: 'off_hours', data: { hours } }`. The engine hands it to the node
 * type that owns the action (`NodeType.owns.actions`). Each node type types its own with {@link ResumeOf}.
 */
export interface ResumeEvent {
  readonly type: 'resume';
  readonly action: string;
  readonly result: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

/**
 * Represents something that happened outside the person's turn and that they should hear about (a peer supporter
 * joined, staff closed the chat, a callback was done) or that a feature decided before the engine ran (slow down).
 * The engine hands it to the node type that owns the topic (`NodeType.owns.topics`), which decides what they see.
 */
export interface NotifyEvent {
  readonly type: 'notify';
  readonly topic: string;
  readonly what: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

/** Represents every event `step` takes: a person's input, an outcome fed back, or a notification. */
export type EngineEvent = Event | ResumeEvent | NotifyEvent;

/**
 * Represents a table of one node type's actions and the outcomes each can have, e.g.
 * `{ open_case: { result: 'opened' } | { result: 'off_hours'; data: { hours: string } } }`.
 */
export type OutcomeTable = Record<string, { readonly result: string; readonly data?: object }>;

/**
 * Builds the typed resume events of an {@link OutcomeTable}. Every action may also come back `failed`: no
 * feature carried it out (a wiring mistake, logged), so the node still answers the person clearly.
 */
export type ResumeOf<T extends OutcomeTable> = {
  [A in keyof T & string]: { readonly type: 'resume'; readonly action: A } & (T[A] | { readonly result: 'failed' });
}[keyof T & string];

/**
 * Represents work a node asks the app to do (open a case, store a subscription, forget the person). The app
 * records the effects of a step, then carries them out and feeds each outcome back as a {@link ResumeEvent}.
 */
export interface ActionEffect {
  readonly type: 'action';
  readonly action: string;
  /** The node that asked, when there is one (a command typed anywhere has none). */
  readonly node?: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

/** Builds the typed effects of a table of actions and their data (`undefined` for none). */
export type ActionOf<T extends Record<string, object | undefined>> = {
  [A in keyof T & string]: {
    readonly type: 'action';
    readonly action: A;
    readonly node?: string;
  } & (T[A] extends object ? { readonly data: T[A] } : { readonly data?: undefined });
}[keyof T & string];

/** Represents the side effects the app layer must carry out after a step. */
export type Effect =
  | { readonly type: 'locale_changed'; readonly locale: string }
  /** The person is gone (they asked to be forgotten): save nothing for them. */
  | { readonly type: 'end_session' }
  | ActionEffect;

/**
 * Represents a yes/no question a node type asked (end the chat? delete my data?), laid over the node the person is
 * on, so answering "no" leaves them exactly where they were. While it is open, every input goes first to the
 * asking type's `answer` (src/kernel/engine/question.ts).
 */
export interface Question {
  /** The node type that asked, and answers. */
  readonly by: string;
  /** Which question (the type's own name for it). */
  readonly what: string;
  /** When it was asked (env.now()), so an old "yes" can be refused. */
  readonly at: number;
}
