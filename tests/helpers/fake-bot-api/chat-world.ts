import { badRequest, forbidden } from './api-error.js';
import type { ChatId, FakeTopic, FakeUserRef, Json, MessageKind, StoredMessage } from './types.js';

/** Represents the webhook the bot registered with `setWebhook`. */
export interface WebhookSettings {
  url: string;
  secretToken?: string;
  allowedUpdates?: string[];
  maxConnections: number;
}

/** Represents the content of a new message: its kind and the Telegram fields that carry it. */
export interface NewContent {
  kind: MessageKind;
  fields: Json;
}

/**
 * ChatWorld can be used to hold what Telegram's servers know: chats, per-chat message counters,
 * stored messages (the bot's and the test users'), forum topics, users and open callback queries.
 */
export class ChatWorld {
  webhook: WebhookSettings | undefined;
  readonly commands = new Map<string, Json[]>();
  /** Callback query ids a test user produced that the bot has not answered yet. */
  readonly openCallbacks = new Set<string>();
  readonly users = new Map<number, Json>();
  readonly members = new Map<string, string>();
  private readonly chats = new Map<string, Json>();
  private readonly left = new Set<string>();
  private readonly lastMessageId = new Map<string, number>();
  private readonly messages = new Map<string, Map<number, StoredMessage>>();
  private readonly forumTopics = new Map<string, Map<number, FakeTopic>>();
  private readonly deletedThreads = new Set<string>();
  private fileCounter = 0;

  constructor(
    readonly bot: Json,
    private readonly now: () => number,
    private readonly strictChats: boolean,
  ) {}

  /** Unix time in seconds, as Telegram dates are. */
  seconds(): number {
    return Math.floor(this.now() / 1000);
  }

  /** The Telegram Chat object; unknown chats are created (private for positive ids) unless `strictChats`. */
  chat(chatId: unknown): Json {
    if (chatId === undefined || chatId === null || chatId === '') throw badRequest('chat_id is empty');
    const known = this.chats.get(String(chatId));
    if (known) return known;
    if (this.strictChats || typeof chatId !== 'number') throw badRequest('chat not found');
    return chatId > 0 ? this.registerUser({ id: chatId }) : this.registerGroup(chatId, false);
  }

  /** The chat for a send: it must exist and the bot must still be in it. */
  sendableChat(chatId: unknown): Json {
    const chat = this.chat(chatId);
    if (this.left.has(String(chat.id))) throw forbidden(`bot is not a member of the ${String(chat.type)} chat`);
    return chat;
  }

  /** The Telegram User object for a test user, remembered for getChatMember. */
  rememberUser(user: FakeUserRef): Json {
    const from: Json = { id: user.id, is_bot: false, first_name: user.firstName ?? `User ${user.id}` };
    if (user.lastName !== undefined) from.last_name = user.lastName;
    if (user.username !== undefined) from.username = user.username;
    if (user.languageCode !== undefined) from.language_code = user.languageCode;
    this.users.set(user.id, from);
    return from;
  }

  /** Registers a user's private chat with the bot and returns the Chat object. */
  registerUser(user: FakeUserRef): Json {
    const from = this.rememberUser(user);
    const chat: Json = { id: user.id, type: 'private', first_name: from.first_name };
    if (from.last_name !== undefined) chat.last_name = from.last_name;
    if (from.username !== undefined) chat.username = from.username;
    this.chats.set(String(user.id), chat);
    return chat;
  }

  registerGroup(chatId: number, forum: boolean, title?: string): Json {
    const existing = this.chats.get(String(chatId));
    const chat: Json = {
      id: chatId,
      type: 'supergroup',
      title: title ?? (existing?.title as string | undefined) ?? `Group ${chatId}`,
    };
    if (forum || existing?.is_forum === true) chat.is_forum = true;
    this.chats.set(String(chatId), chat);
    this.left.delete(String(chatId));
    return chat;
  }

  isForum(chatId: ChatId): boolean {
    return this.chats.get(String(chatId))?.is_forum === true;
  }

  leave(chatId: ChatId): void {
    this.left.add(String(chatId));
  }

  /** Message ids are one sequence per chat, shared by the bot's and the users' messages, as in Telegram. */
  nextMessageId(chatId: ChatId): number {
    const id = (this.lastMessageId.get(String(chatId)) ?? 0) + 1;
    this.lastMessageId.set(String(chatId), id);
    return id;
  }

  /** Creates and stores a message; `from` is the bot unless a user is given. */
  addMessage(
    chat: Json,
    content: NewContent,
    opts: { from?: Json; threadId?: number; extra?: Json } = {},
  ): StoredMessage {
    const chatId = chat.id as ChatId;
    const messageId = this.nextMessageId(chatId);
    // A message's `from` carries only the User fields, not getMe's capability flags.
    const sender = opts.from ?? {
      id: this.bot.id,
      is_bot: true,
      first_name: this.bot.first_name,
      username: this.bot.username,
    };
    const message: Json = { message_id: messageId, from: sender, chat, date: this.seconds() };
    if (opts.threadId !== undefined) {
      message.message_thread_id = opts.threadId;
      if (chat.is_forum === true) message.is_topic_message = true;
    }
    Object.assign(message, content.fields, opts.extra);
    const stored: StoredMessage = { chatId, messageId, fromBot: opts.from === undefined, kind: content.kind, message };
    syncFields(stored);
    this.chatMessages(chatId).set(messageId, stored);
    return stored;
  }

  findMessage(chatId: unknown, messageId: unknown): StoredMessage | undefined {
    return this.messages.get(String(chatId))?.get(Number(messageId));
  }

  /** Applies an edit to a stored message's Telegram object and refreshes the summary fields. */
  editMessage(stored: StoredMessage, changes: Json, replyMarkup: Json | undefined): void {
    Object.assign(stored.message, changes, { edit_date: this.seconds() });
    if (replyMarkup === undefined) delete stored.message.reply_markup;
    else stored.message.reply_markup = replyMarkup;
    syncFields(stored);
  }

  removeMessage(chatId: unknown, messageId: unknown): boolean {
    return this.messages.get(String(chatId))?.delete(Number(messageId)) ?? false;
  }

  messagesIn(chatId: ChatId): StoredMessage[] {
    return [...(this.messages.get(String(chatId))?.values() ?? [])].sort((a, b) => a.messageId - b.messageId);
  }

  topicsOf(chatId: ChatId): Map<number, FakeTopic> {
    let topics = this.forumTopics.get(String(chatId));
    if (!topics) this.forumTopics.set(String(chatId), (topics = new Map()));
    return topics;
  }

  /** A fresh fake file_id for an uploaded file. */
  nextFileId(kind: string): string {
    this.fileCounter += 1;
    return `fake-${kind}-${this.fileCounter}`;
  }

  /** Sending into a closed or deleted topic fails as it does on Telegram. */
  checkThread(chatId: ChatId, threadId: number | undefined): void {
    if (threadId === undefined) return;
    if (this.deletedThreads.has(`${chatId}:${threadId}`)) throw badRequest('message thread not found');
    if (this.topicsOf(chatId).get(threadId)?.closed === true) throw badRequest('TOPIC_CLOSED');
  }

  /** Deleting a topic deletes its messages too. */
  deleteTopic(chatId: ChatId, threadId: number): void {
    this.topicsOf(chatId).delete(threadId);
    this.deletedThreads.add(`${chatId}:${threadId}`);
    for (const stored of this.messagesIn(chatId)) {
      if (stored.threadId === threadId) this.removeMessage(chatId, stored.messageId);
    }
  }

  private chatMessages(chatId: ChatId): Map<number, StoredMessage> {
    let map = this.messages.get(String(chatId));
    if (!map) this.messages.set(String(chatId), (map = new Map()));
    return map;
  }
}

function syncFields(stored: StoredMessage): void {
  const m = stored.message;
  stored.text = typeof m.text === 'string' ? m.text : undefined;
  stored.caption = typeof m.caption === 'string' ? m.caption : undefined;
  stored.replyMarkup = isJson(m.reply_markup) ? m.reply_markup : undefined;
  stored.threadId = typeof m.message_thread_id === 'number' ? m.message_thread_id : undefined;
}

/** Narrows an unknown value to a JSON object. */
export function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
