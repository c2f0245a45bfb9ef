import http from 'node:http';
import type { Message, Update } from 'telegraf/types';
import { CallLog, type CallMatcher } from './fake-bot-api/call-log.js';
import { ChatWorld } from './fake-bot-api/chat-world.js';
import { FaultPlan } from './fake-bot-api/faults.js';
import { BotApiServer } from './fake-bot-api/http-server.js';
import type {
  ApiCall,
  ApiErrorSpec,
  ChatId,
  FakeTopic,
  FakeUserRef,
  Json,
  StoredMessage,
} from './fake-bot-api/types.js';
import { UpdateQueue } from './fake-bot-api/update-queue.js';
import { UserDriver, type GroupMessageOptions, type TapOptions } from './fake-bot-api/users.js';

export type { ApiCall, ApiErrorSpec, ChatId, FakeTopic, FakeUserRef, StoredMessage } from './fake-bot-api/types.js';
export type { CallMatcher } from './fake-bot-api/call-log.js';
export type { GroupMessageOptions, TapOptions } from './fake-bot-api/users.js';

/** Represents the settings of a {@link FakeBotApi}. */
export interface FakeBotApiOptions {
  /** When set, only this bot token is accepted; other tokens get 401 Unauthorized. */
  token?: string;
  /** Fields merged over the default bot user (id 1000, `@peerline_test_bot`). */
  botUser?: Json;
  /** Record `getUpdates` calls in `calls` too (off: polling would drown the recording). */
  recordPolling?: boolean;
  /** Upper bound for one long poll, whatever `timeout` the bot asks for (default 1000 ms). */
  maxPollMs?: number;
  /** Answer "chat not found" for chats no test user or `makeForum` introduced (default: create them). */
  strictChats?: boolean;
  /** Clock for message dates and call times (default `Date.now`); rate limiting always uses real time. */
  now?: () => number;
}

/**
 * Represents a fake Telegram Bot API server on 127.0.0.1 for tests: telegraf talks to it over real HTTP via
 * `apiRoot`, tests act as users through `userSends` / `userTaps` / `groupMessage`, read what the bot did
 * through `calls`, `sentTo` and `messagesIn`, and inject Telegram's failures (429, 403, 5xx, dropped sockets).
 * Guarded by tests/helpers/fake-bot-api.test.ts.
 */
export class FakeBotApi {
  private readonly world: ChatWorld;
  private readonly queue: UpdateQueue;
  private readonly faults = new FaultPlan();
  private readonly log = new CallLog();
  private readonly users: UserDriver;
  private readonly now: () => number;
  private readonly server: BotApiServer;
  private started = false;

  constructor(options: FakeBotApiOptions = {}) {
    this.now = options.now ?? Date.now;
    const bot = {
      id: 1000,
      is_bot: true,
      first_name: 'Peerline Test',
      username: 'peerline_test_bot',
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      ...options.botUser,
    };
    this.world = new ChatWorld(bot, this.now, options.strictChats ?? false);
    this.queue = new UpdateQueue(options.maxPollMs ?? 1000);
    this.users = new UserDriver(this.world, this.queue);
    this.server = new BotApiServer({
      world: this.world,
      queue: this.queue,
      faults: this.faults,
      log: this.log,
      now: this.now,
      token: options.token,
      recordPolling: options.recordPolling ?? false,
    });
  }

  /** Creates and starts a fake in one step. */
  static async start(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
    const fake = new FakeBotApi(options);
    await fake.start();
    return fake;
  }

  /** Listens on a random loopback port. */
  async start(): Promise<void> {
    await this.server.listen();
    this.started = true;
  }

  /**
   * Ends parked long polls and pending waits, closes every socket, then fails if a `failNext` / `dropNext`
   * was never used (a fake should fail on unused expectations), unless `allowUnusedFaults`.
   */
  async stop(opts: { allowUnusedFaults?: boolean } = {}): Promise<void> {
    if (!this.started) return;
    this.started = false;
    this.queue.endAll();
    this.log.cancelWaits('FakeBotApi stopped');
    await this.server.close();
    const unused = this.faults.unused();
    if (unused.length > 0 && !opts.allowUnusedFaults)
      throw new Error(`FakeBotApi: fault injections never triggered: ${unused.join('; ')}`);
  }

  /** The value for telegraf's `telegram.apiRoot`: `http://127.0.0.1:<port>`, no trailing path. */
  get apiRoot(): string {
    const port = this.server.port;
    if (port === undefined) throw new Error('FakeBotApi is not started');
    return `http://127.0.0.1:${port}`;
  }

  /** The bot's own User object, as `getMe` returns it. */
  get botUser(): Json {
    return this.world.bot;
  }

  /** Every `getUpdates` request received since start or `reset`, recorded or not. */
  get pollCount(): number {
    return this.server.polls;
  }

  /** Updates queued and not yet confirmed by the bot's `offset`. */
  get pendingUpdates(): number {
    return this.queue.size;
  }

  /** How many 429 answers `rateLimit` has given. */
  get rateLimitedCount(): number {
    return this.faults.rateLimited;
  }

  /** The webhook registered through `setWebhook`, if any. */
  get webhook(): { url: string; secretToken?: string } | undefined {
    return this.world.webhook;
  }

  // ── Acting as users ───────────────────────────────────────────────────────────────────────

  /** Queues a raw update; `update_id` is assigned unless given. */
  pushUpdate(update: object): Update {
    return this.queue.push({ ...update }) as unknown as Update;
  }

  /** A user writes `text` in their private chat with the bot; `/commands` get a bot_command entity. */
  userSends(user: FakeUserRef, text: string, extra: Json = {}): Update.MessageUpdate<Message.TextMessage> {
    return this.users.sends(user, text, extra);
  }

  /** A user sends any kind of message in their private chat; `partial` holds the content fields. */
  userSendsRaw(user: FakeUserRef, partial: Json): Update.MessageUpdate {
    return this.users.sendsRaw(user, partial);
  }

  /** A user sends a sticker. */
  userSendsSticker(user: FakeUserRef, emoji = '👍'): Update.MessageUpdate {
    const id = this.world.nextFileId('user-sticker');
    return this.userSendsRaw(user, {
      sticker: {
        file_id: id,
        file_unique_id: `u-${id}`,
        type: 'regular',
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
        emoji,
      },
    });
  }

  /** A user sends a photo, optionally captioned. */
  userSendsPhoto(user: FakeUserRef, caption?: string): Update.MessageUpdate {
    const id = this.world.nextFileId('user-photo');
    return this.userSendsRaw(user, {
      photo: [{ file_id: id, file_unique_id: `u-${id}`, width: 640, height: 480 }],
      ...(caption === undefined ? {} : { caption }),
    });
  }

  /** A user sends a voice note. */
  userSendsVoice(user: FakeUserRef, duration = 3): Update.MessageUpdate {
    const id = this.world.nextFileId('user-voice');
    return this.userSendsRaw(user, {
      voice: { file_id: id, file_unique_id: `u-${id}`, duration, mime_type: 'audio/ogg' },
    });
  }

  /** A user shares a location. */
  userSendsLocation(user: FakeUserRef, latitude: number, longitude: number): Update.MessageUpdate {
    return this.userSendsRaw(user, { location: { latitude, longitude } });
  }

  /** A user taps an inline button of a stored bot message (throws if the message or button does not exist). */
  userTaps(user: FakeUserRef, messageId: number, data: string, opts: TapOptions = {}): Update.CallbackQueryUpdate {
    return this.users.taps(user, messageId, data, opts);
  }

  /** Someone writes in a supergroup (a forum unless `forum: false`), inside topic `threadId` if given. */
  groupMessage(
    chatId: number,
    from: FakeUserRef,
    text: string,
    opts: GroupMessageOptions = {},
  ): Update.MessageUpdate<Message.TextMessage> {
    return this.users.groupMessage(chatId, from, text, opts);
  }

  /** A user edits an earlier message of theirs (`edited_message`). */
  editedMessage(
    user: FakeUserRef,
    messageId: number,
    text: string,
    opts: { chatId?: ChatId } = {},
  ): Update.EditedMessageUpdate {
    return this.users.edits(user, messageId, text, opts);
  }

  /**
   * POSTs an update to a bot's webhook the way Telegram does (with `X-Telegram-Bot-Api-Secret-Token`
   * when `secret` is given) and returns the HTTP status. Telegraf registers https:// URLs only, so tests
   * pass their plain-http webhook URL here. Updates from `userSends` & co. may be passed as they are.
   */
  deliverWebhook(url: string, update: object, secret?: string): Promise<number> {
    // An update made by userSends() & co. is also queued for polling; delivered here, it leaves the queue.
    const given = (update as { update_id?: unknown }).update_id;
    if (typeof given === 'number') this.queue.remove(given);
    const body = JSON.stringify(typeof given === 'number' ? update : { ...update, update_id: this.queue.allocateId() });
    const headers: http.OutgoingHttpHeaders = {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    };
    if (secret !== undefined) headers['x-telegram-bot-api-secret-token'] = secret;
    return new Promise((resolve, reject) => {
      const req = http.request(url, { method: 'POST', headers, agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  // ── Telegram-side state ───────────────────────────────────────────────────────────────────

  /** Registers a forum supergroup where the bot is an admin that may manage topics. */
  makeForum(chatId: number, title?: string): void {
    this.world.registerGroup(chatId, true, title);
  }

  /** The open (not deleted) topics of a forum, closed ones included. */
  topics(chatId: ChatId): FakeTopic[] {
    return [...this.world.topicsOf(chatId).values()].map((t) => ({ ...t }));
  }

  /** The bot's messages in a chat as they are now (edits applied, deleted ones gone), by message_id. */
  messagesIn(chatId: ChatId): StoredMessage[] {
    return this.world
      .messagesIn(chatId)
      .filter((m) => m.fromBot)
      .map((m) => structuredClone(m));
  }

  /** Sets what `getChatMember` answers for a user in a chat ('creator', 'administrator', 'left', …). */
  setMemberStatus(chatId: ChatId, userId: number, status: string): void {
    this.world.members.set(`${String(chatId)}:${userId}`, status);
  }

  // ── Recording ─────────────────────────────────────────────────────────────────────────────

  /** Every request in order (`getUpdates` only with `recordPolling`). */
  get calls(): readonly ApiCall[] {
    return this.log.calls;
  }

  /** All recorded calls to one method, failed ones included. */
  callsTo(method: string): ApiCall[] {
    return this.log.callsTo(method);
  }

  /** Successful sends (sendMessage, copyMessage, sendPhoto, …) to one chat, in order. */
  sentTo(chatId: ChatId): ApiCall[] {
    return this.log.sentTo(chatId);
  }

  /** Resolves with the first call (already recorded or still to come) that matches. */
  waitFor(matcher: CallMatcher, timeoutMs = 3000): Promise<ApiCall> {
    return this.log.waitFor(matcher, timeoutMs);
  }

  /** Resolves with the calls to `method` once at least `n` were recorded. */
  waitForCalls(method: string, n: number, timeoutMs = 3000): Promise<ApiCall[]> {
    return this.log.waitForCalls(method, n, timeoutMs);
  }

  /** Clears the recordings (calls and poll count); chats, messages and faults stay. */
  reset(): void {
    this.log.reset();
    this.server.polls = 0;
  }

  // ── Failure injection ─────────────────────────────────────────────────────────────────────

  /** The next `times` calls to `method` fail with this error (429s carry `retry_after`). */
  failNext(method: string, error: ApiErrorSpec, times = 1): void {
    this.faults.failNext(method, error, times);
  }

  /** Every n-th call to `method` (counting from now) fails with this error. */
  failEvery(method: string, n: number, error: ApiErrorSpec): void {
    this.faults.failEvery(method, n, error);
  }

  /** The next `times` calls to `method` get a bare 5xx, as from Telegram's front proxies. */
  failStatus(method: string, status: 500 | 502 | 503 | 504 = 502, times = 1): void {
    this.faults.failNext(method, { code: status, description: http.STATUS_CODES[status] ?? 'Server Error' }, times);
  }

  /** The next `times` calls to `method` have their socket destroyed with no answer. */
  dropNext(method: string, times = 1): void {
    this.faults.dropNext(method, times);
  }

  /** Sends to this chat fail with 403 "Forbidden: bot was blocked by the user" (until unblocked). */
  blockChat(chatId: ChatId, blocked = true): void {
    this.faults.blockChat(chatId, blocked);
  }

  /** A global limit over all send methods in a rolling second; excess calls get 429 retry_after=1. `null` lifts it. */
  rateLimit(limit: { perSecond: number } | null): void {
    this.faults.rateLimit(limit?.perSecond);
  }

  /** Removes every fault rule and blocked chat. */
  clearFaults(): void {
    this.faults.clear();
  }
}
