import { Telegraf } from 'telegraf';
import type { Update } from 'telegraf/types';
import type { Conversations } from '../../../kernel/conversation/conversations.js';
import { KeyedLock } from '../../../kernel/conversation/keyed-lock.js';
import type { HttpRoutes } from '../../../kernel/ports/http.js';
import type { Logger } from '../../../kernel/log.js';
import type { ChannelPort, Outgoing, SendOutcome, SendPriority } from '../../../kernel/ports/channel.js';
import type { StaffContent, StaffEvent } from '../../../kernel/staff/desk.js';
import { systemClock, type Clock } from '../../../kernel/ports/clock.js';
import type { ChatTrail } from '../../../kernel/ports/chat-trail.js';
import type { ContactStore, UpdateLog } from '../../../kernel/ports/store.js';
import { telegrafTransport } from './bot-api.js';
import { commandLists } from './bot-commands.js';
import { toChannelError } from './errors.js';
import { parseUpdate, type ParsedUpdate, type Tap } from './parse.js';
import { chatParam, ScreenSender } from './screens.js';
import { TelegramSender, type SenderOptions } from './sender.js';
import { TelegramStaffDesk, type StaffDeskOptions } from './staff-desk.js';
import { parseStaffUpdate } from './staff-parse.js';
import { mountWebhook } from './webhook.js';

/** The update types the bot asks for. Official reference: https://core.telegram.org/bots/api#getupdates */
export const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'my_chat_member'] as const;

/** Telegram's deleteMessages takes 1–100 ids. */
const DELETE_BATCH = 100;

/** Handles events from the staff group (the app's StaffRouter); without one, staff updates are ignored. */
export type StaffHandler = (event: StaffEvent) => Promise<unknown>;

/** Represents everything the Telegram channel needs; main.ts builds it from config and the store. */
export interface TelegramChannelOptions {
  readonly token: string;
  /** Another Bot API server (TELEGRAM_API_ROOT); a trailing slash is added when missing. */
  readonly apiRoot?: string;
  /** Webhook mode (TELEGRAM_WEBHOOK_URL, TELEGRAM_WEBHOOK_SECRET); long polling otherwise. */
  readonly webhook?: { readonly url: string; readonly secret: string };
  readonly http: HttpRoutes;
  readonly conversations: Conversations;
  readonly updates: UpdateLog;
  readonly contacts: ContactStore;
  /** Where message ids are kept 48 hours for "clear this chat" and disappearing messages; none keeps nothing. */
  readonly trail?: ChatTrail;
  readonly translator: { t(locale: string, id: string): string };
  readonly locales: readonly string[];
  readonly defaultLocale: string;
  readonly staffChatId?: string;
  readonly staffHandler?: StaffHandler;
  readonly log: Logger;
  readonly clock?: Clock;
  readonly sender?: Partial<SenderOptions>;
  /** The wait before restarting long polling after it failed (attempt is 1-based). */
  readonly relaunchDelayMs?: (attempt: number) => number;
}

type State = 'idle' | 'starting' | 'polling' | 'webhook' | 'polling_failed' | 'stopped';

/**
 * TelegramChannel can be used to run Peerline on Telegram with telegraf: it
 * turns updates into Conversations calls (parse.ts), renders the answers as
 * inline keyboards (render.ts), edits the menu in place when a menu button was
 * tapped, and sends through a paced, retrying queue (sender.ts). Each update
 * is handled once (the update log), one chat's updates strictly in order, and
 * nothing here logs a text, a chat id or a name. This file and its folder are
 * the only ones that import telegraf.
 */
export class TelegramChannel implements ChannelPort {
  readonly name = 'telegram' as const;
  private readonly bot: Telegraf;
  private readonly sender: TelegramSender;
  private readonly screens: ScreenSender;
  private readonly order = new KeyedLock();
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly clock: Clock;
  private state: State = 'idle';
  private botUsername: string | undefined;
  private launched: Promise<void> | undefined;
  private relaunchTimer: NodeJS.Timeout | undefined;
  private stopping: Promise<void> | undefined;
  private staffHandler: StaffHandler | undefined;
  private desk: TelegramStaffDesk | undefined;

  constructor(private readonly o: TelegramChannelOptions) {
    if (o.webhook && !o.webhook.secret) throw new Error('TELEGRAM_WEBHOOK_SECRET is required in webhook mode');
    this.clock = o.clock ?? systemClock;
    if (/telegraf/.test(process.env.DEBUG ?? ''))
      o.log.warn('DEBUG enables telegraf debug output, which prints message texts and chat ids; unset it');
    const apiRoot = o.apiRoot === undefined ? {} : { apiRoot: o.apiRoot.endsWith('/') ? o.apiRoot : `${o.apiRoot}/` };
    this.bot = new Telegraf(o.token, { telegram: { ...apiRoot, webhookReply: false } });
    // telegraf's default handler prints the whole update (texts, names, ids): never let it run.
    this.bot.catch((err, ctx) =>
      o.log.error({ err, updateId: ctx.update.update_id, updateType: ctx.updateType }, 'telegram update failed'),
    );
    this.bot.use((ctx) => this.receive(ctx.update));
    this.sender = new TelegramSender(
      telegrafTransport(this.bot.telegram),
      { log: o.log, onUnreachable: (chatId) => this.markUnreachable(chatId) },
      o.sender,
    );
    this.screens = new ScreenSender(this.sender, o.log, (chatId, id) => this.record(chatId, [id]));
    this.staffHandler = o.staffHandler;
    if (o.webhook) {
      // Mounted now: main.ts starts the HTTP server (only if it has routes) before channels start.
      mountWebhook(o.http, {
        ...o.webhook,
        ready: () => this.state === 'webhook',
        handle: (update) => this.bot.handleUpdate(update),
      });
    }
  }

  async start(): Promise<void> {
    this.state = 'starting';
    const me = await this.sender.call('getMe', {});
    this.bot.botInfo = me;
    this.botUsername = me.username;
    if (this.o.webhook) {
      await this.sender.call('setWebhook', {
        url: this.o.webhook.url,
        secret_token: this.o.webhook.secret,
        allowed_updates: ALLOWED_UPDATES,
      });
      this.state = 'webhook';
    } else {
      this.launchPolling(0);
    }
    // After updates start flowing: the command menu is cosmetic, and its calls (one per locale) are paced (bench/cold-start.ts).
    const commandLists = await this.setCommands();
    this.o.log.info({ mode: this.state, commandLists }, 'telegram channel started');
  }

  async stop(): Promise<void> {
    this.stopping ??= (async () => {
      const wasPolling = this.launched !== undefined;
      this.state = 'stopped';
      clearTimeout(this.relaunchTimer);
      if (wasPolling) {
        try {
          this.bot.stop('shutdown');
        } catch (err) {
          // Polling had already ended (it failed and was waiting to restart): telegraf says "Bot is not running!".
          this.o.log.debug({ err }, 'telegram polling was not running at stop');
        }
        // launch() settles once the batch in hand is handled and the offset confirmed; never wait long for the network.
        await Promise.race([this.launched, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
      }
      while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
      await this.desk?.stop();
      await this.sender.stop();
    })();
    return this.stopping;
  }

  onSent?: (outcome: SendOutcome) => void;

  send(address: string, items: readonly Outgoing[], priority: SendPriority): Promise<SendOutcome> {
    return this.screens.deliver(address, items, priority).then((o) => this.observed(o));
  }

  private observed(outcome: SendOutcome): SendOutcome {
    this.onSent?.(outcome);
    return outcome;
  }

  /** Copies what a peer supporter wrote in the staff group into the person's chat, in that chat's order. */
  async relayFromStaff(address: string, content: StaffContent): Promise<SendOutcome> {
    try {
      const sent = await this.sender.inChat(address, 'reply', async (call) => {
        // Read as optional: another Bot API server (TELEGRAM_API_ROOT) may answer without an id.
        const result: { readonly message_id?: unknown } | null = await (content.telegram
          ? call('copyMessage', {
              chat_id: address,
              from_chat_id: content.telegram.chatId,
              message_id: content.telegram.messageId,
            })
          : call('sendMessage', { chat_id: address, text: content.text ?? '' }));
        const copied = typeof result?.message_id === 'number' ? result.message_id : undefined;
        if (copied !== undefined) await this.record(address, [copied]);
        return copied;
      });
      return this.observed({ ok: true, messageIds: sent === undefined ? [] : [String(sent)] });
    } catch (raw) {
      const err = toChannelError('copyMessage', raw);
      this.o.log.warn({ err }, 'relay to a person failed');
      return this.observed({
        ok: false,
        reason: err.code === 'unreachable' ? 'unreachable' : 'failed',
        ...(err.status === undefined ? {} : { code: err.status }),
      });
    }
  }

  /**
   * Deletes messages in a person's private chat, the bot's and theirs, in
   * batches of up to 100, in the chat's queue (so what was queued before is
   * sent, recorded and collected first). Telegram allows this for 48 hours.
   * Official reference: https://core.telegram.org/bots/api#deletemessages
   */
  async deleteMessages(address: string, collect: () => Promise<readonly string[]>): Promise<number> {
    return this.sender.inChat(address, 'reply', async (call) => {
      const ids = [...new Set((await collect()).map(Number).filter((n) => Number.isSafeInteger(n) && n > 0))];
      let deleted = 0;
      for (let i = 0; i < ids.length; i += DELETE_BATCH) {
        const batch = ids.slice(i, i + DELETE_BATCH);
        try {
          await call('deleteMessages', { chat_id: chatParam(address), message_ids: batch });
          deleted += batch.length;
        } catch (err) {
          // One message that cannot be deleted (too old) fails the batch: try the rest one by one.
          this.o.log.debug(
            { err: toChannelError('deleteMessages', err) },
            'deleteMessages failed; deleting one by one',
          );
          for (const id of batch)
            deleted += await call('deleteMessage', { chat_id: chatParam(address), message_id: id }).then(
              () => 1,
              (e: unknown) => {
                // Older than 48 hours, or already gone: it cannot be deleted, and is not counted.
                this.o.log.debug({ err: toChannelError('deleteMessage', e) }, 'a message could not be deleted');
                return 0;
              },
            );
        }
      }
      this.screens.forgetMenu(address);
      return deleted;
    });
  }

  /** The staff side in the staff group (STAFF_CHAT_ID), sharing this channel's paced sender. */
  staffDesk(options: Partial<StaffDeskOptions> = {}): TelegramStaffDesk | undefined {
    if (!this.o.staffChatId) return undefined;
    this.desk ??= new TelegramStaffDesk(this.sender, this.o.staffChatId, this.o.log, options);
    return this.desk;
  }

  /** Sets who handles staff-group events (main.ts wires the app's StaffRouter). */
  onStaff(handler: StaffHandler): void {
    this.staffHandler = handler;
  }

  health(): { readonly up: boolean; readonly detail?: string } {
    return {
      up: this.state === 'polling' || this.state === 'webhook',
      detail: this.sender.paused ? `${this.state}, paused by rate limit` : this.state,
    };
  }

  /** Starts long polling; if it fails (409 another instance, 401, an unexpected answer), it is restarted with backoff. */
  private launchPolling(attempt: number): void {
    this.state = 'polling';
    const launched = this.bot.launch({ allowedUpdates: [...ALLOWED_UPDATES], dropPendingUpdates: false });
    this.launched = launched.catch((err: unknown) => {
      if (this.state === 'stopped') return;
      this.state = 'polling_failed';
      const delay = this.o.relaunchDelayMs?.(attempt + 1) ?? Math.min(5000 * 2 ** attempt, 60_000);
      this.o.log.error(
        { err: toChannelError('getUpdates', err), retryInMs: delay },
        'telegram polling stopped; restarting',
      );
      this.relaunchTimer = setTimeout(() => this.launchPolling(attempt + 1), delay);
    });
  }

  /** Registers the command menu per language (see bot-commands.ts); returns how many lists were set. */
  private async setCommands(): Promise<number> {
    const lists = commandLists(this.o.locales, this.o.defaultLocale, (l, id) => this.o.translator.t(l, id));
    for (const list of lists) {
      const payload = { commands: list.commands, ...(list.languageCode ? { language_code: list.languageCode } : {}) };
      // A missing command menu is cosmetic: log it, never refuse to start.
      await this.sender
        .call('setMyCommands', payload)
        .catch((err: unknown) => this.o.log.warn({ err, locale: list.locale }, 'setMyCommands failed'));
    }
    return lists.length;
  }

  /** Entry point for every update. The chat's turn is taken synchronously, so one chat's updates run in arrival order. */
  private receive(update: Update): Promise<void> {
    let parsed: ParsedUpdate;
    try {
      parsed = parseUpdate(update, { botUsername: this.botUsername, staffChatId: this.o.staffChatId });
    } catch (err) {
      // Only a malformed (forged) update gets here; Telegram's own always parse.
      this.o.log.warn({ err, updateId: update.update_id }, 'unreadable telegram update ignored');
      return Promise.resolve();
    }
    return this.track(this.order.run(orderKey(parsed), () => this.process(update, parsed)));
  }

  private async process(update: Update, parsed: ParsedUpdate): Promise<void> {
    const updateId = update.update_id;
    if (!(await this.o.updates.firstTime('telegram', String(updateId), this.clock.now()))) {
      this.o.log.debug({ updateId }, 'telegram update already handled');
      return;
    }
    this.o.log.debug({ updateId, kind: parsed.kind }, 'telegram update');
    // The spinner on a tapped button stops only when the query is answered: answer first, always.
    // Staff taps are answered by the staff feature (it may show a toast such as "already claimed").
    if (parsed.tap && parsed.kind !== 'staff') this.answer(parsed.tap);
    switch (parsed.kind) {
      case 'person': {
        const handled = await this.o.conversations.handle(parsed.incoming);
        // The person's own message, so "clear this chat" can delete it too (skipped once they asked to be forgotten).
        if (parsed.messageId !== undefined) await this.record(parsed.incoming.address, [parsed.messageId]);
        // Not awaited: the next update (of any chat) need not wait for this one's messages to arrive.
        void this.screens
          .deliver(parsed.incoming.address, handled.outgoing, 'reply', parsed.tap?.messageId)
          .then((o) => this.observed(o));
        return;
      }
      case 'blocked':
        return this.markUnreachable(parsed.address);
      case 'foreign_group':
        this.o.log.info('leaving a group that is not the staff group');
        void this.track(this.sender.call('leaveChat', { chat_id: parsed.chatId }, 'bulk'));
        return;
      case 'staff':
        return this.staff(update, parsed.tap);
      case 'ignored':
        return;
    }
  }

  /** Staff-group updates become StaffEvents; the bot's own messages never do (no echo loop). */
  private async staff(update: Update, tap: Tap | undefined): Promise<void> {
    const event = this.o.staffChatId ? parseStaffUpdate(update, this.o.staffChatId, this.botUsername) : null;
    if (!event || !this.staffHandler) {
      if (tap) this.answer(tap);
      return;
    }
    if (event.type !== 'button') {
      await this.staffHandler(event);
      return;
    }
    const { queryId, ...rest } = event;
    let answered = false;
    const answer = async (text?: string) => {
      if (answered) return;
      answered = true;
      await this.sender
        .call('answerCallbackQuery', { callback_query_id: queryId, ...(text ? { text } : {}) })
        .catch((err: unknown) => this.o.log.debug({ err }, 'answerCallbackQuery failed'));
    };
    await this.staffHandler({ ...rest, answer });
    await answer();
  }

  private answer(tap: Tap): void {
    // An expired query (the person tapped long ago, or a re-delivered update) fails with 400: nothing to do.
    void this.sender
      .call('answerCallbackQuery', { callback_query_id: tap.queryId })
      .catch((err: unknown) => this.o.log.debug({ err }, 'answerCallbackQuery failed'));
  }

  /** Keeps message ids of a person's chat (encrypted, 48 hours) for "clear this chat"; a failure only costs that. */
  private async record(chatId: string, messageIds: readonly number[]): Promise<void> {
    if (!this.o.trail || messageIds.length === 0) return;
    await this.o.trail
      .record('telegram', chatId, messageIds.map(String), this.clock.now())
      .catch((err: unknown) => this.o.log.warn({ err }, 'could not record message ids'));
  }

  private async markUnreachable(chatId: string): Promise<void> {
    const contact = await this.o.contacts.find('telegram', chatId);
    if (!contact) return;
    await this.o.contacts.markUnreachable(contact.id, this.clock.now());
    this.o.log.info({ contact: contact.id }, 'telegram contact unreachable (blocked the bot or deleted the account)');
  }

  /**
   * Keeps work in `inFlight` until it settles, so stop() can wait for it. A failure is logged
   * (redacted) and swallowed: one failing update never stops the bot.
   */
  private track(promise: Promise<unknown>): Promise<void> {
    const settled = promise.then(
      () => undefined,
      (err: unknown) => void this.o.log.error({ err }, 'telegram update handling failed'),
    );
    this.inFlight.add(settled);
    void settled.finally(() => this.inFlight.delete(settled));
    return settled;
  }
}

/** Updates of one chat share a key, so they are handled one after another in arrival order. */
function orderKey(parsed: ParsedUpdate): string {
  if (parsed.kind === 'person') return parsed.incoming.address;
  if (parsed.kind === 'blocked') return parsed.address;
  if (parsed.kind === 'foreign_group') return String(parsed.chatId);
  return parsed.kind;
}
