import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  guardLibraryRejections,
  isLibraryRejection,
} from '../../../../src/adapters/channels/whatsapp/process-guard.js';
import { createLogger } from '../../../../src/kernel/log.js';

function errorWithStack(name: string, frame: string): Error {
  const error = new Error('Protocol error (Runtime.callFunctionOn): Target closed');
  error.name = name;
  error.stack = `${name}: ${error.message}\n    at ${frame}`;
  return error;
}

describe('guardLibraryRejections', () => {
  it('recognises whatsapp-web.js and puppeteer rejections, and nothing else', () => {
    expect(
      isLibraryRejection(
        errorWithStack('Error', 'Client.inject (/app/node_modules/whatsapp-web.js/src/Client.js:101:5)'),
      ),
    ).toBe(true);
    expect(
      isLibraryRejection(
        errorWithStack(
          'Error',
          'CdpPage.evaluate (/app/node_modules/puppeteer-core/lib/esm/puppeteer/cdp/Page.js:9:1)',
        ),
      ),
    ).toBe(true);
    expect(isLibraryRejection(errorWithStack('TargetCloseError', 'somewhere (/app/src/x.ts:1:1)'))).toBe(true);
    expect(
      isLibraryRejection(errorWithStack('TypeError', 'handle (/app/src/kernel/conversation/conversations.ts:1:1)')),
    ).toBe(false);
    expect(isLibraryRejection('a string')).toBe(false);
  });

  it('logs and swallows library rejections while installed, and is removed on uninstall', () => {
    const lines: string[] = [];
    const log = createLogger(
      'info',
      new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) }),
    );
    const before = process.listenerCount('unhandledRejection');
    const uninstall = guardLibraryRejections(log);
    const listener = process.listeners('unhandledRejection').at(-1)!;
    expect(process.listenerCount('unhandledRejection')).toBe(before + 1);
    expect(() =>
      listener(errorWithStack('ProtocolError', 'x (/app/node_modules/puppeteer-core/a.js:1:1)'), Promise.resolve()),
    ).not.toThrow();
    expect(lines.join('')).toContain('unhandled error inside whatsapp-web.js ignored');
    uninstall();
    expect(process.listenerCount('unhandledRejection')).toBe(before);
  });
});
