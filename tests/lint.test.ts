import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/index.js';

/** The lint rule keeps imports pointing inward (house style rule 2). */
describe('import boundaries', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const lint = async (file: string, code: string) =>
    (await eslint.lintText(code, { filePath: `${ROOT}/${file}` }))[0]!.messages.filter(
      (m) => m.ruleId === 'no-restricted-imports',
    );

  it.each([
    ['src/kernel/engine/step.ts', "import { openStore } from '../store/open-store.js';\nexport const x = openStore;\n"],
    [
      'src/kernel/engine/nodes/menu.ts',
      "import { renderTelegram } from '../../channels/telegram/render.js';\nexport const x = renderTelegram;\n",
    ],
    ['src/kernel/engine/step.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    [
      'src/kernel/conversation/conversations.ts',
      "import { renderTelegram } from '../channels/telegram/render.js';\nexport const x = renderTelegram;\n",
    ],
  ])('%s may not import %#', async (file, code) => {
    expect(await lint(file, code)).not.toHaveLength(0);
  });

  it.each([
    ['src/kernel/engine/step.ts', "import type { Env } from './types.js';\nexport type X = Env;\n"],
    ['src/kernel/engine/nodes/menu.ts', "import type { Env } from '../types.js';\nexport type X = Env;\n"],
    [
      'src/main/main.ts',
      "import { renderTelegram } from './channels/telegram/render.js';\nexport const x = renderTelegram;\n",
    ],
  ])('%s may import inward %#', async (file, code) => {
    expect(await lint(file, code)).toHaveLength(0);
  });
});

/** Errors are never swallowed (house style rule 6): a handler logs, rethrows, or handles the error it was given. */
describe('no swallowed errors', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const FILE = 'src/features/handoff/example.ts';
  const HEADER =
    "import type { Logger } from '../../kernel/log.js';\ndeclare const log: Logger;\ndeclare const job: Promise<number>;\n";
  const lint = async (code: string) =>
    (await eslint.lintText(HEADER + code, { filePath: `${ROOT}/${FILE}` }))[0]!.messages.filter(
      (m) => m.ruleId === 'no-empty' || m.ruleId === 'no-restricted-syntax',
    );

  it.each([
    ['an empty catch', 'export function f() {\n  try {\n    JSON.parse("x");\n  } catch {}\n}\n'],
    [
      'a catch with only a comment',
      'export function f() {\n  try {\n    JSON.parse("x");\n  } catch {\n    // fine\n  }\n}\n',
    ],
    ['.catch(() => undefined)', 'export const x = job.catch(() => undefined);\n'],
    ['.catch(() => false)', 'export const x = job.catch(() => false);\n'],
    ['.catch(() => {})', 'export const x = job.catch(() => {});\n'],
    ['.catch(function () {})', 'export const x = job.catch(function () {});\n'],
    ['.catch((err) => undefined)', 'export const x = job.catch((_err: unknown) => undefined);\n'],
    ['.catch((err) => null)', 'export const x = job.catch((_err: unknown) => null);\n'],
    ['.catch((err) => {})', 'export const x = job.catch((_err: unknown) => {});\n'],
    ['.catch((err) => void 0)', 'export const x = job.catch((_err: unknown) => void 0);\n'],
    ['.then(ok, () => 0)', 'export const x = job.then((n) => n, () => 0);\n'],
    ['a cast to never', 'export const x = job as never;\n'],
    ['a cast to any', 'export const x = job as any;\n'],
  ])('fails on %s', async (_what, code) => {
    expect(await lint(code)).not.toHaveLength(0);
  });

  it.each([
    ['a logged .catch', "export const x = job.catch((err: unknown) => log.warn({ err }, 'job failed'));\n"],
    [
      'a logged catch block',
      "export function f() {\n  try {\n    JSON.parse('x');\n  } catch (err) {\n    log.warn({ err }, 'not json');\n  }\n}\n",
    ],
    [
      'a rethrow',
      'export function f() {\n  try {\n    JSON.parse("x");\n  } catch (err) {\n    throw new Error("bad", { cause: err });\n  }\n}\n',
    ],
    [
      'an invalid input answered with null',
      'export function f(): unknown {\n  try {\n    return JSON.parse("x");\n  } catch {\n    // Not JSON: the expected answer.\n    return null;\n  }\n}\n',
    ],
    ['.then(ok, err => log)', "export const x = job.then((n) => n, (err: unknown) => log.warn({ err }, 'x'));\n"],
    ['a .then that ignores the value', 'export const x = job.then(() => undefined);\n'],
  ])('passes %s', async (_what, code) => {
    expect(await lint(code)).toEqual([]);
  });
});
