import type { Logger } from '../../../kernel/log.js';
import { ChannelError } from '../../../kernel/ports/channel-error.js';
import { describeStartFailure, safeWord, toChannelError } from './errors.js';
import { HealthCheck, withTimeout } from './health-check.js';
import { printPairingPrompt } from './pairing-prompt.js';
import type { WaClientFactory, WaClientLike, WaMessage } from './wa-client.js';

/** What staff are told through {@link SupervisorDeps.notifyStaff}: a person with the bot's phone must act. */
export type StaffNotice = 'pairing_needed' | 'logged_out';

/** Represents the supervisor's timings; all injectable so tests run in milliseconds. */
export interface SupervisorTimings {
  /** First wait before recreating a client; doubles each failure up to backoffMaxMs. */
  readonly backoffBaseMs: number;
  readonly backoffMaxMs: number;
  /** How often getState() is asked once ready. */
  readonly healthIntervalMs: number;
  /** A getState() that takes longer counts as failed (a hung browser never answers). */
  readonly healthTimeoutMs: number;
  /** Consecutive non-CONNECTED states before a restart (WhatsApp Web passes through OPENING/TIMEOUT by itself). */
  readonly unhealthyChecks: number;
  /** How long a start may go without a QR, a pairing code or `ready` (and `authenticated` without `ready`) before a restart. */
  readonly stallMs: number;
  /** How long destroy() may take before the client is abandoned. */
  readonly destroyTimeoutMs: number;
}

/** The defaults for production. */
export const DEFAULT_TIMINGS: SupervisorTimings = {
  backoffBaseMs: 5_000,
  backoffMaxMs: 5 * 60_000,
  healthIntervalMs: 60_000,
  healthTimeoutMs: 30_000,
  unhealthyChecks: 3,
  stallMs: 3 * 60_000,
  destroyTimeoutMs: 15_000,
};

/** Represents what the supervisor needs. */
export interface SupervisorDeps {
  readonly factory: WaClientFactory;
  readonly log: Logger;
  readonly onMessage: (msg: WaMessage) => void;
  /** Tells staff that someone must pair the phone (the staff group is wired later; main.ts logs it). */
  readonly notifyStaff: (kind: StaffNotice) => void | Promise<void>;
  /** Where the QR code and the pairing code are printed: the operator's terminal, never the log or a group. */
  readonly terminal?: (text: string) => void;
  readonly timings?: Partial<SupervisorTimings>;
}

type Phase = 'stopped' | 'starting' | 'pairing' | 'authenticated' | 'ready' | 'reconnecting' | 'logged_out';

/**
 * WhatsAppSupervisor can be used to keep one whatsapp-web.js client alive:
 * it makes the client through a factory, prints the QR or pairing code, and
 * on `disconnected`, a failed or hung getState(), a stalled start or a
 * failed initialize() destroys it and makes a new one with exponential
 * backoff. On LOGOUT it tells staff and starts again to show a new QR.
 * Nothing here throws out: WhatsApp breaking leaves the rest of Peerline
 * running, and health() says why it is down.
 * Guarded by tests/adapters/channels/whatsapp/supervisor.test.ts.
 */
export class WhatsAppSupervisor {
  private client: WaClientLike | undefined;
  private phase: Phase = 'stopped';
  private reason = 'not started';
  private generation = 0;
  private failures = 0;
  private staffTold = false;
  private qrShown = false;
  private readonly timers = new Set<NodeJS.Timeout>();
  private stallTimer: NodeJS.Timeout | undefined;
  private readonly t: SupervisorTimings;
  private readonly healthCheck: HealthCheck;
  /** How many clients were made (for tests and the start-up summary). */
  clientsCreated = 0;

  constructor(private readonly deps: SupervisorDeps) {
    this.t = { ...DEFAULT_TIMINGS, ...deps.timings };
    this.healthCheck = new HealthCheck(this.t);
  }

  /** Starts the first client in the background; returns at once. */
  start(): void {
    if (this.phase !== 'stopped') return;
    this.phase = 'starting';
    this.reason = 'starting';
    void this.spawn();
  }

  /** Stops supervising and closes the browser. */
  async stop(): Promise<void> {
    this.generation++;
    this.phase = 'stopped';
    this.reason = 'stopped';
    this.clearTimers();
    const client = this.client;
    this.client = undefined;
    if (client) await this.teardown(client);
  }

  health(): { readonly up: boolean; readonly detail?: string } {
    return this.phase === 'ready' ? { up: true } : { up: false, detail: `${this.phase}: ${this.reason}` };
  }

  /**
   * Sends through the current client. Throws a ChannelError: 'network' while
   * there is no ready client (the sender retries) or when the browser fails.
   */
  async sendMessage(chatId: string, text: string): Promise<string> {
    const client = this.client;
    if (!client || this.phase !== 'ready')
      throw new ChannelError({
        channel: 'whatsapp',
        method: 'sendMessage',
        code: 'network',
        hint: `WhatsApp is not connected (${this.phase})`,
      });
    try {
      const sent = await client.sendMessage(chatId, text);
      return sent.id._serialized;
    } catch (err) {
      throw toChannelError('sendMessage', err);
    }
  }

  /**
   * Revokes one of the bot's own messages for everyone ("clear this chat");
   * false when there is no ready client, or the message is gone.
   * Official reference: https://docs.wwebjs.dev/Message.html#delete
   */
  async revoke(messageId: string): Promise<boolean> {
    const client = this.client;
    if (!client?.getMessageById || this.phase !== 'ready') return false;
    try {
      const message = await client.getMessageById(messageId);
      if (!message) return false;
      await message.delete(true);
      return true;
    } catch (err) {
      throw toChannelError('revoke', err);
    }
  }

  private async spawn(): Promise<void> {
    const gen = ++this.generation;
    this.armStall(gen);
    let client: WaClientLike;
    try {
      client = await this.deps.factory();
    } catch (err) {
      return this.fail(gen, err);
    }
    if (gen !== this.generation) return void this.teardown(client);
    this.client = client;
    this.clientsCreated++;
    this.listen(client, gen);
    try {
      await client.initialize();
    } catch (err) {
      this.fail(gen, err);
    }
  }

  private listen(client: WaClientLike, gen: number): void {
    const live = () => gen === this.generation;
    client.on('qr', (qr) => live() && this.showPairing('qr', qr));
    client.on('code', (code) => live() && this.showPairing('code', code));
    client.on('authenticated', () => {
      if (!live()) return;
      this.phase = 'authenticated';
      this.reason = 'waiting for WhatsApp Web to load';
      this.deps.log.info('whatsapp: authenticated');
      this.armStall(gen);
    });
    client.on('auth_failure', () => live() && this.restart('the saved session was rejected (auth_failure)'));
    client.on('ready', () => {
      if (!live()) return;
      this.clearStall();
      this.phase = 'ready';
      this.reason = '';
      this.failures = 0;
      this.staffTold = false;
      this.qrShown = false;
      this.deps.log.info('whatsapp: ready');
      this.healthCheck.start(client, (reason) => live() && this.restart(reason));
    });
    client.on('disconnected', (reason) => {
      if (!live()) return;
      if (reason !== 'LOGOUT') return this.restart(`disconnected (${safeWord(reason)})`);
      this.deps.log.warn('whatsapp: logged out from the phone; a new QR code will be shown for re-pairing');
      this.tellStaff('logged_out');
      this.restart('logged out: someone with the bot phone must pair again', { phase: 'logged_out', logged: true });
    });
    client.on(
      'change_state',
      (state) => live() && this.deps.log.debug({ state: safeWord(state) }, 'whatsapp: state changed'),
    );
    client.on('message', (msg) => {
      if (!live()) return;
      try {
        this.deps.onMessage(msg);
      } catch (err) {
        this.deps.log.error({ err }, 'whatsapp: message handler failed');
      }
    });
  }

  private showPairing(kind: 'qr' | 'code', value: string): void {
    this.clearStall();
    // After a LOGOUT the phase stays 'logged_out' until paired again, so health() keeps saying why.
    if (this.phase !== 'logged_out') this.phase = 'pairing';
    this.reason =
      kind === 'qr'
        ? 'waiting for pairing: scan the QR code shown in the terminal'
        : 'waiting for pairing: enter the pairing code shown in the terminal';
    try {
      printPairingPrompt(kind, value, this.deps.terminal ?? ((text) => void process.stdout.write(text)));
    } catch (err) {
      this.deps.log.error({ err }, 'whatsapp: could not print the pairing prompt');
    }
    if (!this.qrShown)
      this.deps.log.warn({ method: kind }, 'whatsapp: pairing needed; the prompt is printed in the terminal');
    this.qrShown = true;
    this.tellStaff('pairing_needed');
  }

  /** Tells staff once per unpaired stretch (a QR refreshes every ~20 s; staff need one message). */
  private tellStaff(kind: StaffNotice): void {
    if (this.staffTold) return;
    this.staffTold = true;
    const failed = (err: unknown) => this.deps.log.error({ err }, 'whatsapp: could not tell staff');
    try {
      void Promise.resolve(this.deps.notifyStaff(kind)).catch(failed);
    } catch (err) {
      failed(err);
    }
  }

  private fail(gen: number, err: unknown): void {
    if (gen !== this.generation) return;
    const why = describeStartFailure(err);
    this.deps.log.error(
      { err, retryInS: Math.round(this.nextDelay() / 1000) },
      `whatsapp: ${why}; will retry, the rest of Peerline keeps running`,
    );
    this.restart(why, { logged: true });
  }

  /** Drops the current client (its events stop counting at once) and makes a new one after the backoff. */
  private restart(reason: string, options: { phase?: Phase; logged?: boolean } = {}): void {
    if (this.phase === 'stopped') return;
    const gen = ++this.generation;
    this.clearTimers();
    this.phase = options.phase ?? (this.phase === 'logged_out' ? 'logged_out' : 'reconnecting');
    this.reason = reason;
    const delay = this.nextDelay();
    this.failures++;
    if (!options.logged)
      this.deps.log.warn({ retryInS: Math.round(delay / 1000) }, `whatsapp: restarting the client: ${reason}`);
    const old = this.client;
    this.client = undefined;
    void (async () => {
      if (old) await this.teardown(old);
      if (gen === this.generation) this.later(delay, () => gen === this.generation && void this.spawn());
    })();
  }

  private nextDelay(): number {
    return Math.min(this.t.backoffMaxMs, this.t.backoffBaseMs * 2 ** Math.min(this.failures, 20));
  }

  private async teardown(client: WaClientLike): Promise<void> {
    try {
      client.removeAllListeners();
      await withTimeout(client.destroy(), this.t.destroyTimeoutMs);
    } catch (err) {
      // A browser that will not close is abandoned; the next client gets its own.
      this.deps.log.warn({ err }, 'whatsapp: destroy failed');
    }
  }

  private armStall(gen: number): void {
    this.clearStall();
    this.stallTimer = this.later(
      this.t.stallMs,
      () => gen === this.generation && this.restart('no QR code, pairing code or ready in time'),
    );
  }

  private clearStall(): void {
    if (this.stallTimer) clearTimeout(this.stallTimer);
    if (this.stallTimer) this.timers.delete(this.stallTimer);
    this.stallTimer = undefined;
  }

  /** Timers are not unref'd: with only WhatsApp configured, a pending retry is what keeps the process alive. */
  private later(ms: number, fn: () => unknown): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
    return timer;
  }

  private clearTimers(): void {
    this.healthCheck.stop();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.stallTimer = undefined;
  }
}
