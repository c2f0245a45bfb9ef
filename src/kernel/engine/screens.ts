import type { Env, Msg, OutboxItem, Screen, SessionState, StepResult } from './types.js';

/** The message shown (above the current screen) when input matches nothing. */
export const FALLBACK_ID = 'fallback-not-understood';
/** The message shown when someone sends a sticker, photo, voice note, … */
export const UNSUPPORTED_ID = 'fallback-unsupported';

/** Builds the screen for the node a state is on. */
export function screenOf(state: SessionState, env: Env): Screen {
  const node = env.graph.nodes.get(state.node);
  const type = node ? env.nodeTypes.get(node.type) : undefined;
  if (!node || !type) {
    // Content changed under a stored session: send the person home rather than fail.
    const home = env.graph.nodes.get(env.graph.home);
    const homeType = home && env.nodeTypes.get(home.type);
    if (!home || !homeType) throw new Error(`home node missing: ${env.graph.home}`);
    return homeType.screen(home, { ...state, node: home.id, trail: [home.id] }, env);
  }
  return type.screen(node, state, env);
}

/** The screen to show again after a notice; null while the node holds the conversation (a chat in progress). */
export function currentScreen(state: SessionState, env: Env): Screen | null {
  const node = env.graph.nodes.get(state.node);
  if (node && env.nodeTypes.get(node.type)?.holds?.(node, state)) return null;
  return screenOf(state, env);
}

/** Shows the current screen, with `before` (e.g. "not understood") at the top of it. */
export function show(state: SessionState, env: Env, before: Msg[] = []): StepResult {
  const screen = currentScreen(state, env);
  if (!screen) return { state, outbox: before.length ? [{ kind: 'notice', body: before }] : [], effects: [] };
  const shown: Screen = before.length ? { ...screen, display: 'info', body: [...before, ...screen.body] } : screen;
  return { state, outbox: [shown], effects: [] };
}

/** Adds the current screen after a result's outbox (nothing while the node holds the conversation). */
export function withScreen(result: StepResult, env: Env): StepResult {
  const screen = currentScreen(result.state, env);
  if (!screen) return result;
  const outbox: OutboxItem[] = [...result.outbox, screen];
  return { ...result, outbox };
}

/** "Sorry, I didn't understand", above the current screen. */
export function fallback(state: SessionState, env: Env): StepResult {
  return show(state, env, [{ id: FALLBACK_ID }]);
}
