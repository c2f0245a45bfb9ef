import type { Env, FlowNode, NavKey, Option, SessionState } from '../types.js';

/** Turns a node's `options` (label id -> target node) into screen options. */
export function linkOptions(node: FlowNode): Option[] {
  return (node.options ?? []).map((o) => ({ key: o.to, label: { id: o.label } }));
}

/** Every screen except the home screen offers Back (when there is somewhere to go back to) and Home. */
export function navFor(node: FlowNode, state: SessionState, env: Env): NavKey[] {
  if (node.id === env.graph.home) return [];
  return state.trail.length > 1 ? ['back', 'home'] : ['home'];
}
