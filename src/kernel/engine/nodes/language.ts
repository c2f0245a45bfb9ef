import type { NodeType } from '../types.js';
import { navFor } from './links.js';

/** The message id of each language's own name; looked up in that language. */
export const LANGUAGE_NAME_ID = 'language-name';
const KEY_PREFIX = 'lang:';

/**
 * The language picker: one option per enabled locale, each labelled in its
 * own language. Choosing one sets the session locale and goes to `next`
 * (default: the home screen).
 */
export const languageNode: NodeType = {
  type: 'language',
  returnsHome: true,
  screen: (node, state, env) => {
    const current = state.locale ?? (typeof state.data?.suggested === 'string' ? state.data.suggested : undefined);
    return {
      kind: 'screen',
      node: node.id,
      display: 'menu',
      body: [{ id: node.text }],
      options: env.locales.map((locale) => ({
        key: KEY_PREFIX + locale,
        label: { id: LANGUAGE_NAME_ID, locale },
        ...(locale === current ? { selected: true } : {}),
      })),
      // Before a language is chosen there is nowhere to go but a language.
      nav: state.locale ? navFor(node, state, env) : [],
    };
  },
  handle: (node, state, event, env) => {
    if (event.type !== 'choice' || !event.key.startsWith(KEY_PREFIX)) return null;
    const locale = event.key.slice(KEY_PREFIX.length);
    if (!env.locales.includes(locale)) return null;
    const next = typeof node.next === 'string' ? node.next : env.graph.home;
    const target = env.graph.nodes.get(next);
    if (!target) return null;
    return {
      state: { v: 1, node: next, trail: [next], locale },
      outbox: [],
      effects: [{ type: 'locale_changed', locale }],
    };
  },
  targets: (node) => (typeof node.next === 'string' ? [node.next] : []),
};
