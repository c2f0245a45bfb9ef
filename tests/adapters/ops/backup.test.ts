import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupError, backupDatabase } from '../../../src/adapters/ops/backup.js';
import { WrongKeyError } from '../../../src/adapters/store/errors.js';
import { IdentityCipher } from '../../../src/adapters/store/identity-cipher.js';
import type { FeatureStore as Store } from '../../../src/features/index.js';
import { ROOT, randomKey, tempDir, openTestStore } from '../../helpers/index.js';

const run = promisify(execFile);

/** Keeps adding contacts (as the bot would) until stopped; `written` counts the finished ones. */
function keepWriting(store: Store): {
  written: () => number;
  until: (n: number) => Promise<void>;
  stop: () => Promise<void>;
} {
  let written = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      await store.contacts.touch('telegram', String(700_000_000 + written), Date.now());
      written++;
    }
  })();
  return {
    written: () => written,
    until: async (n) => {
      while (written < n) await new Promise((r) => setTimeout(r, 5));
    },
    stop: async () => {
      stopped = true;
      await loop;
    },
  };
}

describe('backup while the bot runs, and restore', () => {
  let t: ReturnType<typeof tempDir>;
  let key: string;
  let dbPath: string;
  let store: Store | undefined;
  beforeEach(async () => {
    t = tempDir('peerline-backup-');
    key = randomKey();
    dbPath = path.join(t.dir, 'data', 'peerline.db');
    store = await openTestStore(dbPath, new IdentityCipher(key));
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
    t.cleanup();
  });

  it('takes a consistent copy while writes go on, which the same key opens and restores', async () => {
    const writer = keepWriting(store!);
    await writer.until(20);
    const target = path.join(t.dir, 'backups', 'peerline-1.db');
    const result = await backupDatabase(dbPath, target);
    const atBackup = writer.written();
    await writer.until(atBackup + 20);
    await writer.stop();
    const total = writer.written();

    expect(result.file).toBe(target);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(existsSync(`${target}-wal`)).toBe(false);

    const copy = await openTestStore(target, new IdentityCipher(key));
    const inCopy = await copy.contacts.count();
    // A snapshot: everything written before the backup began, nothing torn, ids without holes.
    expect(inCopy).toBeGreaterThanOrEqual(20);
    expect(inCopy).toBeLessThan(total);
    expect((await copy.db.get<{ n: number }>('SELECT MAX(id) AS n FROM contacts'))?.n).toBe(inCopy);
    expect(await copy.contacts.find('telegram', '700000000')).toMatchObject({
      id: 1,
      channel: 'telegram',
      address: '700000000',
    });
    await copy.close();

    // Restore as docs/deploy.md says: stop the bot, copy the backup over DATABASE_PATH, remove -wal/-shm, start.
    await store!.close();
    store = undefined;
    copyFileSync(target, dbPath);
    rmSync(`${dbPath}-wal`, { force: true });
    rmSync(`${dbPath}-shm`, { force: true });
    store = await openTestStore(dbPath, new IdentityCipher(key));
    expect(await store.contacts.count()).toBe(inCopy);
    expect(await store.contacts.find('telegram', '700000000')).toBeDefined();
    expect(await store.contacts.find('telegram', String(700_000_000 + total - 1))).toBeUndefined();
  });

  it('a backup opened with another DATA_KEY fails clearly and stays usable with the right one', async () => {
    await store!.contacts.touch('whatsapp', '16135550123@c.us', 1);
    const target = path.join(t.dir, 'b.db');
    await backupDatabase(dbPath, target);
    const opening = openTestStore(target, new IdentityCipher(randomKey()));
    await expect(opening).rejects.toBeInstanceOf(WrongKeyError);
    await expect(opening).rejects.toThrow(/DATA_KEY does not match/);
    const copy = await openTestStore(target, new IdentityCipher(key));
    expect(await copy.contacts.find('whatsapp', '16135550123@c.us')).toMatchObject({ address: '16135550123@c.us' });
    await copy.close();
  });

  it('keeps identities encrypted in the copy', async () => {
    await store!.contacts.touch('whatsapp', '16135550123@c.us', 1);
    const target = path.join(t.dir, 'b.db');
    await backupDatabase(dbPath, target);
    expect(readFileSync(target).includes(Buffer.from('16135550123'))).toBe(false);
  });

  it('refuses to overwrite a file unless forced, and never makes an empty database', async () => {
    const target = path.join(t.dir, 'exists.db');
    writeFileSync(target, 'precious');
    await expect(backupDatabase(dbPath, target)).rejects.toThrow(/already exists.*--force/);
    expect(readFileSync(target, 'utf8')).toBe('precious');
    await backupDatabase(dbPath, target, { force: true });
    expect(readFileSync(target).subarray(0, 15).toString()).toBe('SQLite format 3');

    const missing = path.join(t.dir, 'nope', 'peerline.db');
    await expect(backupDatabase(missing, path.join(t.dir, 'x.db'))).rejects.toBeInstanceOf(BackupError);
    expect(existsSync(missing)).toBe(false);
    await expect(backupDatabase(dbPath, dbPath, { force: true })).rejects.toThrow(/must not be the database itself/);
  });

  it('npm run backup: the CLI backs up DATABASE_PATH while this process writes', async () => {
    const writer = keepWriting(store!);
    await writer.until(5);
    const cli = (...args: string[]) =>
      run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/main/cli/backup.ts'), ...args], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_PATH: dbPath },
      }).then(
        (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
      );
    const target = path.join(t.dir, 'cli.db');
    try {
      const first = await cli(target);
      expect(first).toMatchObject({ code: 0 });
      expect(first.out).toContain('backup written');
      const again = await cli(target);
      expect(again.code).toBe(1);
      expect(again.err).toMatch(/already exists/);
      expect((await cli(target, '--force')).code).toBe(0);
      expect((await cli()).code).toBe(2);
    } finally {
      await writer.stop();
    }
    const copy = await openTestStore(target, new IdentityCipher(key));
    expect(await copy.contacts.count()).toBeGreaterThanOrEqual(5);
    await copy.close();
  });
});
