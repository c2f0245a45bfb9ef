import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { configSchema } from '../config.js';
import { WrongKeyError } from '../../adapters/store/errors.js';
import { BadKeyError, IdentityCipher } from '../../adapters/store/identity-cipher.js';
import { RotationRefused, rotateKey, type RotationReport } from '../../adapters/store/rotate-key.js';

/** Represents a rotation the command line refused before touching anything. */
export class RotateUsageError extends Error {}

/**
 * Re-encrypts the database at DATABASE_PATH from DATA_KEY to NEW_DATA_KEY
 * (both read from `env`). Stop the bot first: a running bot would keep
 * writing with the old key. Old backups still need the old key.
 */
export async function rotateFromEnv(env: NodeJS.ProcessEnv): Promise<{ file: string; report: RotationReport }> {
  const file = configSchema.shape.DATABASE_PATH.parse(env.DATABASE_PATH || undefined);
  if (!env.DATA_KEY) throw new RotateUsageError('DATA_KEY: required (the key the database is encrypted with now)');
  if (!env.NEW_DATA_KEY)
    throw new RotateUsageError(
      `NEW_DATA_KEY: required; make one with: node -e "console.log(require('crypto').randomBytes(32).toString('base64'))"`,
    );
  if (!existsSync(file)) throw new RotateUsageError(`DATABASE_PATH: ${file} does not exist`);
  const from = new IdentityCipher(env.DATA_KEY);
  let to: IdentityCipher;
  try {
    to = new IdentityCipher(env.NEW_DATA_KEY);
  } catch (error) {
    if (error instanceof BadKeyError)
      throw new RotateUsageError(`NEW_DATA_KEY: ${error.message.replace(/^DATA_KEY /, '')}`);
    throw error;
  }
  return { file, report: await rotateKey(file, from, to) };
}

/** `npm run rotate-key`. */
async function main(): Promise<void> {
  try {
    const { file, report } = await rotateFromEnv(process.env);
    const counts = Object.entries(report.reencrypted).map(([column, n]) => `  ${column}: ${n}`);
    const kept = Object.entries(report.untouched).map(
      ([column, n]) => `  ${column}: ${n} (keyed hashes; they no longer match and are renewed as they are used)`,
    );
    console.log(
      [
        `peerline rotate-key: ${file} is now encrypted with NEW_DATA_KEY.`,
        'Re-encrypted:',
        ...(counts.length ? counts : ['  nothing (empty database)']),
        `  contacts.lookup: ${report.lookups} recomputed`,
        ...(kept.length ? ['Left as they were:', ...kept] : []),
        'Next: set DATA_KEY to the new key in /etc/peerline.env, remove NEW_DATA_KEY, start Peerline.',
        'Backups made before now still need the OLD key: keep it with them, or make a fresh backup and destroy the old ones.',
      ].join('\n'),
    );
  } catch (error) {
    if (
      error instanceof RotateUsageError ||
      error instanceof RotationRefused ||
      error instanceof WrongKeyError ||
      error instanceof BadKeyError
    ) {
      console.error(`peerline rotate-key: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  void main();
}
