import type { NodeType } from '../../kernel/engine/node-type.js';

/** The action the app carries out when someone arrives on a hand-off node. */
export const OPEN_CASE_ACTION = 'open_case';

/**
 * Talk to a peer supporter. Arriving here asks the app to open a case (the
 * app decides: open, queued out of hours, or unavailable). While a case is
 * open the app mutes the engine and relays messages, so this node only ever
 * shows its introduction. Its `options` are alternatives the app offers when
 * nobody can answer (out of hours, still waiting), e.g. a callback request;
 * choosing one follows the link like any other.
 */
export const handoffNode: NodeType = {
  type: 'handoff',
  returnsHome: true,
  screen: (node) => ({
    kind: 'screen',
    node: node.id,
    display: 'info',
    body: [{ id: node.text }],
    options: [],
    nav: [],
  }),
  enter: (node, state) => ({
    state,
    outbox: [],
    effects: [
      { type: 'node_action', node: node.id, action: OPEN_CASE_ACTION, data: { from: state.trail.at(-2) ?? null } },
    ],
  }),
  targets: (node) => (node.options ?? []).map((o) => o.to),
};
