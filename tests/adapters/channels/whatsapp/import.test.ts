import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../helpers/index.js';

const run = promisify(execFile);

/** Runs an ESM snippet in a plain Node process (not vitest, whose interop hides the CommonJS gotcha). */
async function node(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: ROOT, timeout: 15_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('whatsapp-web.js under plain Node ESM (library-notes §1)', () => {
  it('gives Client and LocalAuth through the default import', async () => {
    const result = await node([
      '--input-type=module',
      '-e',
      "import wa from 'whatsapp-web.js'; const { Client, LocalAuth } = wa; console.log(typeof Client, typeof LocalAuth);",
    ]);
    expect(result).toMatchObject({ code: 0, stdout: 'function function\n' });
  });

  it('crashes with named imports, which is why the code never uses them', async () => {
    const result = await node([
      '--input-type=module',
      '-e',
      "import { LocalAuth } from 'whatsapp-web.js'; console.log(typeof LocalAuth);",
    ]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("Named export 'LocalAuth' not found");
  });

  it('loads src/adapters/channels/whatsapp/client.ts as npm start does (tsx) and makes a real Client', async () => {
    const snippet = [
      "const { realClientFactory } = await import('./src/adapters/channels/whatsapp/client.ts');",
      "const make = realClientFactory({ chromiumPath: process.execPath, sessionDir: '/nonexistent/peerline-wa' });",
      'const client = await make();',
      'console.log(client.constructor.name, typeof client.initialize, typeof client.getState, typeof client.sendMessage);',
    ].join('\n');
    const result = await node(['--import', 'tsx', '--input-type=module', '-e', snippet]);
    expect(result).toMatchObject({ code: 0, stdout: 'Client function function function\n' });
  });
});
