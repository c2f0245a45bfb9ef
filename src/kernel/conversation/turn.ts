import { step } from '../engine/step.js';
import type { ActionEffect, EngineEvent, Env, OutboxItem, ResumeEvent, SessionState } from '../engine/types.js';

/** The most steps one turn may take: its events (a fact a feature states first, the message), and one per outcome fed back. */
export const MAX_STEPS = 8;

/** Represents what one turn came to: the state to save, everything to show, and whether the person is gone. */
export interface Turn {
  readonly state: SessionState;
  readonly outbox: readonly OutboxItem[];
  /** The person asked to be forgotten: nothing may be saved for them. */
  readonly ended: boolean;
}

/** Represents what a turn needs from the app: where the chosen language goes, and who carries out actions. */
export interface TurnEffects {
  setLocale(locale: string): Promise<void>;
  /** Carries out an action; the outcome to feed back, or null when there is none. `state` is the state after the step. */
  perform(effect: ActionEffect, state: SessionState): Promise<ResumeEvent | null>;
}

/** Represents a turn that did not settle: a node keeps asking for work whose outcome asks for more (a bug). */
export class DialogueError extends Error {
  constructor(readonly steps: number) {
    super(steps ? `a turn took more than ${steps} steps` : 'a turn had no event');
    this.name = 'DialogueError';
  }
}

/**
 * Runs one turn of a conversation, goflow's "sprint": step, then carry out the
 * effects that step recorded, in order, and feed each outcome back into the
 * engine as a `resume` event, step again, until nothing is left. All of it runs
 * under the person's lock (Conversations), so nothing else happens to them in
 * between. The effects of a step are taken as a list before any is carried
 * out: a later change can commit state, outbox and recorded effects in one
 * transaction and carry them out after (tests/kernel/conversation/turn.test.ts).
 */
export async function runTurn(
  env: Env,
  state: SessionState | null,
  events: readonly EngineEvent[],
  effects: TurnEffects,
): Promise<Turn> {
  const outbox: OutboxItem[] = [];
  let current = state;
  let ended = false;
  let steps = 0;
  for (const event of events) {
    // An event's outcomes are fed back before the next event of the turn.
    const pending: EngineEvent[] = [event];
    for (let next = pending.shift(); next; next = pending.shift()) {
      if (++steps > MAX_STEPS) throw new DialogueError(MAX_STEPS);
      const result = step(current, next, env);
      current = result.state;
      outbox.push(...result.outbox);
      const recorded = [...result.effects];
      for (const effect of recorded) {
        if (effect.type === 'locale_changed') await effects.setLocale(effect.locale);
        else if (effect.type === 'end_session') ended = true;
        else {
          const outcome = await effects.perform(effect, current);
          if (outcome) pending.push(outcome);
        }
      }
    }
  }
  if (!current) throw new DialogueError(0);
  return { state: current, outbox, ended };
}
