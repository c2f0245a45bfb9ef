import type { CommandName, Env, Event, FlowNode, Msg, OutboxItem, Screen, SessionState, StepResult } from './types.js';

/** The message shown (above the current screen) when input matches nothing. */
export const FALLBACK_ID = 'fallback-not-understood';
/** The message shown when someone sends a sticker, photo, voice note, … */
export const UNSUPPORTED_ID = 'fallback-unsupported';

/** Builds the state of someone who has never talked to the bot. */
export function initialState(env: Env): SessionState {
  return { v: 1, node: env.graph.language, trail: [env.graph.language] };
}

/**
 * Advances one conversation by one event. Pure and deterministic: the same
 * (state, event, env) always gives the same result, and no user input throws
 * (golden transcripts in tests/kernel/engine/transcripts guard this).
 */
export function step(state: SessionState | null, event: Event, env: Env): StepResult {
  const current = normalise(state, env);
  switch (event.type) {
    case 'start': {
      const data =
        event.suggestedLocale && env.locales.includes(event.suggestedLocale)
          ? { suggested: event.suggestedLocale }
          : undefined;
      return show(
        {
          v: 1,
          node: env.graph.language,
          trail: [env.graph.language],
          ...(current.locale ? { locale: current.locale } : {}),
          ...(data ? { data } : {}),
        },
        env,
      );
    }
    case 'command':
      return command(current, event.name, env);
    case 'choice':
      return choice(current, event, env);
    case 'pick': {
      const screen = screenOf(current, env);
      const option = screen.options[event.index - 1];
      if (!option) return fallback(current, env);
      return choice(current, { type: 'choice', key: option.key }, env);
    }
    case 'text':
      return delegate(current, event, env) ?? fallback(current, env);
    case 'unsupported':
      return show(current, env, [{ id: UNSUPPORTED_ID }]);
  }
}

function command(state: SessionState, name: CommandName, env: Env): StepResult {
  switch (name) {
    case 'menu':
      return goTo(state, env.graph.home, env, true);
    case 'back': {
      if (!state.locale) return show(state, env);
      // A form goes back one question rather than leaving (tests/kernel/engine/nodes/callback.yaml).
      const stepBack = delegate(state, { type: 'command', name: 'back' }, env);
      if (stepBack) return stepBack;
      const trail = state.trail.slice(0, -1);
      const previous = trail.at(-1) ?? env.graph.home;
      return show({ ...withoutData(state), node: previous, trail: trail.length ? trail : [previous] }, env);
    }
    case 'language':
      return goTo(state, env.graph.language, env, false);
    case 'help':
      return goTo(state, env.graph.help, env, false);
    default: {
      // end, forget, clear, stop, start_alerts belong to the app layer; the node may refine them first.
      const delegated = delegate(state, { type: 'command', name }, env);
      if (delegated) return delegated;
      return { state, outbox: [], effects: [{ type: 'command', name }] };
    }
  }
}

function choice(state: SessionState, event: Extract<Event, { type: 'choice' }>, env: Env): StepResult {
  if (event.key === 'back' || event.key === 'home') {
    if (!state.locale) return show(state, env);
    return command(state, event.key === 'home' ? 'menu' : 'back', env);
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

function isLinkOf(node: FlowNode, key: string, env: Env): boolean {
  return (node.options ?? []).some((o) => o.to === key) && env.graph.nodes.has(key);
}

function delegate(state: SessionState, event: Event, env: Env): StepResult | null {
  const node = env.graph.nodes.get(state.node);
  if (!node) return null;
  const result = env.nodeTypes.get(node.type)?.handle?.(node, state, event, env) ?? null;
  if (!result) return null;
  return result.outbox.some((o) => o.kind === 'screen') ? result : withScreen(result, env);
}

/** Moves to `target`; `reset` starts a fresh trail (the home screen). */
export function goTo(state: SessionState, target: string, env: Env, reset: boolean): StepResult {
  if (!state.locale && target !== env.graph.language) return show(state, env);
  const trail = reset ? [target] : state.trail.at(-1) === target ? state.trail : [...state.trail, target].slice(-20);
  const next: SessionState = { ...withoutData(state), node: target, trail };
  const node = env.graph.nodes.get(target);
  const entered = node ? env.nodeTypes.get(node.type)?.enter?.(node, next, env) : null;
  if (entered) return entered.outbox.some((o) => o.kind === 'screen') ? entered : withScreen(entered, env);
  return show(next, env);
}

function fallback(state: SessionState, env: Env): StepResult {
  return show(state, env, [{ id: FALLBACK_ID }]);
}

function show(state: SessionState, env: Env, before: Msg[] = []): StepResult {
  return withScreen({ state, outbox: [], effects: [] }, env, before);
}

function withScreen(result: StepResult, env: Env, before: Msg[] = []): StepResult {
  const screen = screenOf(result.state, env);
  const shown: Screen = before.length ? { ...screen, display: 'info', body: [...before, ...screen.body] } : screen;
  const outbox: OutboxItem[] = [...result.outbox, shown];
  return { ...result, outbox };
}

/** Builds the screen for the node a state is on. */
export function screenOf(state: SessionState, env: Env): Screen {
  const node = env.graph.nodes.get(state.node);
  const type = node ? env.nodeTypes.get(node.type) : undefined;
  if (!node || !type) {
    // Content changed under a stored session: send the person home rather than fail.
    const home = env.graph.nodes.get(env.graph.home);
    const homeType = home && env.nodeTypes.get(home.type);
    if (!home || !homeType) throw new Error(`home node missing: ${env.graph.home}`);
    return homeType.screen(home, { ...state, node: home.id, trail: [home.id] }, env);
  }
  return type.screen(node, state, env);
}

function withoutData(state: SessionState): SessionState {
  const { data: _data, ...rest } = state;
  return rest;
}

function normalise(state: SessionState | null, env: Env): SessionState {
  if (!state || state.v !== 1) return initialState(env);
  if (!env.graph.nodes.has(state.node)) return { ...withoutData(state), node: env.graph.home, trail: [env.graph.home] };
  if (state.locale && !env.locales.includes(state.locale)) {
    const { locale: _l, ...rest } = state;
    return { ...rest, node: env.graph.language, trail: [env.graph.language] };
  }
  return state;
}
