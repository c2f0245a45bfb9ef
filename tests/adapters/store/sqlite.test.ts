import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Database } from '../../../src/adapters/store/sqlite.js';
import { ROOT, tempDir } from '../../helpers/index.js';

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
    // Every numbered file in src/adapters/store/migrations, in order (features add theirs: 003 callbacks, 004 alerts, …).
    const files = readdirSync(path.join(ROOT, 'src', 'adapters', 'store', 'migrations'))
      .filter((n) => /^\d{3}-.+\.sql$/.test(n))
      .map((n) => Number(n.slice(0, 3)))
      .sort((a, b) => a - b);
    expect(files.slice(0, 2)).toEqual([1, 2]);
    expect(versions.map((v) => v.version)).toEqual(files);
    expect(await db.migrateAll()).toEqual([]);
    const tables = (
      await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
    ).map((t) => t.name);
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

  it('never lets a single statement land inside a transaction, and reuses prepared statements', async () => {
    const db = await open();
    await db.exec('CREATE TABLE t (v INTEGER)');
    // Statements issued while a transaction runs wait for it: a rollback must not take them with it.
    const failing = db.transaction(async (tx) => {
      await tx.run('INSERT INTO t VALUES (?)', [1]);
      await new Promise((r) => setImmediate(r));
      throw new Error('boom');
    });
    const outside = Array.from({ length: 20 }, (_, i) => db.run('INSERT INTO t VALUES (?)', [100 + i]));
    await expect(failing).rejects.toThrow('boom');
    await Promise.all(outside);
    const values = (await db.all<{ v: number }>('SELECT v FROM t ORDER BY v')).map((r) => r.v);
    expect(values).toEqual(Array.from({ length: 20 }, (_, i) => 100 + i));
    // The same SQL, run many times at once and in turns, gives each caller its own result.
    const reads = await Promise.all(values.map((v) => db.get<{ v: number }>('SELECT v FROM t WHERE v = ?', [v])));
    expect(reads.map((r) => r?.v)).toEqual(values);
    await expect(db.get('SELECT nope FROM t')).rejects.toMatchObject({ name: 'StoreError', operation: 'get' });
    await db.close();
  });

  it('rolls back a failed transaction and keeps working', async () => {
    const db = await open();
    await db.exec('CREATE TABLE t (v TEXT)');
    await expect(
      db.transaction(async (tx) => {
        await tx.run('INSERT INTO t VALUES (?)', ['a']);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await db.run('INSERT INTO t VALUES (?)', ['b']);
    expect((await db.all<{ v: string }>('SELECT v FROM t')).map((r) => r.v)).toEqual(['b']);
    await db.close();
  });
});
