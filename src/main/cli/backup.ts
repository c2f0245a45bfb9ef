import { configSchema } from '../config.js';
import { BackupError, backupDatabase } from '../../adapters/ops/backup.js';

/**
 * `npm run backup -- <file> [--force]`: copies DATABASE_PATH to `<file>`
 * with SQLite's online backup API, safe while the bot runs. Run it as the
 * user the bot runs as (it opens the database read-write for WAL's sake but
 * writes nothing). Restore: docs/deploy.md, "Backups".
 */
const USAGE = 'usage: npm run backup -- <file> [--force]   (copies DATABASE_PATH to <file>; --force overwrites <file>)';

const args = process.argv.slice(2);
const force = args.includes('--force');
const files = args.filter((a) => a !== '--force');
if (files.length !== 1 || files[0]!.startsWith('-')) {
  console.error(USAGE);
  process.exit(2);
}

const database = configSchema.shape.DATABASE_PATH.parse(process.env.DATABASE_PATH || undefined);
try {
  const result = await backupDatabase(database, files[0]!, { force });
  console.log(`backup written: ${result.file} (${result.bytes} bytes). Opening it needs the same DATA_KEY.`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(`peerline backup: ${error.message}`);
  process.exit(1);
}
