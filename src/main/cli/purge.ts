import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Conversations } from '../../kernel/conversation/conversations.js';
import { wireFeatures } from '../../features/index.js';
import { ConfigError, loadConfig, privacySettings, staffAliases, type Config } from '../config.js';
import { loadKnownContent as loadContent } from '../known.js';
import { createLogger, type Logger } from '../../kernel/log.js';
import { PROJECT_ROOT } from '../main.js';
import type { PurgeReport } from '../../features/privacy/port.js';
import { systemClock, type Clock } from '../../kernel/ports/clock.js';
import { BadKeyError, IdentityCipher } from '../../adapters/store/identity-cipher.js';
import { WrongKeyError } from '../../adapters/store/errors.js';
import { openStore } from '../../adapters/store/open-store.js';

/**
 * Runs the retention purge once, as the scheduled one does (the same wiring,
 * so every module's own purge runs too), without starting any channel. Safe
 * while the bot runs: SQLite serialises the writes.
 */
export async function purgeOnce(
  config: Config,
  options: { clock?: Clock; log?: Logger; root?: string } = {},
): Promise<PurgeReport> {
  const log = options.log ?? createLogger('warn');
  const clock = options.clock ?? systemClock;
  const content = loadContent(options.root ?? path.resolve(PROJECT_ROOT, config.CONTENT_DIR));
  const store = await openStore(config.DATABASE_PATH, new IdentityCipher(keyFor(config)));
  try {
    const conversations = new Conversations(content, store.contacts, store.sessions, clock);
    const features = wireFeatures({
      content,
      store,
      conversations,
      channels: [],
      desk: undefined,
      clock,
      log,
      settings: {
        handoffRemindMinutes: config.HANDOFF_REMIND_MINUTES,
        staffAliases: staffAliases(config),
        privacy: privacySettings(config),
      },
    });
    try {
      return await features.privacy.retention.purge(clock.now());
    } finally {
      await features.stop();
    }
  } finally {
    await store.close();
  }
}

/** DATA_KEY, or the simulator's generated key beside the database (as `npm start` uses without one). */
function keyFor(config: Config): string {
  if (config.DATA_KEY) return config.DATA_KEY;
  const file = path.join(path.dirname(path.resolve(config.DATABASE_PATH)), 'simulator.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  throw new ConfigError('DATA_KEY: required (the key the database was written with)');
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
