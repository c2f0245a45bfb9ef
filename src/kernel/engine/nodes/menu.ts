import type { NodeType } from '../types.js';
import { linkOptions, navFor } from './links.js';

/** A menu: a short text and a list of links to other screens, shown in place. */
export const menuNode: NodeType = {
  type: 'menu',
  returnsHome: true,
  screen: (node, state, env) => ({
    kind: 'screen',
    node: node.id,
    display: 'menu',
    body: [{ id: node.text }],
    options: linkOptions(node),
    nav: navFor(node, state, env),
  }),
  targets: (node) => (node.options ?? []).map((o) => o.to),
};
