import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sqlite3 from 'sqlite3';
import { StoreError } from './errors.js';
import { Gate } from './gate.js';

/** A value SQLite can bind. */
export type SqlValue = string | number | bigint | Buffer | null;

/** Represents the statements available inside and outside a transaction. */
export interface SqlRunner {
  run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number; lastID: number }>;
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
}

/** Distinct SQL texts whose statements are kept; the repositories use a few dozen. */
const MAX_CACHED_TEXTS = 200;
/** Copies of one statement in flight at once (bench/e2e.ts: 8 beat 4, 16 added nothing). */
const STATEMENTS_PER_TEXT = 8;

/** Represents a kept prepared statement and how many calls are using it. */
interface KeptStatement {
  readonly statement: Promise<sqlite3.Statement>;
  busy: number;
}

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Database can be used to talk to the one SQLite file through one connection.
 * node-sqlite3 cannot nest transactions on one connection, so a transaction
 * (and `exec`) has the connection to itself: it waits for statements in flight
 * and later ones wait for it, so none lands inside it (gate.ts;
 * tests/adapters/store/sqlite.test.ts guards this). Single statements outside a
 * transaction may be in flight together: one caller's statements, each
 * awaited, still run in order, but statements issued at once without awaiting
 * have no order among themselves. Statements are prepared once and reused.
 */
export class Database implements SqlRunner {
  private readonly gate = new Gate();
  /** Prepared statements by SQL text (see {@link Database.withStatement}). */
  private readonly statements = new Map<string, KeptStatement[]>();

  private constructor(
    private readonly db: sqlite3.Database,
    readonly file: string,
  ) {}

  /**
   * Opens the file (creating it unless `create: false`), sets WAL, busy
   * timeout and foreign keys, and runs migrations (unless `migrate: false`).
   */
  static async open(
    file: string,
    options: { migrationsDir?: string; migrate?: boolean; create?: boolean } = {},
  ): Promise<Database> {
    const create = options.create !== false;
    if (create && file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    // sqlite3's default flags, less OPEN_CREATE when the file must already exist.
    const mode = sqlite3.OPEN_READWRITE | sqlite3.OPEN_FULLMUTEX | (create ? sqlite3.OPEN_CREATE : 0);
    const raw = await new Promise<sqlite3.Database>((resolve, reject) => {
      const db = new sqlite3.Database(file, mode, (err) =>
        err ? reject(new StoreError('open', (err as NodeJS.ErrnoException).code, err)) : resolve(db),
      );
    });
    raw.configure('busyTimeout', 5000);
    const db = new Database(raw, file);
    // secure_delete overwrites deleted rows, so "forget me" leaves no readable remains in the file.
    await db.exec(
      'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;',
    );
    if (options.migrate !== false) await db.migrate(options.migrationsDir ?? MIGRATIONS_DIR);
    return db;
  }

  /** Runs the project's own migrations (src/adapters/store/migrations). */
  migrateAll(): Promise<number[]> {
    return this.migrate(MIGRATIONS_DIR);
  }

  /** Runs numbered `NNN-name.sql` files not yet applied, each in its own transaction. */
  async migrate(dir: string): Promise<number[]> {
    await this.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)',
    );
    const done = new Set(
      (await this.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version),
    );
    const applied: number[] = [];
    for (const name of readdirSync(dir)
      .filter((n) => /^\d{3}-.+\.sql$/.test(n))
      .sort()) {
      const version = Number(name.slice(0, 3));
      if (done.has(version)) continue;
      const sql = readFileSync(path.join(dir, name), 'utf8');
      await this.transaction(async (tx) => {
        await tx.exec(sql);
        await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
          version,
          name,
          Date.now(),
        ]);
      });
      applied.push(version);
    }
    return applied;
  }

  /** Runs `fn` inside BEGIN IMMEDIATE … COMMIT, alone on the connection, after work issued before it; rolls back on error. */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.gate.run(true, async () => {
      await this.raw('exec', 'BEGIN IMMEDIATE');
      try {
        const value = await fn(new Transaction(this));
        await this.raw('exec', 'COMMIT');
        return value;
      } catch (error) {
        await this.raw('exec', 'ROLLBACK').catch((rollbackError: unknown) => {
          // SQLite rolls back by itself after some errors (SQLITE_FULL, SQLITE_IOERR): then this is the expected answer.
          if (!/no transaction is active/.test(causeMessage(rollbackError)))
            throw new AggregateError([error, rollbackError], 'a failed transaction could not be rolled back');
        });
        throw error;
      }
    });
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number; lastID: number }> {
    return this.gate.run(false, () => this.rawRun(sql, params));
  }

  get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return this.gate.run(false, () => this.rawGet<T>(sql, params));
  }

  all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.gate.run(false, () => this.rawAll<T>(sql, params));
  }

  exec(sql: string): Promise<void> {
    return this.gate.run(true, () => this.raw('exec', sql));
  }

  /** Closes the connection after work issued before has finished. */
  async close(): Promise<void> {
    await this.gate.run(true, async () => undefined);
    const statements = [...this.statements.values()];
    this.statements.clear();
    const finalize = (statement: sqlite3.Statement) =>
      new Promise<void>((resolve) => statement.finalize(() => resolve()));
    // A statement that never prepared has nothing to finalize (its error went to the caller that needed it).
    await Promise.all(
      statements.flat().map((kept) => kept.statement.then(finalize, (_notPrepared: unknown) => undefined)),
    );
    await new Promise<void>((resolve, reject) =>
      this.db.close((err) => (err ? reject(new StoreError('close', undefined, err)) : resolve())),
    );
  }

  /** Copies the live database to `target` with SQLite's online backup API (safe while the bot runs). */
  async backup(target: string): Promise<void> {
    await this.gate.run(
      true,
      () =>
        new Promise<void>((resolve, reject) => {
          // node-sqlite3 ships no types for its backup API.
          const withBackup = this.db as unknown as {
            backup(file: string, cb: (err: Error | null) => void): SqliteBackup;
          };
          const backup = withBackup.backup(target, (err: Error | null) => {
            if (err) return reject(new StoreError('backup', undefined, err));
            backup.step(-1, (stepErr: Error | null) => {
              if (stepErr) return reject(new StoreError('backup', undefined, stepErr));
              backup.finish((finishErr: Error | null) =>
                finishErr ? reject(new StoreError('backup', undefined, finishErr)) : resolve(),
              );
            });
          });
        }),
    );
  }

  /**
   * Runs `use` with a prepared statement for `sql`, prepared on first use and kept.
   * node-sqlite3's `Database#run/get/all` prepare and finalize a statement on every
   * call, each a trip to the thread pool; reusing one halves the trips of every query.
   * One statement runs one call at a time, so the same query from many people at once
   * (a poll batch) gets up to STATEMENTS_PER_TEXT copies, in flight together
   * (docs/performance.md). Statements are always run to completion (`all` for reads),
   * so a kept one never holds a read snapshot open between calls. Past
   * MAX_CACHED_TEXTS distinct texts (SQL built at run time), statements are
   * prepared for one use and finalized.
   */
  private async withStatement<T>(
    sql: string,
    operation: string,
    use: (statement: sqlite3.Statement) => Promise<T>,
  ): Promise<T> {
    let pool = this.statements.get(sql);
    if (!pool && this.statements.size < MAX_CACHED_TEXTS) this.statements.set(sql, (pool = []));
    if (!pool) {
      const once = await this.prepare(sql, operation);
      try {
        return await use(once);
      } finally {
        once.finalize();
      }
    }
    let kept = pool.find((k) => k.busy === 0);
    if (!kept && pool.length < STATEMENTS_PER_TEXT) {
      // The promise is kept: a statement still being prepared can already be handed out.
      const fresh: KeptStatement = { statement: this.prepare(sql, operation), busy: 0 };
      const list = pool;
      // A text that does not prepare (a typo in SQL) is not kept. The error itself goes to the caller, every time,
      // through `await kept.statement` below; this branch only forgets the statement.
      void fresh.statement.catch((_notPrepared: unknown) => {
        if (list.includes(fresh)) list.splice(list.indexOf(fresh), 1);
      });
      pool.push((kept = fresh));
    }
    kept ??= pool.reduce((a, b) => (b.busy < a.busy ? b : a));
    kept.busy += 1;
    try {
      return await use(await kept.statement);
    } finally {
      kept.busy -= 1;
    }
  }

  private prepare(sql: string, operation: string): Promise<sqlite3.Statement> {
    return new Promise<sqlite3.Statement>((resolve, reject) => {
      const statement = this.db.prepare(sql, (err: Error | null) =>
        err ? reject(new StoreError(operation, (err as NodeJS.ErrnoException).code, err)) : resolve(statement),
      );
    });
  }

  /** @internal used by Transaction: runs without the gate (the transaction holds it). */
  rawRun(sql: string, params: readonly SqlValue[]): Promise<{ changes: number; lastID: number }> {
    return this.withStatement(
      sql,
      'run',
      (statement) =>
        new Promise((resolve, reject) => {
          statement.run(params as SqlValue[], function (this: sqlite3.RunResult, err: Error | null) {
            if (err) reject(new StoreError('run', (err as NodeJS.ErrnoException).code, err));
            else resolve({ changes: this.changes, lastID: this.lastID });
          });
        }),
    );
  }

  /** @internal Reads the whole result and returns its first row (every `get` here selects one row by key). */
  async rawGet<T>(sql: string, params: readonly SqlValue[]): Promise<T | undefined> {
    return (await this.rawAllAs<T>(sql, params, 'get'))[0];
  }

  /** @internal */
  rawAll<T>(sql: string, params: readonly SqlValue[]): Promise<T[]> {
    return this.rawAllAs<T>(sql, params, 'all');
  }

  private rawAllAs<T>(sql: string, params: readonly SqlValue[], operation: 'get' | 'all'): Promise<T[]> {
    return this.withStatement(
      sql,
      operation,
      (statement) =>
        new Promise<T[]>((resolve, reject) => {
          statement.all(params as SqlValue[], (err: Error | null, rows: T[]) =>
            err ? reject(new StoreError(operation, (err as NodeJS.ErrnoException).code, err)) : resolve(rows),
          );
        }),
    );
  }

  /** @internal */
  raw(_kind: 'exec', sql: string): Promise<void> {
    return new Promise((resolve, reject) =>
      this.db.exec(sql, (err) =>
        err ? reject(new StoreError('exec', (err as NodeJS.ErrnoException).code, err)) : resolve(),
      ),
    );
  }
}

interface SqliteBackup {
  step(pages: number, cb: (err: Error | null) => void): void;
  finish(cb: (err: Error | null) => void): void;
}

/** Represents an open transaction; its statements bypass the gate the transaction holds. */
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

/** SQLite's own message behind a StoreError (its cause), to tell an expected answer apart; never logged. */
export function causeMessage(err: unknown): string {
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  return cause instanceof Error ? cause.message : '';
}
