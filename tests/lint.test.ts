import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/index.js';

/**
 * The import rules of docs/ARCHITECTURE.md ("Layers"), each shown to fire on
 * a file where it must and to stay quiet where the import points inward.
 * Snippets are linted as if they were the named file, so relative imports
 * resolve against the real tree.
 */
describe('import rules', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const RULES = ['no-restricted-imports', 'import-x/no-restricted-paths', 'import-x/no-cycle'];
  const lint = async (file: string, code: string) =>
    (await eslint.lintText(code, { filePath: `${ROOT}/${file}` }))[0]!.messages
      .filter((m) => RULES.includes(m.ruleId ?? ''))
      .map((m) => m.ruleId);

  it.each([
    [
      'the engine imports the store',
      'src/kernel/engine/step.ts',
      "import { openStore } from '../../adapters/store/open-store.js';",
    ],
    [
      'the engine imports a channel',
      'src/kernel/engine/nodes/menu.ts',
      "import { renderTelegram } from '../../../adapters/channels/telegram/render.js';",
    ],
    ['the engine imports node:', 'src/kernel/engine/step.ts', "import { readFileSync } from 'node:fs';"],
    [
      'the kernel imports an adapter',
      'src/kernel/conversation/conversations.ts',
      "import { Database } from '../../adapters/store/sqlite.js';",
    ],
    [
      'the kernel imports a feature',
      'src/kernel/staff/staff-router.ts',
      "import { Handoff } from '../../features/handoff/handoff.js';",
    ],
    ['the kernel imports main/', 'src/kernel/content/check.ts', "import { loadConfig } from '../../main/config.js';"],
    [
      'a feature imports another feature',
      'src/features/alerts/alerts.ts',
      "import { Handoff } from '../handoff/handoff.js';",
    ],
    [
      'a feature imports main/',
      'src/features/handoff/handoff.ts',
      "import { loadConfig } from '../../main/config.js';",
    ],
    [
      'a feature imports a channel',
      'src/features/handoff/handoff.ts',
      "import { TelegramChannel } from '../../adapters/channels/telegram/adapter.js';",
    ],
    [
      "a feature's use case imports the store",
      'src/features/alerts/alerts.ts',
      "import { Database } from '../../adapters/store/sqlite.js';",
    ],
    ['a feature imports a platform library', 'src/features/handoff/handoff.ts', "import { Telegraf } from 'telegraf';"],
    ['a node type imports node:', 'src/features/handoff/node.ts', "import { randomBytes } from 'node:crypto';"],
    [
      'a channel imports a feature',
      'src/adapters/channels/telegram/adapter.ts',
      "import { Handoff } from '../../../features/handoff/handoff.js';",
    ],
    [
      'a channel imports the store adapter',
      'src/adapters/channels/whatsapp/adapter.ts',
      "import { Database } from '../../store/sqlite.js';",
    ],
    [
      'an adapter imports main/',
      'src/adapters/channels/whatsapp/channel.ts',
      "import type { Config } from '../../../main/config.js';",
    ],
    ['a cycle', 'src/kernel/content/globals.ts', "import { checkContent } from './check.js';"],
  ])('fires when %s', async (_what, file, code) => {
    expect(await lint(file, `${code}\nexport const x = 1;\n`)).not.toHaveLength(0);
  });

  it.each([
    ['the engine imports its own types', 'src/kernel/engine/nodes/menu.ts', "import type { Env } from '../types.js';"],
    [
      'the kernel imports the engine',
      'src/kernel/conversation/conversations.ts',
      "import { step } from '../engine/step.js';",
    ],
    [
      'a feature imports the kernel',
      'src/features/alerts/alerts.ts',
      "import { step } from '../../kernel/engine/step.js';",
    ],
    [
      "a feature's repo imports the store",
      'src/features/alerts/alerts-repo.ts',
      "import { Database } from '../../adapters/store/sqlite.js';",
    ],
    [
      'a channel imports the kernel',
      'src/adapters/channels/telegram/adapter.ts',
      "import { step } from '../../../kernel/engine/step.js';",
    ],
    [
      'a channel imports its platform library',
      'src/adapters/channels/telegram/adapter.ts',
      "import { Telegraf } from 'telegraf';",
    ],
    [
      'main/ imports a channel',
      'src/main/compose.ts',
      "import { renderTelegram } from '../adapters/channels/telegram/render.js';",
    ],
  ])('stays quiet when %s', async (_what, file, code) => {
    expect(await lint(file, `${code}\nexport const x = 1;\n`)).toEqual([]);
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
