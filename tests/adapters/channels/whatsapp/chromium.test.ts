import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { randomKey, ROOT, tempDir } from '../../../helpers/index.js';

const CHROMIUM = '/usr/bin/chromium';
/** What the process logs once the browser ran: it reached WhatsApp's pairing stage, or it could not reach WhatsApp. */
const OUTCOME = /whatsapp: (web\.whatsapp\.com is unreachable \(net::ERR_[A-Z_]+\)|pairing needed)/;

/**
 * The acceptance check of issue 4, run only where Debian's chromium is
 * installed: `WHATSAPP_ENABLED=true npm start` launches the real browser and
 * either reaches pairing or logs clearly that WhatsApp is unreachable, while
 * the process (and /healthz) stays up. No phone; offline in CI.
 */
describe('npm start with WhatsApp and real Chromium', () => {
  const tmp = tempDir('peerline-wa-real-');
  let child: ChildProcess | undefined;

  afterAll(async () => {
    if (child?.pid && child.exitCode === null) {
      // The whole group: the browser is a child of the bot; end only what this test started.
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    tmp.cleanup();
  });

  it.skipIf(!existsSync(CHROMIUM))(
    'launches the browser, logs a clear outcome, and keeps running',
    async () => {
      child = spawn(process.execPath, ['--import', 'tsx', 'src/main/main.ts'], {
        cwd: ROOT,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          HOME: tmp.dir,
          WHATSAPP_ENABLED: 'true',
          DATA_KEY: randomKey(),
          DATABASE_PATH: path.join(tmp.dir, 'peerline.db'),
          WHATSAPP_SESSION_DIR: path.join(tmp.dir, 'wa-session'),
          CHROMIUM_PATH: CHROMIUM,
          PORT: '0',
          LOG_LEVEL: 'info',
        },
      });
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));

      const deadline = Date.now() + 25_000;
      while (!OUTCOME.test(output) && child.exitCode === null && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      expect(output, output.slice(-2000)).toMatch(OUTCOME);
      await new Promise((r) => setTimeout(r, 500));
      expect(child.exitCode, output.slice(-2000)).toBeNull();

      // The rest keeps running: /healthz answers and names WhatsApp as down, with the reason.
      const url = /"http":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output)?.[1];
      expect(url, output.slice(-2000)).toBeDefined();
      const res = await fetch(`${url}/healthz`);
      const report = (await res.json()) as { channels: Record<string, string>; details?: Record<string, string> };
      expect(report.channels.whatsapp).toBe('down');
      expect(report.details?.whatsapp).toMatch(/unreachable|pairing/);

      // A normal stop closes the browser too.
      const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    },
    30_000,
  );
});
