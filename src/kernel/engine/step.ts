import { apply, back, delegate, goTo, withoutData } from './navigation.js';
import { fallback, screenOf, show, UNSUPPORTED_ID } from './screens.js';
import type {
  CommandName,
  EngineEvent,
  Env,
  Event,
  FlowNode,
  NodeType,
  NotifyEvent,
  ResumeEvent,
  SessionState,
  StepResult,
} from './types.js';

export { FALLBACK_ID, UNSUPPORTED_ID } from './screens.js';

/** Builds the state of someone who has never talked to the bot. */
export function initialState(env: Env): SessionState {
  return { v: 1, node: env.graph.language, trail: [env.graph.language] };
}

/**
 * Advances one conversation by one event. Pure and deterministic: the same
 * (state, event, env) always gives the same result, and no user input throws
 * (golden transcripts in tests/kernel/engine/transcripts guard this).
 *
 * A person's input goes, in order, to: the node type whose question is open
 * (`answer`), the current node while it holds the conversation (`capture`),
 * the engine's own start, navigation and commands, the current node
 * (`handle`), and for other commands the type that owns them (`command`).
 * An outcome (`resume`) or a notification (`notify`) goes to the type that
 * owns its action or topic.
 */
export function step(state: SessionState | null, event: EngineEvent, env: Env): StepResult {
  const current = normalise(state, env);
  if (event.type === 'resume' || event.type === 'notify') return routed(current, event, env);
  // Someone new: whatever they write first opens the conversation with the language picker, not "not understood".
  if (state === null && (event.type === 'text' || event.type === 'unsupported')) return start(current, undefined, env);
  return input(current, event, env);
}

function input(state: SessionState, event: Event, env: Env): StepResult {
  if (state.ask) {
    const asker = env.nodeTypes.get(state.ask.by);
    const answered = asker?.answer?.(nodeOfType(state, asker, env), state, state.ask, event, env);
    if (answered) return apply(answered, env);
  }
  const node = env.graph.nodes.get(state.node);
  const captured = node ? env.nodeTypes.get(node.type)?.capture?.(node, state, event, env) : null;
  if (captured) return apply(captured, env);
  switch (event.type) {
    case 'start':
      return start(state, event.suggestedLocale, env);
    case 'command':
      return command(state, event.name, env);
    case 'choice':
      return choice(state, event, env);
    case 'pick': {
      const option = screenOf(state, env).options[event.index - 1];
      if (!option) return fallback(state, env);
      return choice(state, { type: 'choice', key: option.key }, env);
    }
    case 'text':
      return delegate(state, event, env) ?? fallback(state, env);
    case 'unsupported':
      return show(state, env, [{ id: UNSUPPORTED_ID }]);
  }
}

function start(state: SessionState, suggested: string | undefined, env: Env): StepResult {
  const data = suggested && env.locales.includes(suggested) ? { suggested } : undefined;
  return show(
    {
      v: 1,
      node: env.graph.language,
      trail: [env.graph.language],
      ...(state.locale ? { locale: state.locale } : {}),
      ...(data ? { data } : {}),
    },
    env,
  );
}

function command(state: SessionState, name: CommandName, env: Env, from?: string): StepResult {
  switch (name) {
    case 'menu':
      return goTo(state, env.graph.home, env, true);
    case 'back':
      return back(state, env, from);
    case 'language':
      return goTo(state, env.graph.language, env, false);
    case 'help':
      return goTo(state, env.graph.help, env, false);
    default: {
      // The current node may refine a command first; then the type that owns it answers, wherever the person is.
      const delegated = delegate(state, { type: 'command', name }, env);
      if (delegated) return delegated;
      const owner = env.nodeTypes.owner('commands', name);
      const owned = owner?.command?.(nodeOfType(state, owner, env), state, name, env);
      return owned ? apply(owned, env) : fallback(state, env);
    }
  }
}

function choice(state: SessionState, event: Extract<Event, { type: 'choice' }>, env: Env): StepResult {
  if (event.key === 'back' || event.key === 'home') {
    if (!state.locale) return show(state, env);
    return command(state, event.key === 'home' ? 'menu' : 'back', env, event.from);
  }
  const node = env.graph.nodes.get(state.node);
  const delegated = delegate(state, event, env);
  if (delegated) return delegated;
  if (node && isLinkOf(node, event.key, env)) return goTo(state, event.key, env, false);
  // A button from an older message: content screens are public, so following
  // its link is harmless; anything stateful (forms, cases) is never reached this way.
  if (event.from && event.from !== state.node && state.locale) {
    const origin = env.graph.nodes.get(event.from);
    if (origin && (origin.type === 'menu' || origin.type === 'info') && isLinkOf(origin, event.key, env)) {
      return goTo(state, event.key, env, false);
    }
  }
  return fallback(state, env);
}

/** An outcome goes to the type that owns its action, a notification to the type that owns its topic. */
function routed(state: SessionState, event: ResumeEvent | NotifyEvent, env: Env): StepResult {
  const owner =
    event.type === 'resume' ? env.nodeTypes.owner('actions', event.action) : env.nodeTypes.owner('topics', event.topic);
  const result = owner?.resume?.(nodeOfType(state, owner, env), state, event, env);
  return result ? apply(result, env) : { state, outbox: [], effects: [] };
}

function isLinkOf(node: FlowNode, key: string, env: Env): boolean {
  return (node.options ?? []).some((o) => o.to === key) && env.graph.nodes.has(key);
}

/** The current node when it is of `type` (a type answering from elsewhere gets undefined). */
function nodeOfType(state: SessionState, type: NodeType | undefined, env: Env): FlowNode | undefined {
  const node = env.graph.nodes.get(state.node);
  return type && node?.type === type.type ? node : undefined;
}

function normalise(state: SessionState | null, env: Env): SessionState {
  if (!state || state.v !== 1) return initialState(env);
  if (!env.graph.nodes.has(state.node)) return { ...withoutData(state), node: env.graph.home, trail: [env.graph.home] };
  if (state.locale && !env.locales.includes(state.locale)) {
    const { locale: _l, ...rest } = withoutData(state);
    return { ...rest, node: env.graph.language, trail: [env.graph.language] };
  }
  if (state.ask && !env.nodeTypes.get(state.ask.by)) {
    const { ask: _a, ...rest } = state;
    return rest;
  }
  return state;
}
