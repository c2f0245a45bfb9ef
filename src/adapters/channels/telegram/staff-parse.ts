import type { Message, Update } from 'telegraf/types';
import type { StaffEvent, StaffMember } from '../../../kernel/staff/desk.js';
import { decodeStaffAction, type StaffAction } from '../../../kernel/staff/staff-action.js';
import { isStaffCommandName, type StaffCommand } from '../../../kernel/staff/staff-commands.js';

/** Represents a staff event before the adapter adds the `answer` function to button taps. */
export type ParsedStaffEvent =
  | Exclude<StaffEvent, { type: 'button' }>
  | {
      readonly type: 'button';
      readonly threadId: number | undefined;
      readonly messageId: number;
      readonly from: StaffMember;
      readonly action: StaffAction;
      readonly queryId: string;
    };

/**
 * Translates an update from the staff group into a StaffEvent. Messages from
 * bots — the bot itself above all — give null, so nothing the bot posts is
 * ever relayed back (no echo loop); so does a tap whose data is no staff
 * action (the adapter still answers it). Pure: no I/O.
 * Official reference: https://core.telegram.org/bots/api#message (message_thread_id, forum_topic_closed)
 */
export function parseStaffUpdate(update: Update, staffChatId: string, botUsername?: string): ParsedStaffEvent | null {
  if ('callback_query' in update) {
    const q = update.callback_query;
    const message = q.message;
    if (!message || String(message.chat.id) !== staffChatId || !('data' in q) || q.from.is_bot) return null;
    const action = decodeStaffAction(q.data);
    if (!action) return null;
    const threadId =
      'message_thread_id' in message && typeof message.message_thread_id === 'number'
        ? message.message_thread_id
        : undefined;
    return {
      type: 'button',
      threadId,
      messageId: message.message_id,
      from: member(q.from),
      action,
      queryId: q.id,
    };
  }
  if (!('message' in update)) return null;
  const message: Message = update.message;
  if (String(message.chat.id) !== staffChatId || !message.from || message.from.is_bot) return null;
  const threadId =
    message.is_topic_message && typeof message.message_thread_id === 'number' ? message.message_thread_id : undefined;
  if ('forum_topic_closed' in message) return threadId === undefined ? null : { type: 'topic_closed', threadId };
  // Type-checked, not trusted: a forged update (webhook) may carry anything (tests/adapters/channels/telegram/fuzz.test.ts).
  const typed = 'text' in message && typeof message.text === 'string';
  const text = typed
    ? message.text
    : 'caption' in message && typeof message.caption === 'string'
      ? message.caption
      : undefined;
  // Service messages (topic created, members joined, pinned, …) are not staff writing to anyone.
  if (text === undefined && !hasMedia(message)) return null;
  return {
    type: 'message',
    threadId,
    messageId: message.message_id,
    from: member(message.from),
    text,
    command: typed && text !== undefined ? parseCommand(text, botUsername) : undefined,
    replyTo: replyTo(message, threadId),
    content: {
      ...(text === undefined ? {} : { text }),
      telegram: { chatId: staffChatId, messageId: message.message_id },
    },
  };
}

/** The message replied to; in a topic every message "replies" to the topic's first message, which is not a reply. */
function replyTo(message: Message, threadId: number | undefined): number | undefined {
  const reply =
    'reply_to_message' in message ? (message.reply_to_message as { message_id?: number } | undefined) : undefined;
  const id = reply?.message_id;
  return typeof id === 'number' && id !== threadId ? id : undefined;
}

function member(user: { id: number; first_name: string }): StaffMember {
  return { id: String(user.id), firstName: user.first_name };
}

function hasMedia(message: Message): boolean {
  return ['photo', 'voice', 'audio', 'video', 'video_note', 'document', 'animation'].some((f) => f in message);
}

/** Reads `/name args` or `/name@ourbot args`; a command for another bot gives undefined. */
export function parseCommand(text: string, botUsername?: string): StaffCommand | undefined {
  const match = /^\/([a-z_]{1,32})(?:@(\w+))?(?:\s+([\s\S]*))?$/i.exec(text.trim());
  if (!match) return undefined;
  if (match[2] && botUsername && match[2].toLowerCase() !== botUsername.toLowerCase()) return undefined;
  const name = match[1]!.toLowerCase();
  return { name: isStaffCommandName(name) ? name : null, args: (match[3] ?? '').trim() };
}
