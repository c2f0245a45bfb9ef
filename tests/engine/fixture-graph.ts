import type { Env, FlowNode } from '../../src/engine/types.js';
import { NodeRegistry, builtinNodeTypes } from '../../src/engine/registry.js';

/** A small graph for node-type cases: main -> topic (menu) -> page (legal info) -> page-2 -> talk (handoff). */
export const FIXTURE_NODES: FlowNode[] = [
  { id: 'main', type: 'menu', text: 'main-menu', options: [{ label: 'main-topic', to: 'topic' }, { label: 'main-language', to: 'language' }] },
  { id: 'language', type: 'language', text: 'language-prompt' },
  { id: 'help', type: 'info', text: 'help' },
  { id: 'topic', type: 'menu', text: 'topic-menu', options: [{ label: 'page-btn', to: 'page' }] },
  { id: 'page', type: 'info', text: 'page', legal: { checked: '2026-11-20', sources: 'Charter s. 10' }, options: [{ label: 'more', to: 'page-2' }] },
  { id: 'page-2', type: 'info', text: 'page-2', options: [{ label: 'handoff-btn', to: 'talk' }] },
  { id: 'talk', type: 'handoff', text: 'handoff-intro' },
];

/** An engine env over {@link FIXTURE_NODES} in en and zh-Hans, clock fixed. */
export function fixtureEnv(registry = new NodeRegistry(builtinNodeTypes)): Env {
  return {
    graph: { nodes: new Map(FIXTURE_NODES.map((n) => [n.id, n])), home: 'main', language: 'language', help: 'help' },
    nodeTypes: registry,
    locales: ['en', 'zh-Hans'],
    defaultLocale: 'en',
    now: () => Date.parse('2026-11-25T12:00:00Z'),
  };
}
