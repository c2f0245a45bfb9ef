import type { Logger } from '../../../kernel/log.js';
import type { Outgoing, SendOutcome, SendPriority } from '../../../kernel/ports/channel.js';
import type { BotApiCall } from './bot-api.js';
import { isNotEditable, isNotModified, toChannelError } from './errors.js';
import { MenuMemory } from './menu-memory.js';
import { renderTelegram, type TelegramPayload } from './render.js';
import type { TelegramSender } from './sender.js';

/**
 * ScreenSender can be used to put rendered screens in front of a person: in
 * their chat's queue, as new messages, or (for a menu answering a tap on the
 * current menu) by editing that message in place. A menu message that can no
 * longer be edited (deleted, too old) is replaced by a new message.
 * Official reference: https://core.telegram.org/bots/api#editmessagetext
 */
export class ScreenSender {
  private readonly menus = new MenuMemory();

  /**
   * @param onNewMessage called with every new message's id before the chat's next job runs (the adapter records
   * ids for "clear this chat"); edits in place reuse an id already recorded.
   */
  constructor(
    private readonly sender: TelegramSender,
    private readonly log: Logger,
    private readonly onNewMessage?: (chatId: string, messageId: number) => Promise<void>,
  ) {}

  /** Forgets the chat's current menu (its messages were deleted): the next tap gets a new message. */
  forgetMenu(chatId: string): void {
    this.menus.forget(chatId);
  }

  /**
   * Queues `items` for one chat, in order. The first item may replace the tapped message when
   * that message shows the chat's current menu and the item is a menu too; this is decided when
   * the item's turn comes, since earlier sends in the queue change which message that is.
   * Never rejects: failures come back as a {@link SendOutcome} (and are logged without content).
   */
  deliver(chatId: string, items: readonly Outgoing[], priority: SendPriority, tapped?: number): Promise<SendOutcome> {
    const jobs = items.map((item, i) => {
      const payload = renderTelegram(item);
      return this.sender.inChat(chatId, priority, (call) => {
        const edit =
          i === 0 && payload.editable && tapped !== undefined && this.menus.isCurrent(chatId, tapped)
            ? tapped
            : undefined;
        return this.show(call, chatId, payload, edit);
      });
    });
    return Promise.allSettled(jobs).then((results): SendOutcome => {
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (!failed) return { ok: true, messageIds: results.map((r) => (r as PromiseFulfilledResult<string>).value) };
      const err = toChannelError('sendMessage', failed.reason);
      this.log.warn({ err, priority }, 'telegram message not delivered');
      return {
        ok: false,
        reason: err.code === 'unreachable' ? 'unreachable' : 'failed',
        ...(err.status === undefined ? {} : { code: err.status }),
      };
    });
  }

  private async show(
    call: BotApiCall,
    chatId: string,
    payload: TelegramPayload,
    editId: number | undefined,
  ): Promise<string> {
    const body = { text: payload.text, ...(payload.reply_markup ? { reply_markup: payload.reply_markup } : {}) };
    if (editId !== undefined) {
      try {
        await call('editMessageText', { chat_id: chatParam(chatId), message_id: editId, ...body });
        return String(editId);
      } catch (err) {
        // The same screen again (a double tap): nothing to change, which is success.
        if (isNotModified(err)) return String(editId);
        // Deleted or too old to edit: the screen comes as a new message instead.
        if (!isNotEditable(err)) throw err;
      }
    }
    // Read as optional: another Bot API server (TELEGRAM_API_ROOT) may answer without one.
    const sent: { readonly message_id?: unknown } | null = await call('sendMessage', {
      chat_id: chatParam(chatId),
      ...body,
    });
    const id = typeof sent?.message_id === 'number' ? sent.message_id : undefined;
    // Anything sent below a menu makes it history: a tap there gets a new message where the person is looking.
    if (payload.editable && id !== undefined) this.menus.remember(chatId, id);
    else this.menus.forget(chatId);
    if (id !== undefined) await this.onNewMessage?.(chatId, id);
    return String(id ?? '');
  }
}

/** Bot API chat ids are numbers; a numeric address goes back as one. */
export function chatParam(address: string): number | string {
  return /^-?\d+$/.test(address) ? Number(address) : address;
}
