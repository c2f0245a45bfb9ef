import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLogger, type Logger } from '../../kernel/log.js';
import type { Clock } from '../../kernel/ports/clock.js';
import type { PurgeReport } from '../../kernel/ports/retention.js';
import { BadKeyError } from '../../adapters/store/identity-cipher.js';
import { WrongKeyError } from '../../adapters/store/errors.js';
import { compose } from '../compose.js';
import { ConfigError, loadConfig, type Config } from '../config.js';

/**
 * Runs the retention purge once, as the scheduled one does: the same wiring
 * (compose), so every feature's own purge runs with the same settings, and
 * no channel starts. Safe while the bot runs: SQLite serialises the writes.
 */
export async function purgeOnce(
  config: Config,
  options: { clock?: Clock; log?: Logger; root?: string } = {},
): Promise<PurgeReport> {
  const peerline = await compose(config, { ...options, log: options.log ?? createLogger('warn') });
  try {
    return await peerline.features.privacy.retention.purge(peerline.clock.now());
  } finally {
    await peerline.close();
  }
}

/** `npm run purge`: prints what was removed, counts only. */
async function main(): Promise<void> {
  try {
    const config = loadConfig();
    if (!existsSync(config.DATABASE_PATH))
      throw new ConfigError(`DATABASE_PATH: ${config.DATABASE_PATH} does not exist`);
    const report = await purgeOnce(config);
    const lines = Object.entries(report).map(([kind, n]) => `  ${kind}: ${n}`);
    console.log(`peerline purge done:\n${lines.join('\n') || '  nothing to remove'}`);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof WrongKeyError || error instanceof BadKeyError) {
      console.error(`peerline purge: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  void main();
}
