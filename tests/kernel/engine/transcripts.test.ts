import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { step } from '../../../src/kernel/engine/step.js';
import type { EngineEvent, SessionState, StepResult } from '../../../src/kernel/engine/types.js';
import { ROOT, shippedEnv } from '../../helpers/index.js';

/**
 * Golden transcripts over the shipped flows: each file lists events (a person's
 * input, and the outcomes and notifications the app would feed back); the
 * recorded outbox of every step is compared with what the engine does now.
 * Rewrite with `UPDATE_GOLDEN=1 npx vitest run tests/kernel/engine/transcripts.test.ts`
 * and review the diff (goflow's -update habit).
 */
const DIR = path.join(ROOT, 'tests', 'kernel', 'engine', 'transcripts');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface Transcript {
  description: string;
  events: EngineEvent[];
  steps?: unknown[];
}

function summarise(result: StepResult): unknown {
  return {
    state: {
      node: result.state.node,
      trail: result.state.trail,
      ...(result.state.locale ? { locale: result.state.locale } : {}),
      ...(result.state.ask ? { ask: result.state.ask.what } : {}),
    },
    outbox: result.outbox.map((o) =>
      o.kind === 'screen'
        ? {
            screen: o.node,
            display: o.display,
            body: o.body.map((m) => (m.args ? { [m.id]: m.args } : m.id)),
            options: o.options.map((opt) => `${opt.key}${opt.selected ? ' (selected)' : ''}`),
            nav: o.nav,
          }
        : { notice: o.body.map((m) => m.id) },
    ),
    ...(result.effects.length ? { effects: result.effects } : {}),
  };
}

describe('golden transcripts', () => {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  it('there are transcripts to check', () => expect(files.length).toBeGreaterThan(3));
  it.each(files)('%s', (file) => {
    const full = path.join(DIR, file);
    const transcript = parse(readFileSync(full, 'utf8')) as Transcript;
    const env = shippedEnv();
    let state: SessionState | null = null;
    const steps = transcript.events.map((event) => {
      const result = step(state, event, env);
      // As the app does: nothing is kept for someone who asked to be forgotten.
      state = result.effects.some((e) => e.type === 'end_session') ? null : result.state;
      return { event, ...(summarise(result) as object) };
    });
    if (UPDATE) {
      writeFileSync(
        full,
        stringify(
          { description: transcript.description, events: transcript.events, steps },
          { lineWidth: 0, aliasDuplicateObjects: false },
        ),
      );
      return;
    }
    expect(transcript.steps, `no recorded steps: run with UPDATE_GOLDEN=1 and review ${file}`).toBeDefined();
    expect(steps).toEqual(transcript.steps);
  });
});
