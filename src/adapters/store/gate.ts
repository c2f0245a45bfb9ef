/**
 * Gate can be used to admit work in arrival order, either shared (any number
 * at once) or exclusive (alone). The Database uses it for its one connection:
 * single statements are shared, so independent ones (two people's session
 * reads) are in flight together and node-sqlite3 runs them back to back on its
 * thread pool; a transaction or `exec` is exclusive, so no other statement
 * lands inside it. Work that arrives after an exclusive request waits behind
 * it, so a transaction is never starved. Guarded by tests/adapters/store/gate.test.ts
 * and tests/adapters/store/sqlite.test.ts.
 */
export class Gate {
  private shared = 0;
  private exclusive = false;
  private readonly waiting: { readonly exclusive: boolean; readonly admit: () => void }[] = [];

  /** Runs `fn` once admitted, shared or exclusive; resolves or rejects with it. */
  run<T>(exclusive: boolean, fn: () => Promise<T>): Promise<T> {
    const admitted = new Promise<void>((admit) => {
      this.waiting.push({ exclusive, admit });
      this.next();
    });
    const result = admitted.then(fn);
    const release = () => {
      if (exclusive) this.exclusive = false;
      else this.shared -= 1;
      this.next();
    };
    void result.then(release, release);
    return result;
  }

  private next(): void {
    while (this.waiting.length > 0 && !this.exclusive) {
      const head = this.waiting[0]!;
      if (head.exclusive && this.shared > 0) return;
      this.waiting.shift();
      if (head.exclusive) this.exclusive = true;
      else this.shared += 1;
      head.admit();
    }
  }
}
