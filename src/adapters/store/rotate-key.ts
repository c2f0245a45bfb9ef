import { WrongKeyError } from './errors.js';
import type { IdentityCipher } from './identity-cipher.js';
import { causeMessage, Database, type SqlValue, type Transaction } from './sqlite.js';

/** Represents what a key rotation changed. */
export interface RotationReport {
  /** Encrypted values re-encrypted, by `table.column`. */
  readonly reencrypted: Readonly<Record<string, number>>;
  /** Keyed lookups recomputed (contacts.lookup). */
  readonly lookups: number;
  /**
   * BLOB values that are not encrypted with the old key, by `table.column`:
   * keyed hashes made elsewhere (e.g. callbacks.claimed_by_key), left as they
   * are. They no longer match under the new key (docs/threat-model.md).
   */
  readonly untouched: Readonly<Record<string, number>>;
}

/** Represents a refused rotation; nothing was changed. */
export class RotationRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RotationRefused';
  }
}

/** Columns that must hold values encrypted with the old key: one that does not means corruption, and the rotation stops. */
const MUST_DECRYPT = new Set(['contacts.address', 'sessions.state', 'chat_messages.ref']);
/** Bookkeeping tables never holding encrypted values. */
const SKIP_TABLES = new Set(['schema_migrations', 'meta', 'processed_updates']);

/**
 * Re-encrypts every stored identity and encrypted column under a new key, in
 * one transaction, and stores the new key's fingerprint. It refuses (and
 * changes nothing) when `from` is not the key the data was written with, when
 * the keys are the same, or when a value that must decrypt does not.
 *
 * Encrypted columns are found, not listed: every BLOB value of every table
 * that decrypts with the old key (AES-GCM's tag makes a false match
 * practically impossible) is re-encrypted, so tables added by later
 * migrations (callbacks.phone, …) are covered. contacts.lookup is a keyed
 * hash of the chat id and is recomputed from the decrypted address. Finally
 * the WAL is checkpointed and the file vacuumed, so no page still holds a
 * value under the old key. Run it with the bot stopped.
 * Guarded by tests/adapters/store/rotate-key.test.ts.
 */
export async function rotateKey(file: string, from: IdentityCipher, to: IdentityCipher): Promise<RotationReport> {
  if (from.fingerprint === to.fingerprint)
    throw new RotationRefused('NEW_DATA_KEY is the same as DATA_KEY; nothing to do');
  const db = await Database.open(file, { migrate: false, create: false });
  try {
    const stored = (await db.get<{ name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'",
    ))
      ? await db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'key_fingerprint'")
      : undefined;
    if (!stored)
      throw new RotationRefused(
        'this database has no key fingerprint yet (never opened by Peerline); nothing to rotate',
      );
    if (to.matches(stored.value))
      throw new RotationRefused('the database is already encrypted with NEW_DATA_KEY; set DATA_KEY to it');
    if (!from.matches(stored.value)) throw new WrongKeyError();
    const report = await db.transaction((tx) => reencryptAll(tx, from, to));
    await db.exec('PRAGMA wal_checkpoint(TRUNCATE); VACUUM; PRAGMA wal_checkpoint(TRUNCATE);');
    return report;
  } finally {
    await db.close();
  }
}

async function reencryptAll(tx: Transaction, from: IdentityCipher, to: IdentityCipher): Promise<RotationReport> {
  const reencrypted: Record<string, number> = {};
  const untouched: Record<string, number> = {};
  let lookups = 0;
  const tables = await tx.all<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  for (const { name: table } of tables) {
    if (SKIP_TABLES.has(table)) continue;
    const columns = (
      await tx.all<{ name: string; type: string }>(`SELECT name, type FROM pragma_table_info(?)`, [table])
    ).map((c) => c.name);
    const rows = await tx
      .all<Record<string, SqlValue>>(`SELECT rowid AS __rowid, * FROM "${table}"`)
      .catch((err: unknown) => {
        // A WITHOUT ROWID table (Peerline makes none) has no rowid: the expected answer, skipped. Anything else stops.
        if (/no such column: rowid/.test(causeMessage(err))) return undefined;
        throw err;
      });
    if (!rows) continue;
    for (const row of rows) {
      const changes: [string, SqlValue][] = [];
      for (const column of columns) {
        const value = row[column];
        if (!Buffer.isBuffer(value)) continue;
        const key = `${table}.${column}`;
        if (table === 'contacts' && column === 'lookup') continue; // recomputed below, from the address
        let plain: string;
        try {
          plain = from.decrypt(value);
        } catch {
          if (MUST_DECRYPT.has(key))
            throw new RotationRefused(
              `a value in ${key} does not decrypt with DATA_KEY (row ${String(row.__rowid)}); nothing was changed`,
            );
          untouched[key] = (untouched[key] ?? 0) + 1;
          continue;
        }
        changes.push([column, to.encrypt(plain)]);
        reencrypted[key] = (reencrypted[key] ?? 0) + 1;
        if (table === 'contacts' && column === 'address' && typeof row.channel === 'string') {
          changes.push(['lookup', to.lookup(row.channel, plain)]);
          lookups++;
        }
      }
      if (!changes.length) continue;
      const set = changes.map(([c]) => `"${c}" = ?`).join(', ');
      await tx.run(`UPDATE "${table}" SET ${set} WHERE rowid = ?`, [...changes.map(([, v]) => v), row.__rowid ?? null]);
    }
  }
  await tx.run("UPDATE meta SET value = ? WHERE key = 'key_fingerprint'", [to.fingerprint]);
  return { reencrypted, lookups, untouched };
}
