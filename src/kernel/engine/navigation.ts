import { show, withScreen } from './screens.js';
import type { Env, Event, NodeResult, SessionState, StepResult } from './types.js';

/** The most screens Back can go through. */
const MAX_TRAIL = 20;

/** The state without node data or an open question: what is left when a person moves on. */
export function withoutData(state: SessionState): SessionState {
  const { data: _data, ask: _ask, ...rest } = state;
  return rest;
}

/** Moves to `target`, entering it; `reset` starts a fresh trail (the home screen). */
export function goTo(state: SessionState, target: string, env: Env, reset: boolean): StepResult {
  if (!state.locale && target !== env.graph.language) return show(state, env);
  const trail = reset
    ? [target]
    : state.trail.at(-1) === target
      ? state.trail
      : [...state.trail, target].slice(-MAX_TRAIL);
  const next: SessionState = { ...withoutData(state), node: target, trail };
  const node = env.graph.nodes.get(target);
  const entered = node ? env.nodeTypes.get(node.type)?.enter?.(node, next, env) : null;
  // An arrival never moves on by itself (no loops through `enter`).
  if (entered) return apply({ ...entered, go: undefined }, env);
  return show(next, env);
}

/**
 * Completes a node type's answer: moves on when it says so, else adds the current screen unless it is quiet
 * or already shows one.
 */
export function apply(result: NodeResult, env: Env): StepResult {
  const outbox = result.outbox ?? [];
  const effects = result.effects ?? [];
  if (result.go) {
    const moved =
      'home' in result.go
        ? goTo(result.state, env.graph.home, env, true)
        : goTo(result.state, result.go.to, env, false);
    return { state: moved.state, outbox: [...outbox, ...moved.outbox], effects: [...effects, ...moved.effects] };
  }
  const done: StepResult = { state: result.state, outbox, effects };
  if (result.quiet || outbox.some((o) => o.kind === 'screen')) return done;
  return withScreen(done, env);
}

/** Lets the current node handle an event; null when it does not (or there is no such node). */
export function delegate(state: SessionState, event: Event, env: Env): StepResult | null {
  const node = env.graph.nodes.get(state.node);
  if (!node) return null;
  const result = env.nodeTypes.get(node.type)?.handle?.(node, state, event, env) ?? null;
  return result ? apply(result, env) : null;
}

/**
 * Goes back. Tapped on an older message (`from` names its screen), Back goes back from that screen, not from
 * wherever the person is now: to the screen before it on their trail or, when it is no longer there, to a screen
 * that links to it (tests/kernel/engine/nodes/menu.yaml, "Back on an older message").
 */
export function back(state: SessionState, env: Env, from?: string): StepResult {
  if (!state.locale) return show(state, env);
  if (from && from !== state.node && env.graph.nodes.has(from)) return backFrom(state, from, env);
  // A form goes back one question rather than leaving (tests/kernel/engine/nodes/callback.yaml).
  const stepBack = delegate(state, { type: 'command', name: 'back' }, env);
  if (stepBack) return stepBack;
  const trail = state.trail.slice(0, -1);
  const previous = trail.at(-1) ?? env.graph.home;
  return show({ ...withoutData(state), node: previous, trail: trail.length ? trail : [previous] }, env);
}

function backFrom(state: SessionState, from: string, env: Env): StepResult {
  const home = env.graph.home;
  const at = state.trail.lastIndexOf(from);
  let trail: string[];
  if (at > 0) trail = state.trail.slice(0, at);
  else if (at === 0 || from === home) trail = [home];
  else {
    const parent = parentOf(from, env);
    trail = !parent || parent === home ? [home] : [home, parent];
  }
  return show({ ...withoutData(state), node: trail.at(-1)!, trail }, env);
}

/** The first node (in flow order) with a link to `id`. */
function parentOf(id: string, env: Env): string | undefined {
  for (const node of env.graph.nodes.values()) {
    if (node.id !== id && (node.options ?? []).some((o) => o.to === id)) return node.id;
  }
  return undefined;
}
