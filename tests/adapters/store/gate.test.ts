import { describe, expect, it } from 'vitest';
import { Gate } from '../../../src/adapters/store/gate.js';

/** A promise with its resolve exposed. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('Gate', () => {
  it('lets shared work overlap', async () => {
    const gate = new Gate();
    const open = deferred();
    let inside = 0;
    const jobs = [1, 2, 3].map(() =>
      gate.run(false, async () => {
        inside += 1;
        await open.promise;
      }),
    );
    await tick();
    expect(inside).toBe(3);
    open.resolve();
    await Promise.all(jobs);
  });

  it('runs exclusive work alone: it waits for shared work in flight, and later work waits for it', async () => {
    const gate = new Gate();
    const log: string[] = [];
    const first = deferred();
    const shared = gate.run(false, async () => {
      log.push('shared 1 start');
      await first.promise;
      log.push('shared 1 end');
    });
    const exclusive = gate.run(true, async () => {
      log.push('exclusive start');
      await tick();
      log.push('exclusive end');
    });
    const later = gate.run(false, async () => void log.push('shared 2'));
    await tick();
    expect(log).toEqual(['shared 1 start']);
    first.resolve();
    await Promise.all([shared, exclusive, later]);
    expect(log).toEqual(['shared 1 start', 'shared 1 end', 'exclusive start', 'exclusive end', 'shared 2']);
  });

  it('keeps going after work that fails', async () => {
    const gate = new Gate();
    await expect(
      gate.run(true, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(gate.run(false, async () => 'ok')).resolves.toBe('ok');
    await expect(gate.run(true, async () => 'alone')).resolves.toBe('alone');
  });
});
