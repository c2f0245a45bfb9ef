/**
 * KeyedLock can be used to run work for one key (one person) strictly one
 * after another, while different keys run in parallel. Several messages sent
 * at once by one person must not race on their session.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(fn, fn);
    // The next job waits for this one to settle either way; its outcome, error included, is the caller's (`result`).
    const tail = Promise.allSettled([result]);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Number of keys with work queued (bounded by active people). */
  get size(): number {
    return this.tails.size;
  }
}
