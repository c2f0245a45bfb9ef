import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CheckResult } from '../../../src/kernel/content/check.js';
import { checkKnownContent } from '../../../src/main/known.js';
import { ISSUE_CODES, formatIssue } from '../../../src/kernel/content/issues.js';
import { ROOT, tempDir } from '../../helpers/index.js';

/**
 * Broken-content fixtures, goflow `broken_flows` style: each file in tests/kernel/content/broken
 * overlays the valid content root tests/kernel/content/fixture and lists the exact issues the
 * check must report. Dates are judged against a fixed "now".
 */
const NOW = new Date('2026-11-25T00:00:00Z');
const FIXTURE = path.join(ROOT, 'tests/kernel/content/fixture');
const BROKEN = path.join(ROOT, 'tests/kernel/content/broken');

/** Represents one broken fixture: files to overlay (content, null = delete, `from` = copy within the fixture) and expected issues. */
interface BrokenCase {
  readonly name: string;
  readonly files: Readonly<Record<string, string | null | { from: string }>>;
  readonly expect: readonly string[];
}

function readCase(name: string): BrokenCase {
  const text = readFileSync(path.join(BROKEN, name), 'utf8');
  if (!text.startsWith('#')) throw new Error(`${name}: start with a comment saying what is broken and why it matters`);
  const data = parse(text) as Partial<BrokenCase> | null;
  if (!data || !Array.isArray(data.expect) || !data.expect.length)
    throw new Error(`${name}: needs a non-empty "expect" list`);
  return { name, files: data.files ?? {}, expect: data.expect };
}

const cases = readdirSync(BROKEN)
  .filter((n) => n.endsWith('.yaml'))
  .sort()
  .map(readCase);
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

/** Copies the valid fixture to a temporary folder and applies a case's overlay. */
function overlay(files: BrokenCase['files']): string {
  const { dir, cleanup } = tempDir('peerline-broken-');
  cleanups.push(cleanup);
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    const target = path.join(dir, rel);
    if (content === null) rmSync(target, { recursive: true, force: true });
    else if (typeof content === 'object') cpSync(path.join(FIXTURE, content.from), target, { recursive: true });
    else {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  }
  return dir;
}

function check(root: string): CheckResult {
  return checkKnownContent(root, { now: NOW });
}

describe('content check: valid fixture', () => {
  it('has no errors and no warnings', () => {
    const result = check(FIXTURE);
    expect([...result.errors, ...result.warnings].map(formatIssue)).toEqual([]);
    expect(result.flows.nodes.size).toBeGreaterThan(0);
  });
});

describe('content check: broken fixtures', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s reports exactly its expected issues', (_name, c) => {
    const result = check(overlay(c.files));
    const errors = result.errors.map(formatIssue);
    const all = [...errors, ...result.warnings.map(formatIssue)];
    for (const line of c.expect) expect(all, 'expected issue not reported').toContain(line);
    // Warnings beyond the list are tolerated; an unexpected error is not.
    expect(
      errors.filter((e) => !c.expect.includes(e)),
      'unexpected errors',
    ).toEqual([]);
  });

  it.each([...ISSUE_CODES])('issue code %s has a broken fixture', (code) => {
    // <code>.yaml, or <code>.<variant>.yaml, whose expectations include that code.
    const own = cases.filter((c) => c.name === `${code}.yaml` || c.name.startsWith(`${code}.`));
    expect(
      own.map((c) => c.name),
      `add tests/kernel/content/broken/${code}.yaml`,
    ).not.toEqual([]);
    expect(own.some((c) => c.expect.some((e) => e.includes(`[${code}]`)))).toBe(true);
  });

  it('reports several problems together, errors and warnings apart', () => {
    const c = cases.find((x) => x.name === 'several-problems.yaml')!;
    const result = check(overlay(c.files));
    const codes = new Set(result.errors.map((i) => i.code));
    expect(codes.size).toBeGreaterThanOrEqual(5);
    expect(result.errors.every((i) => i.severity === 'error')).toBe(true);
    expect(result.warnings.every((i) => i.severity === 'warning')).toBe(true);
    expect(result.warnings.length).toBeGreaterThanOrEqual(3);
  });
});

describe('content check: shipped content', () => {
  it('has no errors', () => {
    expect(check(ROOT).errors.map(formatIssue)).toEqual([]);
  });
});

describe('npm run content:check (CLI)', () => {
  const run = (dir: string) =>
    spawnSync('npx', ['tsx', 'src/main/cli/content-check.ts', dir], { cwd: ROOT, encoding: 'utf8' });

  it('exits 1 on broken content and prints file:line for each error', () => {
    const c = cases.find((x) => x.name === 'several-problems.yaml')!;
    const out = run(overlay(c.files));
    expect(out.status).toBe(1);
    expect(out.stdout).toMatch(/^Errors \(\d+\)/m);
    expect(out.stdout).toMatch(/^ {2}flows\/main\.yaml:9: error \[unknown_target\] /m);
    expect(out.stdout).toMatch(/^ {2}locales\/zh-Hans\/rights\.ftl:3: error \[variable_mismatch\] /m);
    expect(out.stdout).toMatch(/^Warnings \(\d+\)/m);
    expect(out.stdout).toMatch(/^FAILED: /m);
  });

  it('exits 0 on the shipped content', () => {
    const out = run(ROOT);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^OK: \d+ screens/m);
  });
});
