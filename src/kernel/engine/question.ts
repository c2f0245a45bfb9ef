import type { Env, Event, Msg, Question, Screen, SessionState } from './types.js';

/**
 * A yes/no question laid over the node a person is on ("End the chat?", "Delete my data?"), for node types that
 * ask one. The type that asks sets `state.ask` with {@link asking} and shows {@link questionScreen}; while the
 * question is open the engine hands every input to that type's `answer` first, which reads it with
 * {@link yesOrNo} and drops the question with {@link answered}. "No" leaves the person exactly where they were,
 * node data and all. Cases: tests/kernel/engine/nodes/handoff.yaml and privacy.yaml.
 */

/** Represents the two answers of a question: their option keys and labels. */
export interface YesNo {
  readonly yes: { readonly key: string; readonly label: Msg };
  readonly no: { readonly key: string; readonly label: Msg };
}

/** Returns `state` with a question of `by` open, asked now. */
export function asking(state: SessionState, by: string, what: string, env: Env): SessionState {
  return { ...state, ask: { by, what, at: env.now() } };
}

/** Returns `state` with no open question. */
export function answered(state: SessionState): SessionState {
  const { ask: _ask, ...rest } = state;
  return rest;
}

/** True when `state` has the question `what` of `by` open. */
export function isAsking(state: SessionState, by: string, what: string): state is SessionState & { ask: Question } {
  return state.ask?.by === by && state.ask.what === what;
}

/** Reads a yes/no answer: a tap on the question's own buttons, or on WhatsApp 1 (yes) and 2 (no); else null. */
export function yesOrNo(event: Event, answers: YesNo): 'yes' | 'no' | null {
  if (event.type === 'choice')
    return event.key === answers.yes.key ? 'yes' : event.key === answers.no.key ? 'no' : null;
  if (event.type === 'pick') return event.index === 1 ? 'yes' : event.index === 2 ? 'no' : null;
  return null;
}

/** Builds the screen of a question: its text and the two answers, nothing else to tap. */
export function questionScreen(screen: string, body: readonly Msg[], answers: YesNo): Screen {
  return {
    kind: 'screen',
    node: screen,
    display: 'prompt',
    body,
    options: [answers.yes, answers.no],
    nav: [],
  };
}
