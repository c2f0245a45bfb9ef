import type {
  ActionOf,
  Env,
  FlowNode,
  Msg,
  NodeResult,
  NodeType,
  Notice,
  NotifyEvent,
  Option,
  ResumeEvent,
  ResumeOf,
  Screen,
  SessionState,
} from '../../kernel/engine/types.js';
import { navFor } from '../../kernel/engine/nodes/links.js';
import { FALLBACK_ID } from '../../kernel/engine/screens.js';
import { answered, asking, questionScreen, yesOrNo, type YesNo } from '../../kernel/engine/question.js';

/** Message ids the `privacy` node type shows (checked in every enabled locale). */
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
  forgetConfirm: 'privacy-forget-confirm',
  forgetYes: 'privacy-forget-yes',
  forgetNo: 'privacy-forget-no',
  forgetCancelled: 'privacy-forget-cancelled',
  forgotten: 'privacy-forgotten',
  cleared: 'privacy-cleared',
  clearedWhatsapp: 'privacy-cleared-whatsapp',
  clearUnavailable: 'privacy-clear-unavailable',
  slowDown: 'privacy-slow-down',
} as const;

const M = PRIVACY_NODE_MESSAGES;

/** Actions the app carries out for privacy; their outcomes come back as {@link PrivacyResume}. */
export const PRIVACY_ACTIONS = {
  /** Arriving on the node: read the disappearing-messages setting. */
  load: 'privacy_load',
  /** `data.minutes`: a number of minutes, or null to turn disappearing messages off. */
  disappear: 'privacy_disappear',
  /** "Clear this chat": delete the chat's recent messages where the platform allows. */
  clear: 'privacy_clear',
  /** "Delete my data", confirmed: close an open case, clear the chat, delete every row about the person. */
  forget: 'privacy_forget',
} as const;

/** The notification topic of privacy (the rate limit's "slow down"). */
export const PRIVACY_TOPIC = 'privacy';

/** Represents an effect of the privacy node type, with its data. */
export type PrivacyAction = ActionOf<{
  privacy_load: undefined;
  privacy_disappear: { readonly minutes: number | null };
  privacy_clear: undefined;
  privacy_forget: undefined;
}>;

/** Represents the outcome of a privacy action, as the app feeds it back. */
export type PrivacyResume = ResumeOf<{
  privacy_load: { readonly result: 'loaded'; readonly data: { readonly minutes: number | null } };
  privacy_disappear: { readonly result: 'saved' };
  /** `cleared_bot_only`: the platform let the bot delete its own messages only (WhatsApp). */
  privacy_clear:
    { readonly result: 'cleared' } | { readonly result: 'cleared_bot_only' } | { readonly result: 'unavailable' };
  privacy_forget: { readonly result: 'forgotten' };
}>;

/** Represents a privacy notification: the person is over the rate limit and ignored for `minutes`. */
export type PrivacyNotify = {
  readonly type: 'notify';
  readonly topic: typeof PRIVACY_TOPIC;
  readonly what: 'slow_down';
  readonly data: { readonly minutes: number };
};

const ACTIONS = Object.values(PRIVACY_ACTIONS) as readonly string[];

/** True when an effect is one of privacy's (for the app: `effect.data` is then typed). */
export function isPrivacyAction(effect: { readonly action: string }): effect is PrivacyAction {
  return ACTIONS.includes(effect.action);
}

/** The delays people can choose for disappearing messages, in minutes (all within Telegram's 48 hours). */
export const DISAPPEAR_CHOICES: Readonly<Record<number, string>> = {
  5: M.after5,
  60: M.after60,
  1440: M.after1440,
};

const KEY_CLEAR = 'clear';
const KEY_DISAPPEAR = 'disappear';
const KEY_FORGET = 'forget';
const DISAPPEAR_PREFIX = 'd:';
const KEY_OFF = 'd:off';
/** The question's screen name (Telegram button data carries it). */
const FORGET_SCREEN = 'privacy-forget';
const FORGET: YesNo = {
  yes: { key: 'forget-yes', label: { id: M.forgetYes } },
  no: { key: 'forget-no', label: { id: M.forgetNo } },
};
/** A "yes" later than this after the question no longer counts. */
const CONFIRM_TTL_MS = 10 * 60_000;

interface PrivacyData {
  readonly disappear: number | null;
  readonly picking: boolean;
}

/** Anything missing or malformed means "off, not picking". */
function readData(state: SessionState): PrivacyData {
  const d = state.data ?? {};
  const minutes = typeof d.disappear === 'number' && DISAPPEAR_CHOICES[d.disappear] ? d.disappear : null;
  return { disappear: minutes, picking: d.picking === true };
}

function withData(state: SessionState, disappear: number | null, picking = false): SessionState {
  return { ...state, data: { disappear, picking } };
}

const notice = (id: string, args?: Msg['args']): Notice => ({ kind: 'notice', body: [args ? { id, args } : { id }] });

function status(disappear: number | null): Msg {
  const after = disappear === null ? undefined : DISAPPEAR_CHOICES[disappear];
  return after ? { id: M.statusOn, args: { after: { id: after } } } : { id: M.statusOff };
}

function buildScreen(node: FlowNode, state: SessionState, env: Env): Screen {
  const { disappear, picking } = readData(state);
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

/** "Delete my data?": asked wherever the person is, so "no" leaves them there. */
function askForget(state: SessionState, env: Env): NodeResult {
  return {
    state: asking(state, 'privacy', 'forget', env),
    outbox: [questionScreen(FORGET_SCREEN, [{ id: M.forgetConfirm }], FORGET)],
  };
}

/** "Clear this chat": no question asked (a quick exit); any open question goes with the chat. */
function clear(state: SessionState): NodeResult {
  return { state: answered(state), effects: [{ type: 'action', action: PRIVACY_ACTIONS.clear }], quiet: true };
}

function resumed(node: FlowNode | undefined, state: SessionState, event: PrivacyResume, env: Env): NodeResult | null {
  switch (event.action) {
    case 'privacy_load':
      if (!node) return null;
      return { state: withData(state, event.result === 'loaded' ? event.data.minutes : null) };
    case 'privacy_disappear':
      return null; // the screen already shows the new setting
    case 'privacy_clear': {
      const id =
        event.result === 'cleared'
          ? M.cleared
          : event.result === 'cleared_bot_only'
            ? M.clearedWhatsapp
            : M.clearUnavailable;
      return { state, outbox: [notice(id)], quiet: true };
    }
    case 'privacy_forget':
      if (event.result === 'failed') return { state, outbox: [notice(FALLBACK_ID)], quiet: true };
      // No state is kept for someone who no longer exists here; the next message starts afresh.
      return {
        state: { v: 1, node: env.graph.language, trail: [env.graph.language] },
        outbox: [notice(M.forgotten)],
        effects: [{ type: 'end_session' }],
        quiet: true,
      };
  }
}

/**
 * Privacy: clear this chat, disappearing messages, delete my data. /clear and /forget (and the screen's buttons)
 * work from anywhere, even during a chat with a peer supporter. "Delete my data" asks first, as a question over
 * wherever the person is: "yes" within ten minutes asks the app to forget them (`privacy_forget`); "no", a late
 * "yes" or anything else drops the question and shows where they were. Clearing drops an open question too. The
 * app stores the disappearing delay (`privacy_disappear`) after loading it on arrival (`privacy_load`), and tells
 * someone over the rate limit to slow down (topic `privacy`). Cases: tests/kernel/engine/nodes/privacy.yaml; app
 * side: tests/features/privacy/privacy.test.ts.
 */
export const privacyNode: NodeType = {
  type: 'privacy',
  returnsHome: true,
  owns: { commands: ['forget', 'clear'], actions: ACTIONS, topics: [PRIVACY_TOPIC] },
  screen: (node, state, env) => buildScreen(node, state, env),
  enter: (node, state) => ({
    state: withData(state, null),
    effects: [{ type: 'action', action: PRIVACY_ACTIONS.load, node: node.id }],
    quiet: true,
  }),
  handle: (node, state, event, env) => {
    if (event.type !== 'choice') return null;
    const { disappear, picking } = readData(state);
    if (event.key === KEY_CLEAR) return clear(state);
    if (event.key === KEY_FORGET) return askForget(state, env);
    if (event.key === KEY_DISAPPEAR) return { state: withData(state, disappear, true) };
    if (picking && event.key.startsWith(DISAPPEAR_PREFIX)) {
      const minutes = event.key === KEY_OFF ? null : Number(event.key.slice(DISAPPEAR_PREFIX.length));
      if (minutes !== null && !DISAPPEAR_CHOICES[minutes]) return null;
      return {
        state: withData(state, minutes),
        effects: [{ type: 'action', action: PRIVACY_ACTIONS.disappear, node: node.id, data: { minutes } }],
      };
    }
    return null;
  },
  command: (_node, state, name, env) =>
    name === 'forget' ? askForget(state, env) : name === 'clear' ? clear(state) : null,
  answer: (_node, state, question, event, env) => {
    if (question.what !== 'forget') return null;
    if (yesOrNo(event, FORGET) === 'yes' && env.now() - question.at <= CONFIRM_TTL_MS)
      return { state: answered(state), effects: [{ type: 'action', action: PRIVACY_ACTIONS.forget }], quiet: true };
    if (event.type === 'command' && event.name === 'forget') return askForget(answered(state), env);
    if (event.type === 'command' && event.name === 'clear') return clear(state);
    // "No", a late "yes", or anything else: the question is dropped, so no later tap or number can delete.
    return { state: answered(state), outbox: [notice(M.forgetCancelled)] };
  },
  resume: (node, state, event: ResumeEvent | NotifyEvent, env) => {
    if (event.type === 'resume') return resumed(node, state, event as PrivacyResume, env);
    const slow = event as PrivacyNotify;
    return { state, outbox: [notice(M.slowDown, { minutes: slow.data.minutes })], quiet: true };
  },
  targets: () => [],
  messages: () => Object.values(PRIVACY_NODE_MESSAGES),
};
