import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sqlite3 from 'sqlite3';
import { StoreError } from './errors.js';

/** A value SQLite can bind. */
export type SqlValue = string | number | bigint | Buffer | null;

/** Represents the statements available inside and outside a transaction. */
export interface SqlRunner {
  run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number; lastID: number }>;
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
}

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Database can be used to talk to the one SQLite file through one connection.
 * node-sqlite3 cannot nest transactions on one connection, so every
 * transaction goes through one queue (tests/store/sqlite.test.ts guards this);
 * single statements outside a transaction wait for the queue too, so they
 * never land inside someone else's transaction.
 */
export class Database implements SqlRunner {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: sqlite3.Database, readonly file: string) {}

  /**
   * Opens the file (creating it unless `create: false`), sets WAL, busy
   * timeout and foreign keys, and runs migrations (unless `migrate: false`).
   */
  static async open(file: string, options: { migrationsDir?: string; migrate?: boolean; create?: boolean } = {}): Promise<Database> {
    const create = options.create !== false;
    if (create && file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    // sqlite3's default flags, less OPEN_CREATE when the file must already exist.
    const mode = sqlite3.OPEN_READWRITE | sqlite3.OPEN_FULLMUTEX | (create ? sqlite3.OPEN_CREATE : 0);
    const raw = await new Promise<sqlite3.Database>((resolve, reject) => {
      const db = new sqlite3.Database(file, mode, (err) => (err ? reject(new StoreError('open', (err as NodeJS.ErrnoException).code, err)) : resolve(db)));
    });
    raw.configure('busyTimeout', 5000);
    const db = new Database(raw, file);
    // secure_delete overwrites deleted rows, so "forget me" leaves no readable remains in the file.
    await db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;');
    if (options.migrate !== false) await db.migrate(options.migrationsDir ?? MIGRATIONS_DIR);
    return db;
  }

  /** Runs the project's own migrations (src/store/migrations). */
  migrateAll(): Promise<number[]> {
    return this.migrate(MIGRATIONS_DIR);
  }

  /** Runs numbered `NNN-name.sql` files not yet applied, each in its own transaction. */
  async migrate(dir: string): Promise<number[]> {
    await this.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)');
    const done = new Set((await this.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
    const applied: number[] = [];
    for (const name of readdirSync(dir).filter((n) => /^\d{3}-.+\.sql$/.test(n)).sort()) {
      const version = Number(name.slice(0, 3));
      if (done.has(version)) continue;
      const sql = readFileSync(path.join(dir, name), 'utf8');
      await this.transaction(async (tx) => {
        await tx.exec(sql);
        await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [version, name, Date.now()]);
      });
      applied.push(version);
    }
    return applied;
  }

  /** Runs `fn` inside BEGIN IMMEDIATE … COMMIT, after every earlier transaction; rolls back on error. */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
    const result = this.queue.then(async () => {
      await this.raw('exec', 'BEGIN IMMEDIATE');
      try {
        const value = await fn(new Transaction(this));
        await this.raw('exec', 'COMMIT');
        return value;
      } catch (error) {
        await this.raw('exec', 'ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number; lastID: number }> {
    return this.enqueue(() => this.rawRun(sql, params));
  }

  get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return this.enqueue(() => this.rawGet<T>(sql, params));
  }

  all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.enqueue(() => this.rawAll<T>(sql, params));
  }

  exec(sql: string): Promise<void> {
    return this.enqueue(() => this.raw('exec', sql));
  }

  /** Closes the connection after queued work has finished. */
  async close(): Promise<void> {
    await this.queue;
    await new Promise<void>((resolve, reject) => this.db.close((err) => (err ? reject(new StoreError('close', undefined, err)) : resolve())));
  }

  /** Copies the live database to `target` with SQLite's online backup API (safe while the bot runs). */
  async backup(target: string): Promise<void> {
    await this.enqueue(
      () =>
        new Promise<void>((resolve, reject) => {
          // node-sqlite3 ships no types for its backup API.
          const withBackup = this.db as unknown as { backup(file: string, cb: (err: Error | null) => void): SqliteBackup };
          const backup = withBackup.backup(target, (err: Error | null) => {
            if (err) return reject(new StoreError('backup', undefined, err));
            backup.step(-1, (stepErr: Error | null) => {
              if (stepErr) return reject(new StoreError('backup', undefined, stepErr));
              backup.finish((finishErr: Error | null) => (finishErr ? reject(new StoreError('backup', undefined, finishErr)) : resolve()));
            });
          });
        }),
    );
  }

  private enqueue<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.queue.then(fn);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** @internal used by Transaction: runs without queueing (the transaction holds the queue). */
  rawRun(sql: string, params: readonly SqlValue[]): Promise<{ changes: number; lastID: number }> {
    return new Promise((resolve, reject) => {
      this.db.run(sql, params as SqlValue[], function (this: sqlite3.RunResult, err: Error | null) {
        if (err) reject(new StoreError('run', (err as NodeJS.ErrnoException).code, err));
        else resolve({ changes: this.changes, lastID: this.lastID });
      });
    });
  }

  /** @internal */
  rawGet<T>(sql: string, params: readonly SqlValue[]): Promise<T | undefined> {
    return new Promise((resolve, reject) => {
      this.db.get(sql, params as SqlValue[], (err: Error | null, row: T | undefined) => (err ? reject(new StoreError('get', (err as NodeJS.ErrnoException).code, err)) : resolve(row)));
    });
  }

  /** @internal */
  rawAll<T>(sql: string, params: readonly SqlValue[]): Promise<T[]> {
    return new Promise((resolve, reject) => {
      this.db.all(sql, params as SqlValue[], (err: Error | null, rows: T[]) => (err ? reject(new StoreError('all', (err as NodeJS.ErrnoException).code, err)) : resolve(rows)));
    });
  }

  /** @internal */
  raw(_kind: 'exec', sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, (err) => (err ? reject(new StoreError('exec', (err as NodeJS.ErrnoException).code, err)) : resolve())));
  }
}

interface SqliteBackup {
  step(pages: number, cb: (err: Error | null) => void): void;
  finish(cb: (err: Error | null) => void): void;
}

/** Represents an open transaction; its statements bypass the queue the transaction holds. */
export class Transaction implements SqlRunner {
  constructor(private readonly db: Database) {}
  run(sql: string, params: readonly SqlValue[] = []) {
    return this.db.rawRun(sql, params);
  }
  get<T>(sql: string, params: readonly SqlValue[] = []) {
    return this.db.rawGet<T>(sql, params);
  }
  all<T>(sql: string, params: readonly SqlValue[] = []) {
    return this.db.rawAll<T>(sql, params);
  }
  exec(sql: string) {
    return this.db.raw('exec', sql);
  }
}
