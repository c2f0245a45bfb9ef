import type { Message, Update } from 'telegraf/types';
import { isJson, type ChatWorld } from './chat-world.js';
import type { ChatId, FakeUserRef, Json, MessageKind } from './types.js';
import type { UpdateQueue } from './update-queue.js';

/** Represents options for a message a test user sends in a group. */
export interface GroupMessageOptions {
  /** Forum topic to post in; sets `message_thread_id` and `is_topic_message`. */
  threadId?: number;
  title?: string;
  /** Defaults to true: Peerline's staff group is a forum supergroup. */
  forum?: boolean;
}

/** Represents options for a callback button tap. */
export interface TapOptions {
  /** Chat holding the tapped message; defaults to the user's private chat. */
  chatId?: ChatId;
  /** Allow data that no button of the message carries (a forged or stale client). */
  anyData?: boolean;
}

/**
 * UserDriver can be used to act as Telegram users: each call stores the user's message where Telegram
 * would, then queues the update for the bot's next `getUpdates`.
 */
export class UserDriver {
  private callbackCounter = 0;

  constructor(
    private readonly world: ChatWorld,
    private readonly queue: UpdateQueue,
  ) {}

  /** A private-chat text message; a leading `/command` gets its bot_command entity. */
  sends(user: FakeUserRef, text: string, extra: Json = {}): Update.MessageUpdate<Message.TextMessage> {
    return this.sendsRaw(user, { text, ...commandEntity(text), ...extra }) as Update.MessageUpdate<Message.TextMessage>;
  }

  /** A private-chat message of any kind: `partial` holds its content fields (sticker, photo, voice, location…). */
  sendsRaw(user: FakeUserRef, partial: Json): Update.MessageUpdate {
    const chat = this.world.registerUser(user);
    return this.push(chat, this.world.rememberUser(user), partial, undefined);
  }

  /** A text message in a supergroup, by default a forum, optionally inside a topic. */
  groupMessage(
    chatId: number,
    from: FakeUserRef,
    text: string,
    opts: GroupMessageOptions = {},
  ): Update.MessageUpdate<Message.TextMessage> {
    const chat = this.world.registerGroup(chatId, opts.forum ?? true, opts.title);
    return this.push(
      chat,
      this.world.rememberUser(from),
      { text, ...commandEntity(text) },
      opts.threadId,
    ) as Update.MessageUpdate<Message.TextMessage>;
  }

  /** A tap on an inline button of a stored bot message; the update carries that message in its current state. */
  taps(user: FakeUserRef, messageId: number, data: string, opts: TapOptions = {}): Update.CallbackQueryUpdate {
    const chatId = opts.chatId ?? user.id;
    const stored = this.world.findMessage(chatId, messageId);
    if (!stored) throw new Error(`userTaps: chat ${chatId} has no message ${messageId} (deleted, or never sent?)`);
    if (!opts.anyData && !buttonData(stored.replyMarkup).includes(data)) {
      throw new Error(
        `userTaps: message ${messageId} has no button with data ${JSON.stringify(data)}; it has ${JSON.stringify(buttonData(stored.replyMarkup))}`,
      );
    }
    this.callbackCounter += 1;
    const id = `cbq-${this.callbackCounter}`;
    this.world.openCallbacks.add(id);
    const from = this.world.rememberUser(user);
    const callback_query = {
      id,
      from,
      message: structuredClone(stored.message),
      chat_instance: `ci${String(chatId)}`,
      data,
    };
    return this.queue.push({ callback_query }) as unknown as Update.CallbackQueryUpdate;
  }

  /** The user edits one of their earlier messages, which Telegram reports as `edited_message`. */
  edits(
    user: FakeUserRef,
    messageId: number,
    text: string,
    opts: { chatId?: ChatId } = {},
  ): Update.EditedMessageUpdate {
    const stored = this.world.findMessage(opts.chatId ?? user.id, messageId);
    if (!stored || stored.fromBot) throw new Error(`editedMessage: no message ${messageId} from user ${user.id}`);
    delete stored.message.entities;
    this.world.editMessage(stored, { text, ...commandEntity(text) }, stored.replyMarkup);
    return this.queue.push({
      edited_message: structuredClone(stored.message),
    }) as unknown as Update.EditedMessageUpdate;
  }

  private push(chat: Json, from: Json, partial: Json, threadId: number | undefined): Update.MessageUpdate {
    const stored = this.world.addMessage(chat, { kind: kindOf(partial), fields: partial }, { from, threadId });
    return this.queue.push({ message: structuredClone(stored.message) }) as unknown as Update.MessageUpdate;
  }
}

function commandEntity(text: string): Json {
  const command = /^\/\S+/.exec(text)?.[0];
  return command ? { entities: [{ type: 'bot_command', offset: 0, length: command.length }] } : {};
}

const KINDS: MessageKind[] = [
  'text',
  'photo',
  'document',
  'voice',
  'video',
  'audio',
  'sticker',
  'animation',
  'location',
];

function kindOf(partial: Json): MessageKind {
  return KINDS.find((kind) => partial[kind] !== undefined) ?? 'other';
}

function buttonData(markup: Json | undefined): string[] {
  const rows = markup?.inline_keyboard;
  if (!Array.isArray(rows)) return [];
  return rows
    .flat()
    .filter(isJson)
    .map((b) => b.callback_data)
    .filter((d): d is string => typeof d === 'string');
}
