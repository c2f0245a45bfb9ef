import type { Env, FlowNode, PhoneNumber } from '../../../src/kernel/engine/types.js';
import { nodeRegistry } from '../../../src/main/known.js';

/**
 * A small graph for node-type cases: main -> topic (menu) -> page (legal info) -> page-2 -> talk (handoff) -> call (callback);
 * help -> alerts (safety alerts, over the regions north and south).
 */
export const FIXTURE_NODES: FlowNode[] = [
  {
    id: 'main',
    type: 'menu',
    text: 'main-menu',
    options: [
      { label: 'main-topic', to: 'topic' },
      { label: 'main-language', to: 'language' },
    ],
  },
  { id: 'language', type: 'language', text: 'language-prompt' },
  { id: 'help', type: 'info', text: 'help', options: [{ label: 'alerts-btn', to: 'alerts' }] },
  { id: 'topic', type: 'menu', text: 'topic-menu', options: [{ label: 'page-btn', to: 'page' }] },
  {
    id: 'page',
    type: 'info',
    text: 'page',
    legal: { checked: '2026-11-20', sources: 'Charter s. 10' },
    options: [{ label: 'more', to: 'page-2' }],
  },
  { id: 'page-2', type: 'info', text: 'page-2', options: [{ label: 'handoff-btn', to: 'talk' }] },
  { id: 'talk', type: 'handoff', text: 'handoff-intro', options: [{ label: 'handoff-callback-btn', to: 'call' }] },
  { id: 'call', type: 'callback', text: 'callback-intro' },
  { id: 'alerts', type: 'alerts', text: 'alerts-intro' },
  { id: 'more', type: 'menu', text: 'more-menu', options: [{ label: 'privacy-btn', to: 'privacy' }] },
  { id: 'privacy', type: 'privacy', text: 'privacy-intro' },
];

/** An engine env over {@link FIXTURE_NODES} in en and zh-Hans, clock fixed. */
export function fixtureEnv(registry = nodeRegistry()): Env {
  return {
    graph: { nodes: new Map(FIXTURE_NODES.map((n) => [n.id, n])), home: 'main', language: 'language', help: 'help' },
    nodeTypes: registry,
    locales: ['en', 'zh-Hans'],
    regions: [
      { id: 'north', label: 'region-north' },
      { id: 'south', label: 'region-south' },
    ],
    defaultLocale: 'en',
    now: () => Date.parse('2026-11-25T12:00:00Z'),
    services: { phone: fixturePhone },
  };
}

/**
 * A stand-in for the app's libphonenumber-js validator (src/features/callbacks/phone.ts), so node cases stay
 * independent of its metadata: 10 digits are a Canadian number, + and 11–15 digits any other.
 */
export function fixturePhone(text: string): PhoneNumber | null {
  const digits = text.replace(/\D/g, '');
  if (!text.startsWith('+') && digits.length === 10)
    return { e164: `+1${digits}`, display: `+1 ${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` };
  if (text.startsWith('+') && digits.length >= 11 && digits.length <= 15)
    return { e164: `+${digits}`, display: `+${digits}` };
  return null;
}
