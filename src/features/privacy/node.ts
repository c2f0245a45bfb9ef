import type { NodeType } from '../../kernel/engine/node-type.js';
import type { FlowNode, Msg, Option, Screen, SessionState, StepResult, Env } from '../../kernel/engine/types.js';
import { navFor } from '../../kernel/engine/nodes/links.js';

/** Message ids the `privacy` node shows besides its own `text` (checked in every enabled locale). */
export const PRIVACY_NODE_MESSAGES = {
  clearButton: 'privacy-clear-btn',
  disappearButton: 'privacy-disappear-btn',
  forgetButton: 'privacy-forget-btn',
  /** "Disappearing messages: on, after { $after }." with a nested duration message. */
  statusOn: 'privacy-disappear-status-on',
  statusOff: 'privacy-disappear-status-off',
  disappearPrompt: 'privacy-disappear-prompt',
  offButton: 'privacy-disappear-off-btn',
  after5: 'privacy-after-5m',
  after60: 'privacy-after-1h',
  after1440: 'privacy-after-24h',
} as const;

/** Actions the app carries out for a `privacy` node (effects of type `node_action`). */
export const PRIVACY_ACTIONS = {
  /** Arriving on the node: the app loads the disappearing setting into the node data. */
  load: 'privacy_load',
  /** `data.minutes`: a number of minutes, or null to turn disappearing messages off. */
  disappear: 'privacy_disappear',
} as const;

/** The delays people can choose for disappearing messages, in minutes (all within Telegram's 48 hours). */
export const DISAPPEAR_CHOICES: Readonly<Record<number, string>> = {
  5: PRIVACY_NODE_MESSAGES.after5,
  60: PRIVACY_NODE_MESSAGES.after60,
  1440: PRIVACY_NODE_MESSAGES.after1440,
};

const KEY_CLEAR = 'clear';
const KEY_DISAPPEAR = 'disappear';
const KEY_FORGET = 'forget';
const DISAPPEAR_PREFIX = 'd:';
const KEY_OFF = 'd:off';

/** Represents the node data of a `privacy` screen: the setting as the app loaded it, and whether the delay picker shows. */
export interface PrivacyData {
  readonly disappear: number | null;
  readonly picking: boolean;
}

/** Reads the privacy data of a state; anything missing or malformed means "off, not picking". */
export function privacyData(state: SessionState): PrivacyData {
  const d = state.data ?? {};
  const minutes = typeof d.disappear === 'number' && DISAPPEAR_CHOICES[d.disappear] ? d.disappear : null;
  return { disappear: minutes, picking: d.picking === true };
}

/** Returns `state` with the disappearing setting the app loaded or stored. */
export function withPrivacyData(state: SessionState, disappear: number | null, picking = false): SessionState {
  return { ...state, data: { disappear, picking } };
}

function status(disappear: number | null): Msg {
  const M = PRIVACY_NODE_MESSAGES;
  const after = disappear === null ? undefined : DISAPPEAR_CHOICES[disappear];
  return after ? { id: M.statusOn, args: { after: { id: after } } } : { id: M.statusOff };
}

function buildScreen(node: FlowNode, state: SessionState, env: Env): Screen {
  const M = PRIVACY_NODE_MESSAGES;
  const { disappear, picking } = privacyData(state);
  const nav = navFor(node, state, env);
  if (picking) {
    const options: Option[] = Object.entries(DISAPPEAR_CHOICES).map(([minutes, label]) => ({
      key: DISAPPEAR_PREFIX + minutes,
      label: { id: label },
      ...(disappear === Number(minutes) ? { selected: true } : {}),
    }));
    options.push({ key: KEY_OFF, label: { id: M.offButton }, ...(disappear === null ? { selected: true } : {}) });
    return {
      kind: 'screen',
      node: node.id,
      display: 'menu',
      body: [{ id: M.disappearPrompt }, status(disappear)],
      options,
      nav,
    };
  }
  return {
    kind: 'screen',
    node: node.id,
    display: 'menu',
    body: [{ id: node.text }, status(disappear)],
    options: [
      { key: KEY_CLEAR, label: { id: M.clearButton } },
      { key: KEY_DISAPPEAR, label: { id: M.disappearButton } },
      { key: KEY_FORGET, label: { id: M.forgetButton } },
    ],
    nav,
  };
}

function answer(state: SessionState, env: Env, node: FlowNode, effects: StepResult['effects'] = []): StepResult {
  return { state, outbox: [buildScreen(node, state, env)], effects };
}

/**
 * Privacy: clear this chat, disappearing messages, delete my data. The node
 * is pure: "clear" and "forget" become the app commands of the same name
 * (the app asks before forgetting), and the disappearing delay is stored by
 * the app (`privacy_disappear`) after it loaded the current one on arrival
 * (`privacy_load`). Cases: tests/kernel/engine/nodes/privacy.yaml; app side:
 * tests/features/privacy/privacy.test.ts.
 */
export const privacyNode: NodeType = {
  type: 'privacy',
  returnsHome: true,
  screen: (node, state, env) => buildScreen(node, state, env),
  enter: (node, state) => ({
    state: withPrivacyData(state, null),
    outbox: [],
    effects: [{ type: 'node_action', node: node.id, action: PRIVACY_ACTIONS.load }],
  }),
  handle: (node, state, event, env) => {
    if (event.type !== 'choice') return null;
    const { disappear, picking } = privacyData(state);
    if (event.key === KEY_CLEAR || event.key === KEY_FORGET) {
      return { state, outbox: [buildScreen(node, state, env)], effects: [{ type: 'command', name: event.key }] };
    }
    if (event.key === KEY_DISAPPEAR) return answer(withPrivacyData(state, disappear, true), env, node);
    if (picking && event.key.startsWith(DISAPPEAR_PREFIX)) {
      const minutes = event.key === KEY_OFF ? null : Number(event.key.slice(DISAPPEAR_PREFIX.length));
      if (minutes !== null && !DISAPPEAR_CHOICES[minutes]) return null;
      const effect = {
        type: 'node_action' as const,
        node: node.id,
        action: PRIVACY_ACTIONS.disappear,
        data: { minutes },
      };
      return answer(withPrivacyData(state, minutes), env, node, [effect]);
    }
    return null;
  },
  targets: () => [],
  messages: () => Object.values(PRIVACY_NODE_MESSAGES),
};
