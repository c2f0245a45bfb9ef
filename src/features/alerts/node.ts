import type {
  ActionOf,
  Env,
  FlowNode,
  Msg,
  NodeResult,
  NodeType,
  Option,
  ResumeEvent,
  ResumeOf,
  Screen,
  SessionState,
} from '../../kernel/engine/types.js';
import { navFor } from '../../kernel/engine/nodes/links.js';
import { FALLBACK_ID } from '../../kernel/engine/screens.js';

/** Message ids the `alerts` node type shows besides its node's `text` (checked in every enabled locale). */
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
  /** STOP and START, anywhere in the bot. */
  stopped: 'alerts-stopped',
  notSubscribed: 'alerts-not-subscribed',
  resumed: 'alerts-resumed',
  /** The region list of a subscription without regions. */
  everywhere: 'alerts-everywhere',
} as const;

const M = ALERTS_NODE_MESSAGES;

/** Actions the app carries out for safety alerts; their outcomes come back as {@link AlertsResume}. */
export const ALERTS_ACTIONS = {
  /** Arriving on the node: read the person's subscription. */
  load: 'alerts_load',
  /** `data.regions`: the region ids to subscribe to (replaces earlier ones). */
  subscribe: 'alerts_subscribe',
  unsubscribe: 'alerts_unsubscribe',
  /** STOP, anywhere: stop the subscription. */
  stop: 'alerts_stop',
  /** START, anywhere: resume a stopped subscription with its regions. */
  resume: 'alerts_resume',
} as const;

/** Represents an effect of the alerts node type, with its data. */
export type AlertsAction = ActionOf<{
  alerts_load: undefined;
  alerts_subscribe: { readonly regions: readonly string[] };
  alerts_unsubscribe: undefined;
  alerts_stop: undefined;
  alerts_resume: undefined;
}>;

/** Represents the outcome of an alerts action, as the app feeds it back. */
export type AlertsResume = ResumeOf<{
  /** `sub`: the active subscription's regions, null when none; `pick`: the regions to show ticked. */
  alerts_load: {
    readonly result: 'loaded';
    readonly data: { readonly sub: readonly string[] | null; readonly pick: readonly string[] };
  };
  alerts_subscribe: { readonly result: 'saved' };
  alerts_unsubscribe: { readonly result: 'saved' };
  /** `regions`: those of the subscription before (they stay ticked, so subscribing again is one tap). */
  alerts_stop:
    | { readonly result: 'stopped'; readonly data: { readonly regions: readonly string[] } }
    | { readonly result: 'not_subscribed'; readonly data: { readonly regions: readonly string[] } };
  /** `nothing`: no stopped subscription to resume. */
  alerts_resume:
    | { readonly result: 'resumed'; readonly data: { readonly regions: readonly string[] } }
    | { readonly result: 'nothing' };
}>;

const ACTIONS = Object.values(ALERTS_ACTIONS) as readonly string[];

/** True when an effect is one of the alerts node type's (for the app: `effect.data` is then typed). */
export function isAlertsAction(effect: { readonly action: string }): effect is AlertsAction {
  return ACTIONS.includes(effect.action);
}

const REGION_PREFIX = 'r:';
const KEY_SAVE = 'save';
const KEY_OFF = 'off';

/** The subscription as the app loaded it (`sub`, null when not subscribed) and the regions ticked on screen. */
interface AlertsData {
  readonly sub: readonly string[] | null;
  readonly pick: readonly string[];
}

/** Anything missing or malformed means "not subscribed, nothing ticked". */
function readData(state: SessionState): AlertsData {
  const d = state.data ?? {};
  const list = (v: unknown): string[] | null =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : null;
  return { sub: list(d.sub), pick: list(d.pick) ?? [] };
}

/** `pick` defaults to the subscribed regions. */
function withData(
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

/** The names of regions, as a list the translator joins ("everywhere" when none). */
function regionNames(ids: readonly string[], env: Env): Msg | Msg[] {
  const names = regionsOf(env)
    .filter((r) => ids.includes(r.id))
    .map((r) => ({ id: r.label }));
  return names.length ? names : { id: M.everywhere };
}

function buildScreen(node: FlowNode, state: SessionState, env: Env, before: Msg[] = []): Screen {
  const { sub, pick } = readData(state);
  const on = sub !== null;
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

function answer(state: SessionState, screen: Screen, effects: NodeResult['effects'] = []): NodeResult {
  return { state, outbox: [screen], effects };
}

/** A notice, then the screen the person is on (its alerts data refreshed if it is the alerts screen). */
function told(
  node: FlowNode | undefined,
  state: SessionState,
  notice: Msg,
  sub: readonly string[] | null,
  pick: readonly string[],
): NodeResult {
  return { state: node ? withData(state, sub, pick) : state, outbox: [{ kind: 'notice', body: [notice] }] };
}

function resumed(node: FlowNode | undefined, state: SessionState, event: AlertsResume, env: Env): NodeResult | null {
  switch (event.action) {
    case 'alerts_load':
      if (!node) return null;
      return { state: event.result === 'loaded' ? withData(state, event.data.sub, event.data.pick) : state };
    case 'alerts_subscribe':
    case 'alerts_unsubscribe':
      return null; // the screen already shows the new subscription
    case 'alerts_stop':
      if (event.result === 'failed') return { state, outbox: [{ kind: 'notice', body: [{ id: FALLBACK_ID }] }] };
      return told(
        node,
        state,
        { id: event.result === 'stopped' ? M.stopped : M.notSubscribed },
        null,
        event.data.regions,
      );
    case 'alerts_resume':
      if (event.result === 'resumed') {
        const { regions } = event.data;
        return told(node, state, { id: M.resumed, args: { regions: regionNames(regions, env) } }, regions, regions);
      }
      if (event.result === 'failed') return { state, outbox: [{ kind: 'notice', body: [{ id: FALLBACK_ID }] }] };
      // START with nothing to resume means "menu", as it did before alerts existed: nobody typing it is stranded.
      return { state, go: { home: true } };
  }
}

/**
 * Safety alerts: subscribe by region, change regions, unsubscribe, and STOP / START from anywhere in the bot.
 * The app loads the subscription on arrival (`alerts_load`), stores what the person saves (`alerts_subscribe`,
 * `alerts_unsubscribe`), and stops or resumes it for STOP / START (`alerts_stop`, `alerts_resume`). Regions come
 * from the org settings; an organisation without regions offers a single Subscribe button ("everywhere").
 * Cases: tests/kernel/engine/nodes/alerts.yaml; app side: tests/features/alerts/alerts.test.ts.
 */
export const alertsNode: NodeType = {
  type: 'alerts',
  returnsHome: true,
  owns: { commands: ['stop', 'start_alerts'], actions: ACTIONS },
  screen: (node, state, env) => buildScreen(node, state, env),
  enter: (node, state) => ({
    state: withData(state, null),
    effects: [{ type: 'action', action: ALERTS_ACTIONS.load, node: node.id }],
    quiet: true,
  }),
  handle: (node, state, event, env) => {
    if (event.type !== 'choice') return null;
    const { sub, pick } = readData(state);
    if (event.key.startsWith(REGION_PREFIX)) {
      const id = event.key.slice(REGION_PREFIX.length);
      if (!regionsOf(env).some((r) => r.id === id)) return null;
      const next = pick.includes(id) ? pick.filter((p) => p !== id) : [...pick, id];
      const moved = withData(state, sub, ordered(next, env));
      return answer(moved, buildScreen(node, moved, env));
    }
    if (event.key === KEY_SAVE) {
      const regions = ordered(pick, env);
      if (regionsOf(env).length && !regions.length)
        return answer(state, buildScreen(node, state, env, [{ id: M.pickOne }]));
      const saved = withData(state, regions);
      return answer(saved, buildScreen(node, saved, env, [{ id: sub ? M.saved : M.subscribed }]), [
        { type: 'action', action: ALERTS_ACTIONS.subscribe, node: node.id, data: { regions } },
      ]);
    }
    if (event.key === KEY_OFF && sub !== null) {
      // The regions stay ticked, so subscribing again is one tap.
      const off = withData(state, null, sub);
      return answer(off, buildScreen(node, off, env, [{ id: M.unsubscribed }]), [
        { type: 'action', action: ALERTS_ACTIONS.unsubscribe, node: node.id },
      ]);
    }
    return null;
  },
  command: (node, state, name) => {
    const action = name === 'stop' ? ALERTS_ACTIONS.stop : name === 'start_alerts' ? ALERTS_ACTIONS.resume : null;
    if (!action) return null;
    return { state, effects: [{ type: 'action', action, ...(node ? { node: node.id } : {}) }], quiet: true };
  },
  resume: (node, state, event, env) =>
    event.type === 'resume' ? resumed(node, state, event as AlertsResume & ResumeEvent, env) : null,
  targets: () => [],
  messages: () => Object.values(ALERTS_NODE_MESSAGES),
};
