import type { Logger } from '../../../kernel/log.js';

const LIBRARY_FRAME = /node_modules[\\/](?:whatsapp-web\.js|puppeteer(?:-core)?)[\\/]/;
const LIBRARY_ERRORS = new Set(['ProtocolError', 'TargetCloseError', 'TimeoutError']);

/** True when a rejection comes from whatsapp-web.js or puppeteer (by stack frame or puppeteer's error names). */
export function isLibraryRejection(reason: unknown): boolean {
  if (!(reason instanceof Error)) return false;
  return LIBRARY_ERRORS.has(reason.name) || LIBRARY_FRAME.test(reason.stack ?? '');
}

/**
 * Installs a process-wide `unhandledRejection` listener that logs and
 * swallows rejections from whatsapp-web.js and puppeteer, and returns a
 * function that removes it. The library fires promises it never awaits
 * (`this.destroy()` on a state change, `inject()` on navigation, …); once the
 * browser is gone they reject with "Target closed", and Node's default would
 * end the process, Telegram included. Other rejections keep Node's default
 * (the process ends), unless another listener of the project handles them.
 * Guarded by tests/adapters/channels/whatsapp/process-guard.test.ts.
 */
export function guardLibraryRejections(log: Logger): () => void {
  const listener = (reason: unknown): void => {
    if (isLibraryRejection(reason)) {
      log.error(
        { err: reason },
        'whatsapp: unhandled error inside whatsapp-web.js ignored; the supervisor restarts the client if it is broken',
      );
      return;
    }
    if (process.listenerCount('unhandledRejection') > 1) return;
    throw reason;
  };
  process.on('unhandledRejection', listener);
  return () => void process.off('unhandledRejection', listener);
}
