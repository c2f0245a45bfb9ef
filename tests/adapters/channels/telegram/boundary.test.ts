import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../../src/main/compose.js';

const TELEGRAM_DIR = path.join(PROJECT_ROOT, 'src', 'adapters', 'channels', 'telegram');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|js|mjs|cjs)$/.test(entry.name) ? [full] : [];
  });
}

describe('the telegraf boundary', () => {
  it('keeps every telegraf import inside src/adapters/channels/telegram, so the library can be swapped in one folder', () => {
    const outside = sourceFiles(path.join(PROJECT_ROOT, 'src'))
      .filter((file) => !file.startsWith(TELEGRAM_DIR + path.sep))
      .filter((file) =>
        /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]telegraf(?:\/[^'"]*)?['"]/.test(readFileSync(file, 'utf8')),
      )
      .map((file) => path.relative(PROJECT_ROOT, file));
    expect(outside).toEqual([]);
  });

  it('keeps the renderer free of telegraf, so the simulator shows exactly what Telegram users see', () => {
    expect(readFileSync(path.join(TELEGRAM_DIR, 'render.ts'), 'utf8')).not.toMatch(/['"]telegraf/);
  });
});
