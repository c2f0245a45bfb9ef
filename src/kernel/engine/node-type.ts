import type { Env, Event, FlowNode, Screen, SessionState, StepResult } from './types.js';

/**
 * Represents the behaviour of one node type. Implementers must be pure: the
 * same node, state, event and env always give the same result, and no method
 * may throw on user input (return `null` from `handle` and the engine answers
 * with its localized fallback instead).
 */
export interface NodeType {
  readonly type: string;
  /**
   * True when a person can always get home from this node without a link
   * (screens show Home; the hand-off returns home when the chat ends).
   * The content check uses it to find dead ends.
   */
  readonly returnsHome: boolean;
  /** Builds the screen shown when a person is on this node. */
  screen(node: FlowNode, state: SessionState, env: Env): Screen;
  /**
   * Handles an event the engine did not resolve itself (typed text, or a
   * choice that is not a plain link). Returns `null` for "not understood".
   */
  handle?(node: FlowNode, state: SessionState, event: Event, env: Env): StepResult | null;
  /** Lists the node ids this node can lead to (for content checks and the graph). */
  targets(node: FlowNode, env: Pick<Env, 'locales'>): string[];
  /** Lists extra message ids the type uses for this node (checked in every locale). */
  messages?(node: FlowNode): string[];
  /** Called when a person arrives on the node; may set node data or emit effects. */
  enter?(node: FlowNode, state: SessionState, env: Env): StepResult | null;
}
