import type { Msg, NodeType } from '../types.js';
import { linkOptions, navFor } from './links.js';

/** The message appended to every legal screen: disclaimer, sources, last-checked date. */
export const LEGAL_FOOTER_ID = 'legal-footer';

/**
 * An information screen: a text that comes as a message of its own, with
 * optional links (e.g. "more", "talk to a peer supporter") and Back / Home.
 * Legal screens carry the "not legal advice" footer with sources and date.
 */
export const infoNode: NodeType = {
  type: 'info',
  returnsHome: true,
  screen: (node, state, env) => {
    const body: Msg[] = [{ id: node.text }];
    if (node.legal) body.push({ id: LEGAL_FOOTER_ID, args: { sources: node.legal.sources, date: node.legal.checked } });
    return {
      kind: 'screen',
      node: node.id,
      display: 'info',
      body,
      options: linkOptions(node),
      nav: navFor(node, state, env),
    };
  },
  targets: (node) => (node.options ?? []).map((o) => o.to),
};
