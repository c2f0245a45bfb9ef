import type { NodeType } from '../../kernel/engine/node-type.js';
import type { Env, FlowNode, Msg, Option, Screen, SessionState, StepResult } from '../../kernel/engine/types.js';
import { navFor } from '../../kernel/engine/nodes/links.js';

/** Message ids the `alerts` node shows besides its own `text` (checked in every enabled locale). */
export const ALERTS_NODE_MESSAGES = {
  /** Shown instead of the node text to someone who is subscribed. */
  statusOn: 'alerts-status-on',
  subscribeButton: 'alerts-subscribe-btn',
  saveButton: 'alerts-save-btn',
  stopButton: 'alerts-stop-btn',
  pickOne: 'alerts-pick-one',
  subscribed: 'alerts-subscribed',
  saved: 'alerts-saved',
  unsubscribed: 'alerts-unsubscribed',
} as const;

/** Actions the app carries out for an `alerts` node (effects of type `node_action`). */
export const ALERTS_ACTIONS = {
  /** Arriving on the node: the app loads the person's subscription into the node data. */
  load: 'alerts_load',
  /** `data.regions`: the region ids to subscribe to (replaces earlier ones). */
  subscribe: 'alerts_subscribe',
  unsubscribe: 'alerts_unsubscribe',
} as const;

const REGION_PREFIX = 'r:';
const KEY_SAVE = 'save';
const KEY_OFF = 'off';

/**
 * Represents the node data of an `alerts` screen: the subscription as the app
 * loaded it (`sub`, null when not subscribed) and the regions ticked on screen.
 */
export interface AlertsData {
  readonly sub: readonly string[] | null;
  readonly pick: readonly string[];
}

/** Reads the alerts data of a state; anything missing or malformed means "not subscribed, nothing ticked". */
export function alertsData(state: SessionState): AlertsData {
  const d = state.data ?? {};
  const list = (v: unknown): string[] | null =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : null;
  return { sub: list(d.sub), pick: list(d.pick) ?? [] };
}

/**
 * Returns `state` with alerts data for a subscription (the app calls it after
 * loading or changing one); `pick` defaults to the subscribed regions.
 */
export function withAlertsData(
  state: SessionState,
  sub: readonly string[] | null,
  pick: readonly string[] = sub ?? [],
): SessionState {
  return { ...state, data: { sub: sub ? [...sub] : null, pick: [...pick] } };
}

function regionsOf(env: Env): readonly { id: string; label: string }[] {
  return env.regions ?? [];
}

/** Keeps known region ids, in settings order, each once. */
function ordered(ids: readonly string[], env: Env): string[] {
  return regionsOf(env)
    .map((r) => r.id)
    .filter((id) => ids.includes(id));
}

function buildScreen(node: FlowNode, state: SessionState, env: Env, before: Msg[] = []): Screen {
  const { sub, pick } = alertsData(state);
  const on = sub !== null;
  const M = ALERTS_NODE_MESSAGES;
  const options: Option[] = regionsOf(env).map((r) => ({
    key: REGION_PREFIX + r.id,
    label: { id: r.label },
    ...(pick.includes(r.id) ? { selected: true } : {}),
  }));
  if (on) options.push({ key: KEY_SAVE, label: { id: M.saveButton } }, { key: KEY_OFF, label: { id: M.stopButton } });
  else options.push({ key: KEY_SAVE, label: { id: M.subscribeButton } });
  return {
    kind: 'screen',
    node: node.id,
    display: 'menu',
    body: [...before, { id: on ? M.statusOn : node.text }],
    options,
    nav: navFor(node, state, env),
  };
}

function answer(state: SessionState, screen: Screen, effects: StepResult['effects'] = []): StepResult {
  return { state, outbox: [screen], effects };
}

/**
 * Safety alerts: subscribe by region, change regions, unsubscribe. The node
 * is pure: the app loads the subscription into the node data on arrival
 * (`alerts_load`) and stores what the person saves (`alerts_subscribe`,
 * `alerts_unsubscribe`). Regions come from the org settings; an organisation
 * without regions offers a single Subscribe button ("everywhere").
 * Cases: tests/kernel/engine/nodes/alerts.yaml; app side: tests/features/alerts/alerts.test.ts.
 */
export const alertsNode: NodeType = {
  type: 'alerts',
  returnsHome: true,
  screen: (node, state, env) => buildScreen(node, state, env),
  enter: (node, state) => ({
    state: { ...state, data: { sub: null, pick: [] } },
    outbox: [],
    effects: [{ type: 'node_action', node: node.id, action: ALERTS_ACTIONS.load }],
  }),
  handle: (node, state, event, env) => {
    if (event.type !== 'choice') return null;
    const { sub, pick } = alertsData(state);
    const M = ALERTS_NODE_MESSAGES;
    if (event.key.startsWith(REGION_PREFIX)) {
      const id = event.key.slice(REGION_PREFIX.length);
      if (!regionsOf(env).some((r) => r.id === id)) return null;
      const next = pick.includes(id) ? pick.filter((p) => p !== id) : [...pick, id];
      const moved: SessionState = { ...state, data: { sub, pick: ordered(next, env) } };
      return answer(moved, buildScreen(node, moved, env));
    }
    if (event.key === KEY_SAVE) {
      const regions = ordered(pick, env);
      if (regionsOf(env).length && !regions.length)
        return answer(state, buildScreen(node, state, env, [{ id: M.pickOne }]));
      const saved = withAlertsData(state, regions);
      const effect = {
        type: 'node_action' as const,
        node: node.id,
        action: ALERTS_ACTIONS.subscribe,
        data: { regions },
      };
      return answer(saved, buildScreen(node, saved, env, [{ id: sub ? M.saved : M.subscribed }]), [effect]);
    }
    if (event.key === KEY_OFF && sub !== null) {
      // The regions stay ticked, so subscribing again is one tap.
      const off = withAlertsData(state, null, sub);
      return answer(off, buildScreen(node, off, env, [{ id: M.unsubscribed }]), [
        { type: 'node_action', node: node.id, action: ALERTS_ACTIONS.unsubscribe },
      ]);
    }
    return null;
  },
  targets: () => [],
  messages: () => Object.values(ALERTS_NODE_MESSAGES),
};
