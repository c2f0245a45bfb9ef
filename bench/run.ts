/**
 * `npm run bench`: measures Peerline against its targets (docs/performance.md)
 * and writes bench/results.json. `--quick` runs smaller sizes; `--only a,b`
 * runs some sections (engine, pipeline, e2e, alerts, scale, cold-start).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchAlerts, ALERTS_FULL, ALERTS_QUICK } from './alerts.js';
import { benchColdStart, COLD_FULL, COLD_QUICK } from './cold-start.js';
import { benchE2e, E2E_FULL, E2E_QUICK } from './e2e.js';
import { benchEngine, ENGINE_FULL, ENGINE_QUICK } from './engine.js';
import { machine, nowMs, ROOT, round, type SectionResult } from './lib.js';
import { benchPipeline, PIPELINE_FULL, PIPELINE_QUICK } from './pipeline.js';
import { benchScale, SCALE_FULL, SCALE_QUICK } from './scale.js';
import { resultsTable } from './table.js';

const SECTIONS: Record<string, (quick: boolean) => Promise<SectionResult>> = {
  engine: (quick) => benchEngine(quick ? ENGINE_QUICK : ENGINE_FULL),
  pipeline: (quick) => benchPipeline(quick ? PIPELINE_QUICK : PIPELINE_FULL),
  e2e: (quick) => benchE2e(quick ? E2E_QUICK : E2E_FULL),
  alerts: (quick) => benchAlerts(quick ? ALERTS_QUICK : ALERTS_FULL),
  scale: (quick) => benchScale(quick ? SCALE_QUICK : SCALE_FULL),
  'cold-start': (quick) => benchColdStart(quick ? COLD_QUICK : COLD_FULL),
};

function parseArgs(argv: readonly string[]): { quick: boolean; only: string[]; out: string } {
  const quick = argv.includes('--quick');
  const onlyArg = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const only = onlyArg
    ? onlyArg
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : Object.keys(SECTIONS);
  const unknown = only.filter((s) => !(s in SECTIONS));
  if (unknown.length)
    throw new Error(`unknown section(s): ${unknown.join(', ')}; known: ${Object.keys(SECTIONS).join(', ')}`);
  const outArg = argv.find((a) => a.startsWith('--out='))?.slice('--out='.length);
  // A quick or partial run must not overwrite the committed figures unless asked to.
  const partial = quick || only.length < Object.keys(SECTIONS).length;
  const out = outArg ?? path.join(ROOT, 'bench', partial ? 'results.partial.json' : 'results.json');
  return { quick, only, out };
}

async function main(): Promise<void> {
  const { quick, only, out } = parseArgs(process.argv.slice(2));
  const host = machine();
  console.log(`Peerline bench${quick ? ' (--quick)' : ''}: ${host.nproc} cores, ${host.cpu}, Node ${host.node}`);
  const started = nowMs();
  const sections: SectionResult[] = [];
  for (const id of only) {
    process.stdout.write(`… ${id}\n`);
    const result = await SECTIONS[id]!(quick);
    sections.push(result);
    process.stdout.write(`  done in ${result.seconds.toFixed(1)} s\n`);
  }
  const seconds = (nowMs() - started) / 1000;
  console.log(`\n${resultsTable(sections)}\n`);
  for (const s of sections) {
    console.log(`${s.id}: ${s.title}`);
    for (const note of s.notes) console.log(`  - ${note}`);
  }
  const missed = sections.flatMap((s) => s.figures.filter((f) => f.met === false).map((f) => `${s.id}: ${f.label}`));
  console.log(missed.length ? `\nTargets missed: ${missed.join('; ')}` : '\nEvery target met.');
  const results = {
    date: new Date().toISOString(),
    quick,
    seconds: round(seconds),
    machine: host,
    sections: sections.map((s) => ({
      ...s,
      seconds: round(s.seconds),
      figures: s.figures.map((f) => ({ ...f, value: round(f.value) })),
    })),
  };
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Wrote ${path.relative(ROOT, out)} (${seconds.toFixed(0)} s in all).`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
