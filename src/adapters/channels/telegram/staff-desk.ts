import Bottleneck from 'bottleneck';
import type { Logger } from '../../../kernel/log.js';
import type { RelayContent, StaffButton, StaffDesk } from '../../../kernel/staff/desk.js';
import { encodeStaffAction } from '../../../kernel/staff/staff-action.js';
import type { InlineKeyboardButton } from '@grammyjs/types';
import { TELEGRAM_MAX_TEXT_CHARS as MAX_TEXT_CHARS } from './capabilities.js';
import { isNotModified, toChannelError } from './errors.js';
import type { TelegramSender } from './sender.js';

/** Represents the pacing of posts into the staff group. */
export interface StaffDeskOptions {
  /** Telegram accepts about 20 messages a minute into one group. */
  readonly perMinute: number;
  /** The length of Telegram's window for that limit; only tests shorten it. */
  readonly windowMs: number;
  /** A label the bot puts above relayed person messages (localized by the caller), e.g. "Person:". */
  readonly personLabel: string;
  /** Short placeholder for what cannot be copied. */
  readonly mediaLabel: string;
}

const DEFAULT_OPTIONS: StaffDeskOptions = { perMinute: 20, windowMs: 60_000, personLabel: '💬', mediaLabel: '📎' };
/** Room left in a coalesced message for separators and the label. */
const COALESCE_LIMIT = MAX_TEXT_CHARS - 200;

/**
 * TelegramStaffDesk can be used as the staff side of Peerline in a Telegram
 * forum supergroup: one topic per case, cards with buttons, relayed messages.
 * Everything posted into the group passes one limiter (about 20 a minute,
 * Telegram's group limit); texts waiting for the same topic are joined into
 * one message, copies keep their place in line, nothing is dropped
 * (tests/adapters/channels/telegram/staff.test.ts).
 */
export class TelegramStaffDesk implements StaffDesk {
  private readonly group: Bottleneck;
  private readonly pending = new Map<
    number,
    { content: RelayContent; resolve: () => void; reject: (err: unknown) => void }[]
  >();
  private readonly options: StaffDeskOptions;

  constructor(
    private readonly sender: TelegramSender,
    private readonly chatId: string,
    private readonly log: Logger,
    options: Partial<StaffDeskOptions> = {},
  ) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    const perMinute = Math.max(1, this.options.perMinute);
    this.group = new Bottleneck({
      maxConcurrent: 1,
      reservoir: perMinute,
      reservoirRefreshAmount: perMinute,
      reservoirRefreshInterval: this.options.windowMs,
    });
  }

  async openTopic(name: string): Promise<number> {
    const topic = await this.sender.call('createForumTopic', { chat_id: this.chatId, name: name.slice(0, 128) });
    return topic.message_thread_id;
  }

  post(threadId: number | undefined, text: string, buttons: readonly StaffButton[] = []): Promise<number> {
    return this.group.schedule(async () => {
      const sent = await this.sender.call('sendMessage', {
        chat_id: this.chatId,
        text,
        ...thread(threadId),
        ...markup(buttons),
      });
      return sent.message_id;
    });
  }

  async edit(
    threadId: number | undefined,
    messageId: number,
    text: string,
    buttons: readonly StaffButton[] = [],
  ): Promise<void> {
    void threadId; // editing addresses the message, not the topic
    try {
      await this.sender.call('editMessageText', {
        chat_id: this.chatId,
        message_id: messageId,
        text,
        reply_markup: { inline_keyboard: keyboard(buttons) },
      });
    } catch (err) {
      // The card already shows this (a second tap, a repeated update): nothing to change, which is success.
      if (!isNotModified(err)) throw err;
    }
  }

  async direct(staffUserId: string, text: string): Promise<boolean> {
    try {
      await this.sender.call('sendMessage', { chat_id: staffUserId, text });
      return true;
    } catch (err) {
      // 403 (never started the bot, or blocked it) and 400 (chat not found): not allowed to write to them.
      const e = toChannelError('sendMessage', err);
      if (e.code === 'unreachable' || e.code === 'bad_request') return false;
      throw e;
    }
  }

  /** Queues what a person sent for a topic; resolves when it (possibly joined with others) has been posted. */
  relay(threadId: number, content: RelayContent): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const queue = this.pending.get(threadId);
      const item = { content, resolve, reject };
      if (queue) {
        queue.push(item);
        return;
      }
      this.pending.set(threadId, [item]);
      this.scheduleFlush(threadId);
    });
  }

  private scheduleFlush(threadId: number): void {
    void this.group
      .schedule(() => this.flush(threadId))
      .catch((err: unknown) => this.log.error({ err }, 'staff relay flush failed'));
  }

  /**
   * Posts what waits for one topic: consecutive texts as one message, a copy
   * on its own. What is left goes back in line behind other topics (and keeps
   * coalescing while it waits).
   */
  private async flush(threadId: number): Promise<void> {
    const queue = this.pending.get(threadId) ?? [];
    const head = queue[0];
    if (!head) {
      this.pending.delete(threadId);
      return;
    }
    let taken = 1;
    try {
      const content = head.content;
      if (content.kind === 'text') {
        const texts = [content.text];
        let size = content.text.length;
        for (; taken < queue.length; taken++) {
          const next = queue[taken]!.content;
          if (next.kind !== 'text' || size + next.text.length > COALESCE_LIMIT) break;
          texts.push(next.text);
          size += next.text.length;
        }
        await this.sender.call('sendMessage', {
          chat_id: this.chatId,
          text: `${this.options.personLabel} ${texts.join('\n\n')}`.slice(0, MAX_TEXT_CHARS),
          ...thread(threadId),
        });
      } else if (content.kind === 'telegram_message') {
        await this.sender.call('copyMessage', {
          chat_id: this.chatId,
          from_chat_id: content.chatId,
          message_id: content.messageId,
          ...thread(threadId),
        });
      } else if (content.kind === 'media') {
        await this.sender.call('sendDocument', {
          chat_id: this.chatId,
          document: { source: content.data, filename: content.filename ?? 'file' },
          ...(content.caption ? { caption: content.caption.slice(0, 1024) } : {}),
          ...thread(threadId),
        });
      } else {
        await this.sender.call('sendMessage', {
          chat_id: this.chatId,
          text: `${this.options.mediaLabel} ${content.what}`,
          ...thread(threadId),
        });
      }
      for (const item of queue.splice(0, taken)) item.resolve();
    } catch (err) {
      // The sender already retried (429, 5xx); what still fails is reported to the caller, never silently dropped.
      for (const item of queue.splice(0, taken)) item.reject(err);
    }
    if (queue.length === 0) this.pending.delete(threadId);
    else this.scheduleFlush(threadId);
  }

  async closeTopic(threadId: number): Promise<void> {
    try {
      await this.sender.call('closeForumTopic', { chat_id: this.chatId, message_thread_id: threadId });
    } catch (err) {
      // Already closed by hand (TOPIC_NOT_MODIFIED): nothing to do.
      this.log.debug({ err: toChannelError('closeForumTopic', err) }, 'closeForumTopic failed');
    }
  }

  async announce(text: string): Promise<void> {
    await this.post(undefined, text);
  }

  /** Waits for everything queued for the group (used at shutdown). */
  async stop(): Promise<void> {
    await this.group
      .stop({ dropWaitingJobs: false })
      // Only a second stop() rejects ("stop() has already been called"): the first is still draining.
      .catch((err: unknown) => this.log.debug({ err }, 'staff desk already stopping'));
  }
}

function thread(threadId: number | undefined): { message_thread_id?: number } {
  return threadId === undefined ? {} : { message_thread_id: threadId };
}

/** One button a row; each button's data is its action, written by the one staff codec. */
function keyboard(buttons: readonly StaffButton[]): InlineKeyboardButton.CallbackButton[][] {
  return buttons.map((b) => [{ text: b.label, callback_data: encodeStaffAction(b.action) }]);
}

function markup(buttons: readonly StaffButton[]) {
  return buttons.length ? { reply_markup: { inline_keyboard: keyboard(buttons) } } : {};
}
