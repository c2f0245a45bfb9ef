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
