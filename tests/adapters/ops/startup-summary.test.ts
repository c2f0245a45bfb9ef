import { cpSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/main/config.js';
import { contentVersion } from '../../../src/kernel/content/content-set.js';
import { createLogger } from '../../../src/kernel/log.js';
import { startPeerline } from '../../../src/main/compose.js';
import { FakeBotApi, ROOT, randomKey, tempDir } from '../../helpers/index.js';

const TOKEN = '123456:AAEsecret-Token_value-xyz';
const STAFF = '-1009876543210';

/** A pino destination that keeps every line. */
function capture(): { stream: Writable; lines: () => Record<string, unknown>[]; raw: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const raw = () => chunks.join('');
  return {
    stream,
    raw,
    lines: () =>
      raw()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

describe('the start-up summary line', () => {
  let api: FakeBotApi;
  let t: ReturnType<typeof tempDir>;
  beforeAll(async () => {
    api = await FakeBotApi.start({ token: TOKEN, maxPollMs: 100 });
    api.makeForum(Number(STAFF));
    t = tempDir('peerline-summary-');
  });
  afterAll(async () => {
    await api.stop({ allowUnusedFaults: true });
    t.cleanup();
  });

  it('names channels, locales, content version and database, and carries no secret', async () => {
    const key = randomKey();
    const secret = 'webhook_secret_0123456789abcdef';
    const config = loadConfig({
      DATABASE_PATH: path.join(t.dir, 'summary.db'),
      DATA_KEY: key,
      PORT: '0',
      SIMULATOR: 'true',
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: api.apiRoot,
      STAFF_CHAT_ID: STAFF,
      TELEGRAM_WEBHOOK_SECRET: secret,
    });
    const out = capture();
    const running = await startPeerline(config, { log: createLogger('info', out.stream) });
    // Let polling begin: a Telegram channel stopped before its first poll waits its full stop timeout.
    for (const t0 = Date.now(); api.pollCount === 0 && Date.now() - t0 < 3000;)
      await new Promise((r) => setTimeout(r, 10));
    await running.stop();

    const summary = out.lines().find((l) => l.msg === 'peerline started');
    expect(summary).toBeDefined();
    expect(summary!.channels).toEqual(expect.arrayContaining(['telegram', 'simulator']));
    expect(summary!.locales).toEqual(expect.arrayContaining(['en']));
    expect(summary!.contentVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(summary!.contentVersion).toBe(contentVersion(ROOT));
    expect(summary!.database).toBe(config.DATABASE_PATH);

    const all = out.raw();
    for (const s of [key, TOKEN, TOKEN.split(':')[1]!, secret, Buffer.from(key, 'base64').toString('hex')])
      expect(all).not.toContain(s);
    expect(JSON.stringify(summary)).not.toContain(STAFF);
  });
});

describe('contentVersion', () => {
  it('is a hash of the content bytes: any edit to a flow or a locale file changes it', () => {
    const t = tempDir('peerline-content-');
    try {
      cpSync(path.join(ROOT, 'flows'), path.join(t.dir, 'flows'), { recursive: true });
      cpSync(path.join(ROOT, 'locales'), path.join(t.dir, 'locales'), { recursive: true });
      const original = contentVersion(t.dir);
      expect(original).toBe(contentVersion(ROOT));

      appendFileSync(path.join(t.dir, 'locales', 'en', 'main.ftl'), '\n# a comment only\n');
      const afterFtl = contentVersion(t.dir);
      expect(afterFtl).not.toBe(original);

      appendFileSync(path.join(t.dir, 'flows', 'settings.yaml'), '\n# a comment only\n');
      expect(contentVersion(t.dir)).not.toBe(afterFtl);

      // Files that are not content do not count.
      const before = contentVersion(t.dir);
      writeFileSync(path.join(t.dir, 'flows', 'notes.txt'), 'x');
      writeFileSync(path.join(t.dir, 'locales', 'README.md'), 'x');
      expect(contentVersion(t.dir)).toBe(before);
    } finally {
      t.cleanup();
    }
  });
});
