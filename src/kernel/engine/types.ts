import type { NodeType } from './node-type.js';

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

/** Represents the value of a message variable: plain text, a number, or another message. */
export type MsgArg = string | number | Msg;

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

/** Commands every channel understands. `end`, `forget` and `clear` are handled by the app layer. */
export type CommandName = 'menu' | 'back' | 'language' | 'help' | 'end' | 'forget' | 'clear' | 'stop' | 'start_alerts';

/** Kinds of input the engine cannot read (answered politely, never an error). */
export type UnsupportedKind =
  'sticker' | 'photo' | 'voice' | 'video' | 'document' | 'location' | 'contact' | 'edited' | 'other';

/** Represents an input event, already translated from a platform update by a channel adapter. */
export type Event =
  | { readonly type: 'start'; readonly suggestedLocale?: string }
  | { readonly type: 'text'; readonly text: string }
  /** A tapped option; `from` is the screen the button was on (for stale buttons). */
  | { readonly type: 'choice'; readonly key: string; readonly from?: string }
  /** A numbered reply (WhatsApp): 1-based index into the current screen's options. */
  | { readonly type: 'pick'; readonly index: number }
  | { readonly type: 'command'; readonly name: CommandName }
  | { readonly type: 'unsupported'; readonly kind: UnsupportedKind };

/** Represents the side effects the app layer must carry out after a step. */
export type Effect =
  | { readonly type: 'locale_changed'; readonly locale: string }
  | { readonly type: 'command'; readonly name: CommandName }
  | {
      readonly type: 'node_action';
      readonly node: string;
      readonly action: string;
      readonly data?: Readonly<Record<string, unknown>>;
    };

/** Represents the per-person conversation state the engine reads and returns. */
export interface SessionState {
  /** Format version, so stored sessions can be migrated. */
  readonly v: 1;
  readonly node: string;
  /** Screens to go back through, most recent last. */
  readonly trail: readonly string[];
  readonly locale?: string;
  /** Node-specific data (e.g. a form's answers so far). */
  readonly data?: Readonly<Record<string, unknown>>;
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
  readonly nodeTypes: { get(type: string): NodeType | undefined };
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
