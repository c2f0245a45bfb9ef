import { describe, expect, it } from 'vitest';
import { DialogueError, MAX_STEPS, runTurn } from '../../../src/kernel/conversation/turn.js';
import { NodeRegistry, kernelNodeTypes } from '../../../src/kernel/engine/registry.js';
import type { ActionEffect, Env, FlowNode, NodeType, SessionState } from '../../../src/kernel/engine/types.js';

/**
 * The turn loop (goflow's sprint): step, carry out what the step recorded, feed each outcome back, step again.
 * A `probe` node asks for two actions on arrival and says which outcome it heard; a `spin` node asks for more
 * work after every outcome, as a buggy node would.
 */
const probe: NodeType = {
  type: 'probe',
  returnsHome: true,
  owns: { actions: ['first', 'second', 'spin'] },
  screen: (node) => ({
    kind: 'screen',
    node: node.id,
    display: 'menu',
    body: [{ id: node.text }],
    options: [],
    nav: [],
  }),
  enter: (node, state) => ({
    state,
    effects: [
      { type: 'action', action: 'first', node: node.id },
      { type: 'action', action: 'second', node: node.id },
    ],
    quiet: true,
  }),
  resume: (node, state, event) => {
    if (event.type !== 'resume') return null;
    if (event.action === 'spin') return { state, effects: [{ type: 'action', action: 'spin' }], quiet: true };
    const heard = { kind: 'notice' as const, body: [{ id: `${event.action}-${event.result}` }] };
    // The second outcome shows the screen; the first only a notice.
    return event.action === 'second' ? { state, outbox: [heard] } : { state, outbox: [heard], quiet: true };
  },
  targets: () => [],
};

const NODES: FlowNode[] = [
  { id: 'main', type: 'menu', text: 'main-menu', options: [{ label: 'probe-btn', to: 'probe' }] },
  { id: 'language', type: 'language', text: 'language-prompt' },
  { id: 'help', type: 'info', text: 'help' },
  { id: 'probe', type: 'probe', text: 'probe-text' },
];

const env: Env = {
  graph: { nodes: new Map(NODES.map((n) => [n.id, n])), home: 'main', language: 'language', help: 'help' },
  nodeTypes: new NodeRegistry([...kernelNodeTypes, probe]),
  locales: ['en'],
  defaultLocale: 'en',
  now: () => 0,
};

const atHome: SessionState = { v: 1, node: 'main', trail: ['main'], locale: 'en' };

describe('a turn', () => {
  it('carries out the effects a step recorded, in order, and feeds each outcome back before the turn ends', async () => {
    const performed: { action: string; node: string }[] = [];
    const turn = await runTurn(env, atHome, [{ type: 'choice', key: 'probe' }], {
      setLocale: async () => {},
      perform: async (effect: ActionEffect, state) => {
        performed.push({ action: effect.action, node: state.node });
        return { type: 'resume', action: effect.action, result: 'ok' };
      },
    });
    // Both were asked for by the same step: both are carried out on the state after it, first then second.
    expect(performed).toEqual([
      { action: 'first', node: 'probe' },
      { action: 'second', node: 'probe' },
    ]);
    expect(turn.outbox.map((o) => (o.kind === 'notice' ? o.body[0]!.id : `screen:${o.node}`))).toEqual([
      'first-ok',
      'second-ok',
      'screen:probe',
    ]);
    expect(turn.state.node).toBe('probe');
    expect(turn.ended).toBe(false);
  });

  it('an action with nothing to feed back ends there', async () => {
    const turn = await runTurn(env, atHome, [{ type: 'choice', key: 'probe' }], {
      setLocale: async () => {},
      perform: async () => null,
    });
    expect(turn.outbox).toEqual([]);
  });

  it('stops a node that keeps asking for more work (a bug) instead of looping forever', async () => {
    let performed = 0;
    const spinning = runTurn(
      env,
      { ...atHome, node: 'probe', trail: ['probe'] },
      [{ type: 'resume', action: 'spin', result: 'ok' }],
      {
        setLocale: async () => {},
        perform: async (effect) => (performed++, { type: 'resume', action: effect.action, result: 'ok' }),
      },
    );
    await expect(spinning).rejects.toBeInstanceOf(DialogueError);
    expect(performed).toBe(MAX_STEPS);
  });

  it('hands a chosen language to setLocale, and runs a fact stated first before the message', async () => {
    const locales: string[] = [];
    const turn = await runTurn(
      env,
      { v: 1, node: 'language', trail: ['language'] },
      [
        { type: 'notify', topic: 'nobody', what: 'nothing' },
        { type: 'choice', key: 'lang:en' },
      ],
      { setLocale: async (locale) => void locales.push(locale), perform: async () => null },
    );
    expect(locales).toEqual(['en']);
    expect(turn.state).toMatchObject({ node: 'main', locale: 'en' });
  });
});
