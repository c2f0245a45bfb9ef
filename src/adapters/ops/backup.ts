import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { Database } from '../store/sqlite.js';

/** Represents a backup that was refused or failed; its message says what to do. */
export class BackupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BackupError';
  }
}

/** Represents a finished backup. */
export interface BackupResult {
  readonly file: string;
  readonly bytes: number;
}

/**
 * Copies the database at `source` to `target` with SQLite's online backup
 * API, through a second connection: safe while the bot runs (WAL lets it
 * read while the bot writes), and the copy is a consistent snapshot.
 *
 * The copy is written beside the target under a temporary name, checked
 * with `PRAGMA quick_check`, made readable by its owner only, and then
 * renamed, so a half-written file never carries the target's name.
 * Refuses to overwrite `target` unless `force`. The key is not needed: the
 * identities stay encrypted in the copy, and opening it needs the same
 * DATA_KEY (tests/adapters/ops/backup.test.ts).
 */
export async function backupDatabase(
  source: string,
  target: string,
  options: { force?: boolean } = {},
): Promise<BackupResult> {
  const from = path.resolve(source);
  const to = path.resolve(target);
  if (from === to) throw new BackupError('the backup file must not be the database itself');
  if (!existsSync(from)) throw new BackupError(`no database at ${source} (check DATABASE_PATH)`);
  if (existsSync(to) && !options.force)
    throw new BackupError(`${target} already exists; choose another name, or add --force to overwrite it`);
  mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });

  const partial = `${to}.partial-${process.pid}`;
  removeWithJournals(partial);
  try {
    const db = await Database.open(from, { migrate: false, create: false });
    try {
      await db.backup(partial);
    } finally {
      await db.close();
    }
    chmodSync(partial, 0o600);
    await quickCheck(partial);
    renameSync(partial, to);
  } catch (error) {
    removeWithJournals(partial);
    if (error instanceof BackupError) throw error;
    throw new BackupError(`backup failed: ${(error as Error).message}`, { cause: error });
  }
  return { file: to, bytes: statSync(to).size };
}

async function quickCheck(file: string): Promise<void> {
  const db = await Database.open(file, { migrate: false, create: false });
  try {
    const rows = await db.all<{ quick_check: string }>('PRAGMA quick_check');
    if (rows.length !== 1 || rows[0]?.quick_check !== 'ok')
      throw new BackupError('the copy failed its integrity check; the database was not changed, try again');
    // Leave the copy as one self-contained file: no -wal to carry along.
    await db.exec('PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;');
  } finally {
    await db.close();
  }
}

function removeWithJournals(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(f, { force: true });
}
