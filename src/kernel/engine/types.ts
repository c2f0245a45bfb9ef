import type { CommandName, Effect, Event, NotifyEvent, Question, ResumeEvent } from './events.js';

export type * from './events.js';

/**
 * Types shared by the flow engine. The engine is a pure function of
 * (state, event, env): nothing here touches I/O, the clock or randomness.
 */

/** Represents a reference to a Fluent message: its id and variables, never its text. */
export interface Msg {
  readonly id: string;
  /** Variables; a nested Msg is translated first (e.g. a language name inside a summary). */
  readonly args?: Readonly<Record<string, MsgArg>>;
  /** Forces a locale for this message (the language picker shows each language in its own name). */
  readonly locale?: string;
}

/**
 * Represents the value of a message variable: plain text, a number, another message, or a list of messages
 * (translated and joined, e.g. the names of a person's alert regions).
 */
export type MsgArg = string | number | Msg | readonly Msg[];

/** Represents one option a person can choose on a screen. */
export interface Option {
  /** What comes back in a `choice` event; unique on its screen. */
  readonly key: string;
  readonly label: Msg;
  /** Marks the pre-selected entry (e.g. the language Telegram reported). */
  readonly selected?: boolean;
}

/** Navigation that every screen but the home screen offers. */
export type NavKey = 'back' | 'home';

/**
 * Represents one screen of output. `display` tells adapters how to show it:
 * a `menu` may replace the message the person tapped, an `info` screen comes
 * as a message of its own, a `prompt` asks for typed input.
 */
export interface Screen {
  readonly kind: 'screen';
  readonly node: string;
  readonly display: 'menu' | 'info' | 'prompt';
  readonly body: readonly Msg[];
  readonly options: readonly Option[];
  readonly nav: readonly NavKey[];
}

/** Represents a short message outside any screen (e.g. "peer supporter joined"). */
export interface Notice {
  readonly kind: 'notice';
  readonly body: readonly Msg[];
}

/** Represents one item of the channel-neutral outbox. */
export type OutboxItem = Screen | Notice;

/** Represents the per-person conversation state the engine reads and returns. */
export interface SessionState {
  /** Format version, so stored sessions can be migrated. */
  readonly v: 1;
  readonly node: string;
  /** Screens to go back through, most recent last. */
  readonly trail: readonly string[];
  readonly locale?: string;
  /** Node-specific data (e.g. a form's answers so far); only the node's type reads or writes it. */
  readonly data?: Readonly<Record<string, unknown>>;
  /** A question a node type asked and the person has not answered yet. */
  readonly ask?: Question;
}

/** Represents an option of a flow node as written in `flows/*.yaml`. */
export interface FlowOption {
  readonly label: string;
  readonly to: string;
}

/** Represents the legal metadata of an information screen. */
export interface LegalMeta {
  /** ISO date (YYYY-MM-DD) the content was last checked against its sources. */
  readonly checked: string;
  /** Short source citations, e.g. "Charter ss. 8–10". */
  readonly sources: string;
}

/** Represents a node of a flow, after validation. Node types read their own extra fields. */
export interface FlowNode {
  readonly id: string;
  readonly type: string;
  readonly text: string;
  readonly options?: readonly FlowOption[];
  readonly legal?: LegalMeta;
  readonly [extra: string]: unknown;
}

/** Represents all flows, validated and indexed by node id. */
export interface FlowGraph {
  readonly nodes: ReadonlyMap<string, FlowNode>;
  /** The main menu. */
  readonly home: string;
  /** The language picker. */
  readonly language: string;
  /** The help screen. */
  readonly help: string;
}

/** Represents an area people can get safety alerts for (`regions:` in flows/settings.yaml). */
export interface Region {
  readonly id: string;
  /** Message id of the region's name. */
  readonly label: string;
}

/** Represents everything the engine needs besides state and event: content, settings, clock. */
export interface Env {
  readonly graph: FlowGraph;
  readonly nodeTypes: NodeTypes;
  readonly locales: readonly string[];
  readonly defaultLocale: string;
  /** Alert regions from the org settings (the `alerts` node offers them); none means "everywhere". */
  readonly regions?: readonly Region[];
  /** Injected clock, milliseconds since the epoch. */
  readonly now: () => number;
  /** Services the app injects so the engine stays pure (e.g. phone number validation for the `callback` node). */
  readonly services?: EngineServices;
}

/** Represents a phone number as the `callback` node keeps it: E.164 for dialling, and a readable form. */
export interface PhoneNumber {
  readonly e164: string;
  readonly display: string;
}

/** Represents the services the app may inject into the engine. Implementers must be pure and must not throw. */
export interface EngineServices {
  /** Validates a typed phone number; null when it is not a valid number. */
  phone?(text: string): PhoneNumber | null;
}

/** Represents the result of one engine step. */
export interface StepResult {
  readonly state: SessionState;
  readonly outbox: readonly OutboxItem[];
  readonly effects: readonly Effect[];
}

/**
 * Represents what a node type answers: a new state, messages, effects for the app, and where to go next. The
 * engine completes it: unless `quiet`, `go` is set or the outbox already holds a screen, it adds the screen of the
 * node the person is now on (src/kernel/engine/apply.ts).
 */
export interface NodeResult {
  readonly state: SessionState;
  /** Notices (and screens) to show first. */
  readonly outbox?: readonly OutboxItem[];
  readonly effects?: readonly Effect[];
  /** Moves on after the outbox: to a node (entering it, as a tapped link does), or home with a fresh trail. */
  readonly go?: { readonly to: string } | { readonly home: true };
  /** Nothing more to show: a message passed on to a supporter, or a wait for the outcome of an effect. */
  readonly quiet?: boolean;
}

/** Represents the names a node type answers wherever the person is (unique across all types). */
export interface Owned {
  /** Commands the engine does not answer itself (`end`, `forget`, …). */
  readonly commands?: readonly CommandName[];
  /** Actions of its effects: their outcomes come back to it as resume events. */
  readonly actions?: readonly string[];
  /** Notification topics (e.g. `handoff`: a supporter joined, the chat was closed). */
  readonly topics?: readonly string[];
}

/**
 * Represents the behaviour of one node type. Implementers must be pure: the same node, state, event and env always
 * give the same result, and no method may throw on user input (return `null` from `handle` and the engine answers
 * with its localized fallback instead). A type reads and writes only its own `state.data` and its own questions.
 */
export interface NodeType {
  readonly type: string;
  /**
   * True when a person can always get home from this node without a link
   * (screens show Home; the hand-off returns home when the chat ends).
   * The content check uses it to find dead ends.
   */
  readonly returnsHome: boolean;
  /** What this type answers wherever the person is: commands, effect outcomes, notifications. */
  readonly owns?: Owned;
  /** Builds the screen shown when a person is on this node. */
  screen(node: FlowNode, state: SessionState, env: Env): Screen;
  /**
   * True while the node holds the conversation (a chat with a peer supporter): its screen is not shown again
   * after a notice, since there is nothing on it to tap.
   */
  holds?(node: FlowNode, state: SessionState): boolean;
  /**
   * Sees every input first while this node is current, before the engine's own commands and navigation
   * (a chat mutes the menu and passes messages on). Returns `null` to let the engine go on.
   */
  capture?(node: FlowNode, state: SessionState, event: Event, env: Env): NodeResult | null;
  /**
   * Handles an event the engine did not resolve itself (typed text, or a choice that is not a plain link, or
   * Back inside a form). Returns `null` for "not understood".
   */
  handle?(node: FlowNode, state: SessionState, event: Event, env: Env): NodeResult | null;
  /** Called when a person arrives on the node; may set node data or emit effects. */
  enter?(node: FlowNode, state: SessionState, env: Env): NodeResult | null;
  /**
   * Answers a command this type owns that the current node did not take. `node` is the current node when it is
   * of this type, else undefined (the person is elsewhere). Returns `null` for "not understood".
   */
  command?(node: FlowNode | undefined, state: SessionState, name: CommandName, env: Env): NodeResult | null;
  /**
   * Answers the outcome of one of its actions, or a notification on one of its topics (`node` as for `command`).
   * `null` means nothing changes and nothing is shown.
   */
  resume?(
    node: FlowNode | undefined,
    state: SessionState,
    event: ResumeEvent | NotifyEvent,
    env: Env,
  ): NodeResult | null;
  /**
   * Answers input while a question this type asked is open (`state.ask.by` is this type). `null` lets the input
   * through to the node as usual, with the question still open.
   */
  answer?(
    node: FlowNode | undefined,
    state: SessionState,
    question: Question,
    event: Event,
    env: Env,
  ): NodeResult | null;
  /** Lists the node ids this node can lead to (for content checks and the graph). */
  targets(node: FlowNode, env: Pick<Env, 'locales'>): string[];
  /** Lists extra message ids the type uses for this node (checked in every locale). */
  messages?(node: FlowNode): string[];
}

/** Represents what the engine asks of the set of node types (the registry). */
export interface NodeTypes {
  get(type: string): NodeType | undefined;
  /** The type that owns a command, an action or a notification topic. */
  owner(kind: keyof Owned, name: string): NodeType | undefined;
}
