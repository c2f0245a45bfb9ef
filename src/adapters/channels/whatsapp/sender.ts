import Bottleneck from 'bottleneck';
import type { SendOutcome, SendPriority } from '../../../kernel/ports/channel.js';
import type { Logger } from '../../../kernel/log.js';
import { toChannelError } from './errors.js';

/** Represents the pacing and retry settings of {@link PacedSender}. */
export interface SenderOptions {
  /** Messages per second to one chat (WHATSAPP_CHAT_RATE, default 1). */
  readonly chatRate: number;
  /** Messages per second overall (WHATSAPP_GLOBAL_RATE, default 10). */
  readonly globalRate: number;
  /** Waits between attempts; one attempt more than there are entries. */
  readonly retryDelaysMs: readonly number[];
  /** How long stop() waits for queued messages before giving up on them. */
  readonly stopGraceMs: number;
  /** A send that takes longer counts as failed (a hung browser page never answers). */
  readonly sendTimeoutMs: number;
}

/** The defaults: conservative, because an unofficial client that sends fast is what gets numbers banned. */
export const DEFAULT_SENDER_OPTIONS: SenderOptions = {
  chatRate: 1,
  globalRate: 10,
  retryDelaysMs: [2_000, 8_000, 30_000],
  stopGraceMs: 10_000,
  sendTimeoutMs: 30_000,
};

/** Sends one text to one chat and returns the sent message's id; throws when it could not. */
export type SendText = (chatId: string, text: string) => Promise<string>;

// Bottleneck runs priority 0 before 9; its default is 5.
const PRIORITY: Readonly<Record<SendPriority, number>> = { reply: 2, bulk: 7 };

/**
 * PacedSender can be used to send WhatsApp texts in order per chat, paced
 * per chat and overall, with replies ahead of bulk sends and retries with
 * backoff. A chat's texts form one queue (bottleneck Group, one job at a
 * time, spaced by the chat rate), and each attempt passes the global
 * limiter, so a reply waiting out a retry never holds up other chats.
 * Guarded by tests/adapters/channels/whatsapp/sender.test.ts.
 */
export class PacedSender {
  private readonly global: Bottleneck;
  private readonly chats: Bottleneck.Group;
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly sleepers = new Set<() => void>();
  /** When each chat may get its next message; keyed by the chat's limiter, which the Group drops after 5 idle minutes. */
  private readonly nextSendAt = new WeakMap<Bottleneck, number>();
  private stopping = false;

  constructor(
    private readonly sendText: SendText,
    private readonly log: Logger,
    private readonly options: SenderOptions = DEFAULT_SENDER_OPTIONS,
  ) {
    // Bottleneck's priority only orders jobs that wait for a free slot (minTime alone books slots in arrival
    // order), so the global limiter also caps concurrency: replies then overtake waiting bulk sends.
    this.global = new Bottleneck({ maxConcurrent: 2, minTime: Math.ceil(1000 / options.globalRate) });
    // One job at a time per chat keeps order; the chat's pace is kept in sendChunk, measured from the last send
    // (a limiter's minTime counts from job starts, and a job may wait long for the global limiter).
    this.chats = new Bottleneck.Group({ maxConcurrent: 1 });
  }

  /**
   * Sends texts to one chat, in order. They are queued at once (so a later
   * call for the same chat goes after them); if one still fails after every
   * retry, the rest are skipped rather than arrive out of context.
   */
  send(chatId: string, texts: readonly string[], priority: SendPriority): Promise<SendOutcome> {
    if (this.stopping) return Promise.resolve({ ok: false, reason: 'failed' });
    const limiter = this.chats.key(chatId);
    const options = { priority: PRIORITY[priority] };
    let failed = false;
    const jobs = texts.map((text) =>
      limiter
        .schedule(options, async () => {
          if (failed) return null;
          const id = await this.sendChunk(limiter, chatId, text, options);
          if (id === null) failed = true;
          return id;
        })
        .catch((err: unknown) => {
          // Only bottleneck rejects here (sendChunk never throws): the job was dropped at shutdown.
          this.log.warn({ err: toChannelError('sendMessage', err) }, 'whatsapp send dropped');
          failed = true;
          return null;
        }),
    );
    const done = Promise.all(jobs).then((ids): SendOutcome =>
      failed
        ? { ok: false, reason: 'failed' }
        : { ok: true, messageIds: ids.filter((id): id is string => id !== null) },
    );
    this.inFlight.add(done);
    void done.finally(() => this.inFlight.delete(done));
    return done;
  }

  /** Stops taking sends and waits (up to stopGraceMs) for queued ones. */
  async stop(): Promise<void> {
    this.stopping = true;
    // Sends waiting out a retry get one last attempt now rather than after their full wait.
    for (const wake of [...this.sleepers]) wake();
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.options.stopGraceMs)));
    await Promise.race([Promise.allSettled([...this.inFlight]), grace]);
    clearTimeout(timer);
    await this.global
      .stop({ dropWaitingJobs: true })
      // Only a second stop() rejects ("stop() has already been called"): the first is still draining.
      .catch((err: unknown) => this.log.debug({ err }, 'whatsapp sender already stopping'));
  }

  /** Number of sends not finished yet. */
  get pending(): number {
    return this.inFlight.size;
  }

  private async sendChunk(
    limiter: Bottleneck,
    chatId: string,
    text: string,
    options: { priority: number },
  ): Promise<string | null> {
    const wait = (this.nextSendAt.get(limiter) ?? 0) - Date.now();
    if (wait > 0) await this.sleep(wait);
    const id = await this.attempt(chatId, text, options);
    this.nextSendAt.set(limiter, Date.now() + Math.ceil(1000 / this.options.chatRate));
    return id;
  }

  private async attempt(chatId: string, text: string, options: { priority: number }): Promise<string | null> {
    const delays = this.options.retryDelaysMs;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.global.schedule({ ...options, expiration: this.options.sendTimeoutMs }, () =>
          this.sendText(chatId, text),
        );
      } catch (raw) {
        const err = toChannelError('sendMessage', raw);
        const delay = delays[attempt];
        if (delay === undefined || this.stopping) {
          // No persisted outbox for WhatsApp yet: the caller gets ok:false (see README, Gaps).
          this.log.error({ err, attempts: attempt + 1 }, 'whatsapp send failed; giving up');
          return null;
        }
        this.log.warn({ err, attempt: attempt + 1, retryInMs: delay }, 'whatsapp send failed; retrying');
        await this.sleep(delay);
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
    });
  }
}
