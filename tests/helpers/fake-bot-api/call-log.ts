import { isSendMethod } from './faults.js';
import type { ApiCall, ChatId } from './types.js';

/** Represents a condition on recorded calls: a method name, or a predicate over one call. */
export type CallMatcher = string | ((call: ApiCall) => boolean);

interface Waiter {
  check(call: ApiCall): void;
  cancel(reason: Error): void;
}

/** CallLog can be used to record every request the fake answered and to wait for calls that have not happened yet. */
export class CallLog {
  readonly calls: ApiCall[] = [];
  private readonly waiters = new Set<Waiter>();

  record(call: ApiCall): void {
    this.calls.push(call);
    for (const waiter of [...this.waiters]) waiter.check(call);
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Successful deliveries to a chat, in order (chat actions are not deliveries). */
  sentTo(chatId: ChatId): ApiCall[] {
    return this.calls.filter(
      (c) =>
        c.ok && isSendMethod(c.method) && c.method !== 'sendChatAction' && String(c.payload.chat_id) === String(chatId),
    );
  }

  /** Resolves with the first recorded call that matches, waiting for it if needed. */
  waitFor(matcher: CallMatcher, timeoutMs: number): Promise<ApiCall> {
    const matches = typeof matcher === 'string' ? (c: ApiCall) => c.method === matcher : matcher;
    const found = this.calls.find(matches);
    if (found) return Promise.resolve(found);
    return new Promise<ApiCall>((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
      };
      const waiter: Waiter = {
        check: (call) => {
          if (!matches(call)) return;
          done();
          resolve(call);
        },
        cancel: (reason) => {
          done();
          reject(reason);
        },
      };
      const timer = setTimeout(
        () =>
          waiter.cancel(
            new Error(`FakeBotApi.waitFor timed out after ${timeoutMs} ms; calls so far: ${this.summary()}`),
          ),
        timeoutMs,
      );
      this.waiters.add(waiter);
    });
  }

  /** Resolves with all calls to `method` once there are at least `n` of them. */
  async waitForCalls(method: string, n: number, timeoutMs: number): Promise<ApiCall[]> {
    await this.waitFor(() => this.callsTo(method).length >= n, timeoutMs).catch((error: unknown) => {
      throw new Error(
        `FakeBotApi.waitForCalls: wanted ${n} ${method}, got ${this.callsTo(method).length}. ${String(error)}`,
      );
    });
    return this.callsTo(method);
  }

  reset(): void {
    this.calls.length = 0;
  }

  /** Ends every pending wait with an error (the server is stopping). */
  cancelWaits(reason: string): void {
    for (const waiter of [...this.waiters]) waiter.cancel(new Error(reason));
  }

  private summary(): string {
    const last = this.calls.slice(-15).map((c) => (c.ok ? c.method : `${c.method}!${c.error?.code ?? 'drop'}`));
    return last.length === 0 ? '(none)' : `${this.calls.length > 15 ? '… ' : ''}${last.join(', ')}`;
  }
}
