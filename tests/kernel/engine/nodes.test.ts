import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { step } from '../../../src/kernel/engine/step.js';
import { nodeRegistry } from '../../../src/main/known.js';
import type { EngineEvent, Screen, SessionState } from '../../../src/kernel/engine/types.js';
import { ROOT } from '../../helpers/index.js';
import { fixtureEnv } from './fixture-graph.js';

interface Case {
  name: string;
  state: SessionState | null;
  /** A person's input, an outcome fed back (`resume`) or a notification (`notify`). */
  event: EngineEvent;
  expect: {
    node?: string;
    /** The screen's name when it is not the node's (a question laid over it, e.g. privacy-forget). */
    screen?: string;
    /** No screen: only notices, or nothing (a message passed on, a wait for an outcome). */
    quiet?: boolean;
    /** The open question after the step (its `what`); null: none. */
    ask?: string | null;
    display?: string;
    body?: string[];
    options?: string[];
    nav?: string[];
    trail?: string[];
    locale?: string;
    effects?: unknown[];
    selected?: string[];
    labelLocales?: string[];
    footer?: Record<string, string>;
    /** Node data after the step (matched as a subset); null: no data left (a form abandoned). */
    data?: Record<string, unknown> | null;
    /** Message ids of the notices before the screen. */
    notices?: string[];
    /** Variables of the screen's last body message (nested messages as { id, locale? }). */
    args?: Record<string, unknown>;
  };
}

const registry = nodeRegistry();
const casesFile = (type: string) => path.join(ROOT, 'tests', 'kernel', 'engine', 'nodes', `${type}.yaml`);

describe('node type registry', () => {
  it.each(registry.names())('type %s has table-driven cases', (type) => {
    expect(existsSync(casesFile(type)), `add tests/kernel/engine/nodes/${type}.yaml`).toBe(true);
    expect((parse(readFileSync(casesFile(type), 'utf8')) as Case[]).length).toBeGreaterThan(0);
  });
});

for (const type of registry.names()) {
  const file = casesFile(type);
  if (!existsSync(file)) continue;
  describe(`node type ${type}`, () => {
    const cases = parse(readFileSync(file, 'utf8')) as Case[];
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const env = fixtureEnv(registry);
      const result = step(c.state, c.event, env);
      const screen = result.outbox.find((o): o is Screen => o.kind === 'screen');
      const e = c.expect;
      if (e.quiet) expect(screen, 'a quiet step shows no screen').toBeUndefined();
      else expect(screen, 'every step shows a screen unless the case says quiet').toBeDefined();
      if (e.node) expect(result.state.node).toBe(e.node);
      if (e.node && screen && !e.screen) expect(screen.node).toBe(e.node);
      if (e.screen) expect(screen!.node).toBe(e.screen);
      if (e.ask === null) expect(result.state.ask).toBeUndefined();
      else if (e.ask) expect(result.state.ask?.what).toBe(e.ask);
      if (e.display) expect(screen!.display).toBe(e.display);
      if (e.body) expect(screen!.body.map((m) => m.id)).toEqual(e.body);
      if (e.options) expect(screen!.options.map((o) => o.key)).toEqual(e.options);
      if (e.nav) expect(screen!.nav).toEqual(e.nav);
      if (e.trail) expect(result.state.trail).toEqual(e.trail);
      if (e.locale) expect(result.state.locale).toBe(e.locale);
      if (e.effects) expect(result.effects).toEqual(e.effects);
      if (e.selected) expect(screen!.options.filter((o) => o.selected).map((o) => o.key)).toEqual(e.selected);
      if (e.labelLocales) expect(screen!.options.map((o) => o.label.locale)).toEqual(e.labelLocales);
      if (e.footer) expect(screen!.body.find((m) => m.id === 'legal-footer')?.args).toEqual(e.footer);
      if (e.data === null) expect(result.state.data).toBeUndefined();
      else if (e.data) expect(result.state.data).toMatchObject(e.data);
      if (e.notices)
        expect(result.outbox.filter((o) => o.kind === 'notice').flatMap((o) => o.body.map((m) => m.id))).toEqual(
          e.notices,
        );
      if (e.args) expect(screen!.body.at(-1)?.args).toEqual(e.args);
    });
  });
}
