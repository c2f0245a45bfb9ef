import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Database } from '../../src/store/sqlite.js';
import { tempDir } from '../helpers/index.js';

describe('Database (sqlite3 on a real file)', () => {
  const dirs: (() => void)[] = [];
  afterEach(() => dirs.splice(0).forEach((c) => c()));
  const open = async () => {
    const t = tempDir();
    dirs.push(t.cleanup);
    return Database.open(path.join(t.dir, 'test.db'));
  };

  it('runs in WAL mode with foreign keys and a busy timeout of at least 5 s', async () => {
    const db = await open();
    expect((await db.get<{ journal_mode: string }>('PRAGMA journal_mode'))?.journal_mode).toBe('wal');
    expect((await db.get<{ foreign_keys: number }>('PRAGMA foreign_keys'))?.foreign_keys).toBe(1);
    expect((await db.get<{ timeout: number }>('PRAGMA busy_timeout'))?.timeout).toBeGreaterThanOrEqual(5000);
    await db.close();
  });

  it('applies numbered migrations once and records them', async () => {
    const db = await open();
    const versions = await db.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(await db.migrateAll()).toEqual([]);
    const tables = (await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['contacts', 'sessions', 'processed_updates', 'meta']));
    await db.close();
  });

  it('keeps concurrent transactions apart: fifty overlapping read-modify-writes lose nothing', async () => {
    const db = await open();
    await db.exec('CREATE TABLE counter (n INTEGER); INSERT INTO counter VALUES (0);');
    await Promise.all(
      Array.from({ length: 50 }, () =>
        db.transaction(async (tx) => {
          const row = await tx.get<{ n: number }>('SELECT n FROM counter');
          await new Promise((r) => setImmediate(r)); // an await inside the transaction, as real code has
          await tx.run('UPDATE counter SET n = ?', [(row?.n ?? 0) + 1]);
        }),
      ),
    );
    expect((await db.get<{ n: number }>('SELECT n FROM counter'))?.n).toBe(50);
    await db.close();
  });

  it('rolls back a failed transaction and keeps working', async () => {
    const db = await open();
    await db.exec('CREATE TABLE t (v TEXT)');
    await expect(db.transaction(async (tx) => {
      await tx.run('INSERT INTO t VALUES (?)', ['a']);
      throw new Error('boom');
    })).rejects.toThrow('boom');
    await db.run('INSERT INTO t VALUES (?)', ['b']);
    expect((await db.all<{ v: string }>('SELECT v FROM t')).map((r) => r.v)).toEqual(['b']);
    await db.close();
  });
});
