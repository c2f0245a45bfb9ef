import type { ChannelPort, Outgoing, SendOutcome, SendPriority } from '../../src/kernel/ports/channel.js';
import type { ChannelName } from '../../src/kernel/ports/store.js';

/**
 * Represents a channel whose sends follow a script, for alert fan-out tests:
 * every call is recorded (the person "got" it) before the outcome is decided;
 * `outcomes` answers by address (403 → unreachable, failures), `hangAfter`
 * leaves calls unanswered after that many, as if the process died mid-send.
 */
export class ScriptedChannel implements ChannelPort {
  readonly calls: { address: string; items: readonly Outgoing[]; priority: SendPriority; at: number }[] = [];
  /** Outcomes by address; each call takes the next one, the last one repeats. Default: ok. */
  readonly outcomes = new Map<string, SendOutcome[]>();
  /** Calls after this many never answer (null: all answer). */
  hangAfter: number | null = null;
  /** Called on each send, after it is recorded (e.g. to stop a worker after N sends). */
  onSend: ((count: number) => void) | undefined;
  private inFlight = 0;
  /** The most sends that were in flight at once. */
  maxInFlight = 0;

  constructor(
    readonly name: ChannelName,
    private readonly now: () => number = () => 0,
  ) {}

  async start() {}
  async stop() {}
  health() {
    return { up: true };
  }

  async send(address: string, items: readonly Outgoing[], priority: SendPriority): Promise<SendOutcome> {
    this.calls.push({ address, items, priority, at: this.now() });
    const count = this.calls.length;
    this.onSend?.(count);
    if (this.hangAfter !== null && count > this.hangAfter) return new Promise<SendOutcome>(() => undefined);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    // Let other sends start, so concurrency is real.
    await new Promise((resolve) => setImmediate(resolve));
    this.inFlight--;
    const script = this.outcomes.get(address);
    const outcome = script && script.length > 1 ? script.shift()! : script?.[0];
    return outcome ?? { ok: true, messageIds: [String(count)] };
  }

  /** How many times each address was sent to. */
  perAddress(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const c of this.calls) counts.set(c.address, (counts.get(c.address) ?? 0) + 1);
    return counts;
  }

  textsTo(address: string): string[] {
    return this.calls.filter((c) => c.address === address).flatMap((c) => c.items.map((i) => i.text));
  }
}
