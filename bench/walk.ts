import type { CommandName, Event, OutboxItem } from '../src/kernel/engine/types.js';
import type { Outgoing } from '../src/kernel/ports/channel.js';
import type { Rng } from './lib.js';

/** Represents what a simulated person sees last: the screen's node and the keys of its buttons (options, then Back/Home). */
export interface View {
  readonly node: string | undefined;
  readonly keys: readonly string[];
}

/** Nothing on screen yet (a new person, or only a notice came back). */
export const NO_VIEW: View = { node: undefined, keys: [] };

const TEXTS = ['hello', 'menu', 'help me', '?', 'ok thanks', '菜单', 'police'];
// Commands the engine itself answers; end/forget/clear belong to features (hand-off, privacy) and would end walks.
const COMMANDS: readonly CommandName[] = ['menu', 'back', 'help', 'language'];

/** The view of an engine outbox: its last screen. */
export function viewOfOutbox(outbox: readonly OutboxItem[]): View {
  for (let i = outbox.length - 1; i >= 0; i--) {
    const item = outbox[i]!;
    if (item.kind === 'screen') return { node: item.node, keys: [...item.options.map((o) => o.key), ...item.nav] };
  }
  return NO_VIEW;
}

/** The view of localized messages (what the app returns): the last screen among them. */
export function viewOfOutgoing(outgoing: readonly Outgoing[]): View {
  for (let i = outgoing.length - 1; i >= 0; i--) {
    const item = outgoing[i]!;
    if (item.kind === 'screen')
      return { node: item.screen, keys: [...item.options.map((o) => o.key), ...item.nav.map((n) => n.key)] };
  }
  return NO_VIEW;
}

/**
 * Chooses what a simulated person does next on `view`, seeded: mostly a tap
 * on one of the buttons (80 %), else a typed number, free text, a command, a
 * sticker, or /start again. A screen with no buttons (the hand-off) gets /menu.
 */
export function nextEvent(view: View, rng: Rng): Event {
  if (view.keys.length === 0) return view.node === undefined ? { type: 'start' } : { type: 'command', name: 'menu' };
  const r = rng.next();
  if (r < 0.8) return { type: 'choice', key: rng.pick(view.keys), ...(view.node ? { from: view.node } : {}) };
  if (r < 0.86) return { type: 'pick', index: 1 + rng.int(view.keys.length + 1) };
  if (r < 0.91) return { type: 'text', text: rng.pick(TEXTS) };
  if (r < 0.96) return { type: 'command', name: rng.pick(COMMANDS) };
  if (r < 0.98) return { type: 'unsupported', kind: 'sticker' };
  return { type: 'start' };
}
