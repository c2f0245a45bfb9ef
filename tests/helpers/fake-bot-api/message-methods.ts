import { badRequest } from './api-error.js';
import type { ChatWorld } from './chat-world.js';
import type { ChatId, Json, MessageKind, StoredMessage } from './types.js';
import type { UpdateQueue } from './update-queue.js';
import { checkCaption, checkText, inlineMarkup, optionalInt, requiredInt } from './validate.js';

/** Represents what a method handler may touch: the simulated Telegram state and the update queue. */
export interface MethodContext {
  world: ChatWorld;
  queue: UpdateQueue;
}

/** Represents one Bot API method: parameters in, `result` out, or an `ApiError` thrown. */
export type MethodHandler = (ctx: MethodContext, p: Json) => unknown;

const NOT_MODIFIED =
  'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message';

/** Message fields that describe the envelope rather than the content, so a copy does not carry them. */
const ENVELOPE_KEYS = new Set([
  'message_id',
  'from',
  'chat',
  'date',
  'edit_date',
  'message_thread_id',
  'is_topic_message',
  'reply_markup',
  'reply_to_message',
  'forward_origin',
  'forward_from',
  'forward_from_chat',
  'forward_date',
  'sender_chat',
  'via_bot',
  'author_signature',
  'is_automatic_forward',
  'has_protected_content',
]);

const MEDIA_KINDS = {
  sendPhoto: 'photo',
  sendDocument: 'document',
  sendVoice: 'voice',
  sendVideo: 'video',
  sendAudio: 'audio',
  sendAnimation: 'animation',
  sendSticker: 'sticker',
} as const;

/** Official reference: https://core.telegram.org/bots/api#sendmessage */
const sendMessage: MethodHandler = ({ world }, p) => {
  const { chat, threadId } = target(world, p);
  const fields: Json = { text: checkText(p.text, false) };
  if (Array.isArray(p.entities)) fields.entities = p.entities;
  const markup = inlineMarkup(p.reply_markup);
  if (markup) fields.reply_markup = markup;
  return world.addMessage(chat, { kind: 'text', fields }, { threadId }).message;
};

/** Official reference: https://core.telegram.org/bots/api#editmessagetext */
const editMessageText: MethodHandler = ({ world }, p) => {
  const stored = editTarget(world, p);
  const text = checkText(p.text, true);
  const markup = inlineMarkup(p.reply_markup);
  if (stored.kind !== 'text') throw badRequest('there is no text in the message to edit');
  if (stored.text === text && sameJson(stored.replyMarkup, markup)) throw badRequest(NOT_MODIFIED);
  // An edit without entities clears the old ones, and one without reply_markup removes the keyboard.
  delete stored.message.entities;
  world.editMessage(stored, Array.isArray(p.entities) ? { text, entities: p.entities } : { text }, markup);
  return stored.message;
};

/** Official reference: https://core.telegram.org/bots/api#editmessagecaption */
const editMessageCaption: MethodHandler = ({ world }, p) => {
  const stored = editTarget(world, p);
  const caption = checkCaption(p.caption);
  const markup = inlineMarkup(p.reply_markup);
  if (stored.kind === 'text') throw badRequest('there is no caption in the message to edit');
  if (stored.caption === caption && sameJson(stored.replyMarkup, markup)) throw badRequest(NOT_MODIFIED);
  delete stored.message.caption;
  world.editMessage(stored, caption === undefined ? {} : { caption }, markup);
  return stored.message;
};

/** Official reference: https://core.telegram.org/bots/api#editmessagereplymarkup */
const editMessageReplyMarkup: MethodHandler = ({ world }, p) => {
  const stored = editTarget(world, p);
  const markup = inlineMarkup(p.reply_markup);
  if (sameJson(stored.replyMarkup, markup)) throw badRequest(NOT_MODIFIED);
  world.editMessage(stored, {}, markup);
  return stored.message;
};

/** Official reference: https://core.telegram.org/bots/api#deletemessage */
const deleteMessage: MethodHandler = ({ world }, p) => {
  const chat = world.chat(p.chat_id);
  const id = requiredInt(p, 'message_id', 'message identifier is not specified');
  if (!world.removeMessage(chat.id, id)) throw badRequest('message to delete not found');
  return true;
};

/** Missing messages are skipped, as Telegram does. Official reference: https://core.telegram.org/bots/api#deletemessages */
const deleteMessages: MethodHandler = ({ world }, p) => {
  const chat = world.chat(p.chat_id);
  const ids = Array.isArray(p.message_ids) ? p.message_ids : [];
  if (ids.length === 0) throw badRequest('message identifiers are not specified');
  for (const id of ids) world.removeMessage(chat.id, id);
  return true;
};

/** Official reference: https://core.telegram.org/bots/api#copymessage */
const copyMessage: MethodHandler = ({ world }, p) => {
  const source = sourceMessage(world, p, 'message to copy not found');
  const { chat, threadId } = target(world, p);
  const fields = contentOf(source.message);
  if (p.caption !== undefined && source.kind !== 'text') fields.caption = checkCaption(p.caption);
  const markup = inlineMarkup(p.reply_markup);
  if (markup) fields.reply_markup = markup;
  return { message_id: world.addMessage(chat, { kind: source.kind, fields }, { threadId }).messageId };
};

/** Official reference: https://core.telegram.org/bots/api#forwardmessage */
const forwardMessage: MethodHandler = ({ world }, p) => {
  const source = sourceMessage(world, p, 'message to forward not found');
  const { chat, threadId } = target(world, p);
  const from = source.message.from as Json;
  const fields: Json = {
    ...contentOf(source.message),
    forward_origin: { type: 'user', sender_user: from, date: source.message.date },
    forward_from: from,
    forward_date: source.message.date,
  };
  return world.addMessage(chat, { kind: source.kind, fields }, { threadId }).message;
};

/** Each answer closes its query; a second answer fails like an expired one. Official reference: https://core.telegram.org/bots/api#answercallbackquery */
const answerCallbackQuery: MethodHandler = ({ world }, p) => {
  if (!world.openCallbacks.delete(String(p.callback_query_id))) {
    throw badRequest('query is too old and response timeout expired or query ID is invalid');
  }
  return true;
};

function mediaSender(kind: (typeof MEDIA_KINDS)[keyof typeof MEDIA_KINDS]): MethodHandler {
  return ({ world }, p) => {
    const { chat, threadId } = target(world, p);
    const input = p[kind];
    if (input === undefined || input === null || input === '') throw badRequest(`there is no ${kind} in the request`);
    const fields: Json = { [kind]: fakeFile(world, kind, input, p) };
    const caption = kind === 'sticker' ? undefined : checkCaption(p.caption);
    if (caption !== undefined) fields.caption = caption;
    const markup = inlineMarkup(p.reply_markup);
    if (markup) fields.reply_markup = markup;
    return world.addMessage(chat, { kind, fields }, { threadId }).message;
  };
}

/** The message-level methods, keyed by canonical method name. */
export const messageMethods: Record<string, MethodHandler> = {
  sendMessage,
  editMessageText,
  editMessageCaption,
  editMessageReplyMarkup,
  deleteMessage,
  deleteMessages,
  copyMessage,
  forwardMessage,
  answerCallbackQuery,
  ...Object.fromEntries(Object.entries(MEDIA_KINDS).map(([method, kind]) => [method, mediaSender(kind)])),
};

function target(world: ChatWorld, p: Json): { chat: Json; threadId: number | undefined } {
  const chat = world.sendableChat(p.chat_id);
  const threadId = optionalInt(p, 'message_thread_id');
  world.checkThread(chat.id as ChatId, threadId);
  return { chat, threadId };
}

function editTarget(world: ChatWorld, p: Json): StoredMessage {
  if (p.inline_message_id !== undefined) throw badRequest('MESSAGE_ID_INVALID');
  const chat = world.chat(p.chat_id);
  const stored = world.findMessage(chat.id, requiredInt(p, 'message_id', 'message identifier is not specified'));
  if (!stored) throw badRequest('message to edit not found');
  if (!stored.fromBot) throw badRequest("message can't be edited");
  return stored;
}

function sourceMessage(world: ChatWorld, p: Json, notFound: string): StoredMessage {
  const from = world.chat(p.from_chat_id);
  const stored = world.findMessage(from.id, requiredInt(p, 'message_id', 'message identifier is not specified'));
  if (!stored) throw badRequest(notFound);
  return stored;
}

function contentOf(message: Json): Json {
  return structuredClone(Object.fromEntries(Object.entries(message).filter(([key]) => !ENVELOPE_KEYS.has(key))));
}

/** Builds the File-shaped object Telegram returns; an uploaded file gets a fresh fake file_id. */
function fakeFile(world: ChatWorld, kind: MessageKind, input: unknown, p: Json): unknown {
  const reused = typeof input === 'string' && !/^https?:\/\//.test(input);
  const fileId = reused ? input : world.nextFileId(kind);
  const base = { file_id: fileId, file_unique_id: `u-${fileId}` };
  const filename =
    typeof input === 'object' && input !== null && 'filename' in input ? String(input.filename) : undefined;
  switch (kind) {
    case 'photo':
      return [{ ...base, width: 320, height: 320, file_size: 1024 }];
    case 'document':
      return { ...base, file_name: filename ?? 'file' };
    case 'voice':
      return { ...base, duration: optionalInt(p, 'duration') ?? 1, mime_type: 'audio/ogg' };
    case 'sticker':
      return { ...base, type: 'regular', width: 512, height: 512, is_animated: false, is_video: false };
    default:
      return { ...base, width: 320, height: 240, duration: optionalInt(p, 'duration') ?? 1 };
  }
}

/** Compares two JSON values regardless of key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
