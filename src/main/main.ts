import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ContentError, formatIssue } from '../kernel/content/issues.js';
import { createLogger } from '../kernel/log.js';
import { BadKeyError } from '../adapters/store/identity-cipher.js';
import { WrongKeyError } from '../adapters/store/errors.js';
import { ConfigError, loadConfig, simulatorEnabled, type Config } from './config.js';
import { startPeerline, type Running } from './compose.js';

/** Runs as `npm start`: prints one clear line and exits 1 on bad configuration, content or key. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`peerline: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config.LOG_LEVEL);
  let running: Running;
  try {
    running = await startPeerline(config, { log });
  } catch (error) {
    if (error instanceof ContentError) {
      process.stderr.write(
        `peerline: the content has errors; run npm run content:check\n${error.issues
          .filter((i) => i.severity === 'error')
          .map(formatIssue)
          .join('\n')}\n`,
      );
    } else if (error instanceof WrongKeyError || error instanceof BadKeyError || error instanceof ConfigError) {
      process.stderr.write(`peerline: ${error.message}\n`);
    } else {
      log.fatal({ err: error }, 'start failed');
    }
    process.exit(1);
  }
  if (running.port && simulatorEnabled(config)) {
    process.stdout.write(
      `\nPeerline simulator: open http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${running.port}/ in your browser\n\n`,
    );
  }
  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    void running.stop().then(() => process.exit(0));
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  void main();
}
