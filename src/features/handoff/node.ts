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
  SessionState,
  UnsupportedKind,
} from '../../kernel/engine/types.js';
import { answered, asking, questionScreen, yesOrNo, type YesNo } from '../../kernel/engine/question.js';
import { HANDOFF_MESSAGES as M } from './messages.js';

/** "There is no chat with a peer supporter to end": the answer to /end outside a chat. */
export const HANDOFF_NO_CHAT_ID = 'handoff-no-chat';

/** The actions the app carries out for the hand-off; their outcomes come back as {@link HandoffResume}. */
export const HANDOFF_ACTIONS = {
  /** Arriving on the node: open a case (the app decides: open, out of hours, or unavailable). */
  openCase: 'open_case',
  /** Out of hours, "leave a message": open a queued case. */
  leaveMessage: 'leave_message',
  /** Pass on what the person just sent (the app has it; the effect carries no text). */
  relay: 'relay',
  /** A link tapped during the wait (e.g. "ask for a call back instead"): leave the line, unless someone has joined. */
  leaveLine: 'leave_line',
  /** The person confirmed ending the chat. */
  endChat: 'end_chat',
} as const;

/** The notification topic of the hand-off: things staff do that the person should hear about. */
export const HANDOFF_TOPIC = 'handoff';

/** Represents an effect of the hand-off node, with its data. */
export type HandoffAction = ActionOf<{
  open_case: { readonly from: string | null };
  leave_message: { readonly from: string | null };
  relay: undefined;
  leave_line: undefined;
  end_chat: undefined;
}>;

/** Represents the outcome of a hand-off action, as the app feeds it back. */
export type HandoffResume = ResumeOf<{
  open_case:
    | { readonly result: 'opened' }
    | { readonly result: 'off_hours'; readonly data: { readonly hours: string } }
    | { readonly result: 'unavailable' };
  leave_message: { readonly result: 'queued' } | { readonly result: 'unavailable' };
  /** `unavailable`: staff cannot be reached (or the person is banned); `not_relayable`: nothing to pass on. */
  relay:
    | { readonly result: 'relayed' }
    | { readonly result: 'unavailable' }
    | { readonly result: 'not_relayable' }
    | { readonly result: 'no_case' };
  leave_line: { readonly result: 'left' } | { readonly result: 'claimed' };
  end_chat: { readonly result: 'ended' };
}>;

/** Represents what staff did that a person in a hand-off hears about. */
export type HandoffNotify = { readonly type: 'notify'; readonly topic: typeof HANDOFF_TOPIC } & (
  | { readonly what: 'joined' }
  /** `buttons`: the channel shows buttons, so the node's links (a callback instead) can be offered. */
  | { readonly what: 'still_waiting'; readonly data: { readonly position: number; readonly buttons: boolean } }
  | { readonly what: 'closed' }
  /** Before each message: whether the person has an open case (the case is the truth, the session follows). */
  | { readonly what: 'sync'; readonly data: { readonly open: boolean } }
);

const ACTIONS = Object.values(HANDOFF_ACTIONS) as readonly string[];

/** True when an effect is one of the hand-off's (for the app: `effect.data` is then typed). */
export function isHandoffAction(effect: { readonly action: string }): effect is HandoffAction {
  return ACTIONS.includes(effect.action);
}

/** `opening` waits for open_case; `off_hours` shows the hours; `chat` holds the conversation until it ends. */
type Phase = 'opening' | 'off_hours' | 'chat';

interface HandoffData {
  readonly phase: Phase | undefined;
  /** The screen the person came from (on the staff card). */
  readonly from: string | null;
  readonly hours: string;
  /** The link followed once the line is left. */
  readonly leaving: string | undefined;
}

const PHASES: readonly string[] = ['opening', 'off_hours', 'chat'];
const KEY_LEAVE = 'leave-message';
const END: YesNo = {
  yes: { key: 'end-yes', label: { id: M.endYes } },
  no: { key: 'end-no', label: { id: M.endNo } },
};
/** What can reach a supporter as it is: text, and photos, voice notes, videos and documents (as copies). */
const RELAYABLE: readonly UnsupportedKind[] = ['photo', 'voice', 'video', 'document'];

function readData(state: SessionState): HandoffData {
  const d = state.data;
  return {
    phase: typeof d?.phase === 'string' && PHASES.includes(d.phase) ? (d.phase as Phase) : undefined,
    from: typeof d?.from === 'string' ? d.from : null,
    hours: typeof d?.hours === 'string' ? d.hours : '',
    leaving: typeof d?.leaving === 'string' ? d.leaving : undefined,
  };
}

function withData(state: SessionState, data: Partial<HandoffData>): SessionState {
  const clean = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
  return { ...state, data: clean };
}

const notice = (id: string, args?: Msg['args']): Notice => ({ kind: 'notice', body: [args ? { id, args } : { id }] });

/** The alternatives a hand-off node links to in the flow (e.g. a callback request), as options. */
function links(node: FlowNode, env: Env): Option[] {
  return (node.options ?? [])
    .filter((o) => env.graph.nodes.has(o.to))
    .map((o) => ({ key: o.to, label: { id: o.label } }));
}

function say(state: SessionState, id: string, args?: Msg['args']): NodeResult {
  return { state, outbox: [notice(id, args)], quiet: true };
}

function home(state: SessionState, id: string): NodeResult {
  return { state, outbox: [notice(id)], go: { home: true } };
}

/** While a chat is open, every input stays in it: the menu is muted and messages go to the supporter. */
function inChat(
  node: FlowNode,
  state: SessionState,
  event: Parameters<NonNullable<NodeType['capture']>>[2],
  env: Env,
): NodeResult | null {
  const relay: NodeResult = {
    state,
    effects: [{ type: 'action', action: HANDOFF_ACTIONS.relay, node: node.id }],
    quiet: true,
  };
  switch (event.type) {
    case 'command':
      if (event.name === 'end' || event.name === 'stop') {
        // A mistyped /end must not drop someone mid-conversation: ask first.
        const asked = asking(state, 'handoff', 'end', env);
        return { state: asked, outbox: [questionScreen(node.id, [{ id: M.confirmEnd }], END)] };
      }
      // Quick exits (privacy) work during a chat.
      if (event.name === 'forget' || event.name === 'clear') return null;
      return say(state, M.menuPaused);
    case 'choice':
      if (event.key === 'back' || event.key === 'home') return say(state, M.menuPaused);
      if (links(node, env).some((l) => l.key === event.key)) {
        const leaving = withData(state, { ...readData(state), leaving: event.key });
        return {
          state: leaving,
          effects: [{ type: 'action', action: HANDOFF_ACTIONS.leaveLine, node: node.id }],
          quiet: true,
        };
      }
      return say(state, M.cannotRelay);
    case 'text':
      // Empty text is what a malformed or forged button becomes: nothing to pass on.
      return event.text === '' ? say(state, M.cannotRelay) : relay;
    case 'unsupported':
      return RELAYABLE.includes(event.kind) ? relay : say(state, M.cannotRelay);
    default:
      return say(state, M.cannotRelay);
  }
}

function resumed(node: FlowNode | undefined, state: SessionState, event: HandoffResume): NodeResult | null {
  const data = readData(state);
  switch (event.action) {
    case 'open_case':
    case 'leave_message': {
      if (!node) return null;
      const here: SessionState = { ...state, node: node.id, trail: [node.id] };
      if (event.result === 'opened' || event.result === 'queued')
        return say(withData(here, { phase: 'chat' }), event.result === 'opened' ? M.opened : M.queued);
      if (event.result === 'off_hours')
        return { state: withData(here, { phase: 'off_hours', from: data.from, hours: event.data.hours }) };
      return home(state, M.unavailable);
    }
    case 'relay':
      if (event.result === 'relayed') return { state, quiet: true };
      if (event.result === 'not_relayable') return say(state, M.cannotRelay);
      if (event.result === 'no_case') return home(state, M.ended);
      return say(state, M.unavailable);
    case 'leave_line': {
      const stay = withData(state, { ...data, leaving: undefined });
      if (event.result === 'left' && data.leaving) return { state: stay, go: { to: data.leaving } };
      return say(stay, M.menuPaused);
    }
    case 'end_chat':
      return home(state, M.ended);
  }
}

/**
 * Brings the conversation in line with the case: a chat whose case was closed behind it (or a session from before
 * a restart) lets go, quietly, at home; an open case the session does not know of (a session purged or saved before
 * phases existed) is a chat again, on the hand-off node. Nothing is shown: the person's message comes next.
 */
function synced(state: SessionState, open: boolean, env: Env, current: FlowNode | undefined): NodeResult | null {
  const chatting = current !== undefined && readData(state).phase === 'chat';
  if (open === chatting) return null;
  const ask = state.ask?.by === 'handoff' ? undefined : state.ask;
  const { data: _data, ask: _ask, ...rest } = state;
  if (!open)
    return { state: { ...rest, ...(ask ? { ask } : {}), node: env.graph.home, trail: [env.graph.home] }, quiet: true };
  const node = current ?? [...env.graph.nodes.values()].find((n) => n.type === 'handoff');
  if (!node || !state.locale) return null;
  return {
    state: { ...rest, ...(ask ? { ask } : {}), node: node.id, trail: [node.id], data: { phase: 'chat' } },
    quiet: true,
  };
}

function notified(
  state: SessionState,
  event: HandoffNotify,
  env: Env,
  current: FlowNode | undefined,
): NodeResult | null {
  switch (event.what) {
    case 'sync':
      return synced(state, event.data.open, env, current);
    case 'joined':
      return say(state, M.joined);
    case 'closed':
      return home(state, M.closedByStaff);
    case 'still_waiting': {
      const body: Msg[] = [{ id: M.stillWaiting, args: { position: event.data.position } }];
      // Buttons only: on WhatsApp a typed number would be taken for a message to the supporter.
      const node = [current, ...env.graph.nodes.values()].find((n) => n?.type === 'handoff' && links(n, env).length);
      if (!event.data.buttons || !node) return { state, outbox: [{ kind: 'notice', body }], quiet: true };
      return {
        state,
        outbox: [{ kind: 'screen', node: node.id, display: 'prompt', body, options: links(node, env), nav: [] }],
        quiet: true,
      };
    }
  }
}

/**
 * Talk to a peer supporter. Arriving asks the app to open a case; the outcome decides what the person sees: the
 * chat is open (or queued), the hours when nobody is on shift (with "leave a message" and the node's links,
 * e.g. a callback request), or "cannot be reached" and the menu. While the chat is open the node holds the
 * conversation: messages go to the supporter (`relay`), the menu is paused, a link from the still-waiting reminder
 * leaves the line, and /end (or STOP) asks first. What staff do (join, close) reaches the person as
 * notifications on the `handoff` topic. Cases: tests/kernel/engine/nodes/handoff.yaml; app side:
 * tests/features/handoff/handoff.test.ts.
 */
export const handoffNode: NodeType = {
  type: 'handoff',
  returnsHome: true,
  owns: { commands: ['end'], actions: ACTIONS, topics: [HANDOFF_TOPIC] },
  screen: (node, state, env) => {
    const data = readData(state);
    if (data.phase === 'off_hours')
      return {
        kind: 'screen',
        node: node.id,
        display: 'prompt',
        body: [{ id: M.offHours, args: { hours: data.hours } }],
        options: [{ key: KEY_LEAVE, label: { id: M.leaveMessageButton } }, ...links(node, env)],
        nav: ['home'],
      };
    return { kind: 'screen', node: node.id, display: 'info', body: [{ id: node.text }], options: [], nav: [] };
  },
  holds: (_node, state) => readData(state).phase === 'chat',
  enter: (node, state) => {
    const from = state.trail.at(-2) ?? null;
    return {
      state: withData(state, { phase: 'opening', from }),
      effects: [{ type: 'action', action: HANDOFF_ACTIONS.openCase, node: node.id, data: { from } }],
      quiet: true,
    };
  },
  capture: (node, state, event, env) => (readData(state).phase === 'chat' ? inChat(node, state, event, env) : null),
  handle: (node, state, event) => {
    const data = readData(state);
    if (data.phase !== 'off_hours' || event.type !== 'choice' || event.key !== KEY_LEAVE) return null;
    return {
      state,
      effects: [{ type: 'action', action: HANDOFF_ACTIONS.leaveMessage, node: node.id, data: { from: data.from } }],
      quiet: true,
    };
  },
  answer: (node, state, question, event) => {
    if (question.what !== 'end') return null;
    const said = yesOrNo(event, END);
    if (!said) return null;
    if (!node || readData(state).phase !== 'chat') return say(answered(state), HANDOFF_NO_CHAT_ID);
    if (said === 'no') return say(answered(state), M.continuing);
    return {
      state: answered(state),
      effects: [{ type: 'action', action: HANDOFF_ACTIONS.endChat, node: node.id }],
      quiet: true,
    };
  },
  command: (_node, state, name, env) => {
    // Only reached outside a chat (a chat captures /end itself).
    if (name !== 'end' || ![...env.graph.nodes.values()].some((n) => n.type === 'handoff')) return null;
    return { state, outbox: [notice(HANDOFF_NO_CHAT_ID)] };
  },
  resume: (node, state, event: ResumeEvent | NotifyEvent, env) =>
    event.type === 'notify'
      ? notified(state, event as HandoffNotify, env, node)
      : resumed(node, state, event as HandoffResume),
  targets: (node) => (node.options ?? []).map((o) => o.to),
  messages: () => [HANDOFF_NO_CHAT_ID],
};
