import { badRequest } from './api-error.js';
import { isJson } from './chat-world.js';
import type { MethodHandler } from './message-methods.js';
import type { ChatId, Json } from './types.js';
import { optionalInt, requiredInt } from './validate.js';

/** The six colours Telegram allows. Official reference: https://core.telegram.org/bots/api#createforumtopic */
const TOPIC_COLORS = new Set([0x6fb9f0, 0xffd67e, 0xcb86db, 0x8eee98, 0xff93b2, 0xfb6f5f]);
const COMMAND_RE = /^[a-z0-9_]{1,32}$/;
const SECRET_RE = /^[A-Za-z0-9_-]{1,256}$/;

const getMe: MethodHandler = ({ world }) => world.bot;

/** Official reference: https://core.telegram.org/bots/api#setwebhook */
const setWebhook: MethodHandler = ({ world, queue }, p) => {
  const url = typeof p.url === 'string' ? p.url : '';
  if (p.drop_pending_updates === true) queue.dropPending();
  if (url === '') {
    world.webhook = undefined;
    return true;
  }
  // Telegraf forces https:// itself; tests deliver to a plain-http server through deliverWebhook().
  if (!url.startsWith('https://')) throw badRequest('bad webhook: An HTTPS URL must be provided for webhook');
  const secret = typeof p.secret_token === 'string' ? p.secret_token : undefined;
  if (secret !== undefined && !SECRET_RE.test(secret))
    throw badRequest('bad webhook: secret token contains unallowed characters');
  world.webhook = {
    url,
    maxConnections: optionalInt(p, 'max_connections') ?? 40,
    ...(secret === undefined ? {} : { secretToken: secret }),
    ...(Array.isArray(p.allowed_updates) ? { allowedUpdates: p.allowed_updates.map(String) } : {}),
  };
  return true;
};

const deleteWebhook: MethodHandler = ({ world, queue }, p) => {
  world.webhook = undefined;
  if (p.drop_pending_updates === true) queue.dropPending();
  return true;
};

const getWebhookInfo: MethodHandler = ({ world, queue }) => {
  const info: Json = { url: world.webhook?.url ?? '', has_custom_certificate: false, pending_update_count: queue.size };
  if (world.webhook) info.max_connections = world.webhook.maxConnections;
  if (world.webhook?.allowedUpdates) info.allowed_updates = world.webhook.allowedUpdates;
  return info;
};

/** Official reference: https://core.telegram.org/bots/api#setmycommands */
const setMyCommands: MethodHandler = ({ world }, p) => {
  const commands = Array.isArray(p.commands) ? p.commands : [];
  for (const c of commands) {
    if (!isJson(c) || typeof c.command !== 'string' || !COMMAND_RE.test(c.command))
      throw badRequest('BOT_COMMAND_INVALID');
    if (typeof c.description !== 'string' || c.description.length < 1 || c.description.length > 256) {
      throw badRequest('command description must be non-empty');
    }
  }
  world.commands.set(commandsKey(p), commands as Json[]);
  return true;
};

const getMyCommands: MethodHandler = ({ world }, p) => world.commands.get(commandsKey(p)) ?? [];

const deleteMyCommands: MethodHandler = ({ world }, p) => {
  world.commands.delete(commandsKey(p));
  return true;
};

/** The thread id is the id of the topic's service message, so it comes from the chat's message sequence. */
const createForumTopic: MethodHandler = ({ world }, p) => {
  const chat = world.chat(p.chat_id);
  if (!world.isForum(chat.id as ChatId)) throw badRequest('the chat is not a forum');
  const name = typeof p.name === 'string' ? p.name : '';
  if (name.length < 1 || name.length > 128) throw badRequest('TOPIC_NAME_INVALID');
  const iconColor = optionalInt(p, 'icon_color') ?? 0x6fb9f0;
  // The wording of this error is a stand-in; Telegram's exact text was not verified.
  if (!TOPIC_COLORS.has(iconColor)) throw badRequest('invalid icon_color');
  const threadId = world.nextMessageId(chat.id as ChatId);
  const emoji = typeof p.icon_custom_emoji_id === 'string' ? p.icon_custom_emoji_id : undefined;
  world
    .topicsOf(chat.id as ChatId)
    .set(threadId, { threadId, name, iconColor, closed: false, ...(emoji ? { iconCustomEmojiId: emoji } : {}) });
  return {
    message_thread_id: threadId,
    name,
    icon_color: iconColor,
    ...(emoji ? { icon_custom_emoji_id: emoji } : {}),
  };
};

const editForumTopic: MethodHandler = ({ world }, p) => {
  const { topic } = findTopic(world, p);
  const name = typeof p.name === 'string' && p.name !== '' ? p.name : topic.name;
  const emoji = typeof p.icon_custom_emoji_id === 'string' ? p.icon_custom_emoji_id : topic.iconCustomEmojiId;
  if (name === topic.name && emoji === topic.iconCustomEmojiId) throw badRequest('TOPIC_NOT_MODIFIED');
  topic.name = name;
  if (emoji !== undefined) topic.iconCustomEmojiId = emoji;
  return true;
};

function setClosed(closed: boolean): MethodHandler {
  return ({ world }, p) => {
    const { topic } = findTopic(world, p);
    if (topic.closed === closed) throw badRequest('TOPIC_NOT_MODIFIED');
    topic.closed = closed;
    return true;
  };
}

const deleteForumTopic: MethodHandler = ({ world }, p) => {
  const { chatId, topic } = findTopic(world, p);
  world.deleteTopic(chatId, topic.threadId);
  return true;
};

const sendChatAction: MethodHandler = ({ world }, p) => {
  world.sendableChat(p.chat_id);
  if (typeof p.action !== 'string' || p.action === '') throw badRequest('action is empty');
  return true;
};

const leaveChat: MethodHandler = ({ world }, p) => {
  const chat = world.chat(p.chat_id);
  if (chat.type === 'private') throw badRequest("chat member status can't be changed in private chats");
  world.leave(chat.id as ChatId);
  return true;
};

const getChat: MethodHandler = ({ world }, p) => world.chat(p.chat_id);

/** The bot is an administrator that may manage topics; test users are members unless `setMemberStatus` says otherwise. */
const getChatMember: MethodHandler = ({ world }, p) => {
  const chat = world.chat(p.chat_id);
  const userId = requiredInt(p, 'user_id', 'user not found');
  if (userId === world.bot.id) {
    return {
      status: 'administrator',
      user: world.bot,
      can_be_edited: false,
      can_manage_chat: true,
      can_delete_messages: true,
      can_manage_topics: true,
      is_anonymous: false,
    };
  }
  const user = world.users.get(userId);
  if (!user) throw badRequest('user not found');
  return { status: world.members.get(`${String(chat.id)}:${userId}`) ?? 'member', user };
};

/** The chat-level methods (identity, webhook, commands, topics, chats), keyed by canonical method name. */
export const chatMethods: Record<string, MethodHandler> = {
  getMe,
  setWebhook,
  deleteWebhook,
  getWebhookInfo,
  setMyCommands,
  getMyCommands,
  deleteMyCommands,
  createForumTopic,
  editForumTopic,
  closeForumTopic: setClosed(true),
  reopenForumTopic: setClosed(false),
  deleteForumTopic,
  sendChatAction,
  leaveChat,
  getChat,
  getChatMember,
};

function findTopic(world: Parameters<MethodHandler>[0]['world'], p: Json) {
  const chat = world.chat(p.chat_id);
  const chatId = chat.id as ChatId;
  if (!world.isForum(chatId)) throw badRequest('the chat is not a forum');
  const topic = world.topicsOf(chatId).get(requiredInt(p, 'message_thread_id', 'message thread not found'));
  if (!topic) throw badRequest('message thread not found');
  return { chatId, topic };
}

/** Commands are stored per scope and language, as Telegram keeps them. */
function commandsKey(p: Json): string {
  const scope = isJson(p.scope) ? p.scope : {};
  return `${String(scope.type ?? 'default')}:${String(scope.chat_id ?? '')}:${String(scope.user_id ?? '')}|${String(p.language_code ?? '')}`;
}
