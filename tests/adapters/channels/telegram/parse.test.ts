import type { Update } from 'telegraf/types';
import { describe, expect, it } from 'vitest';
import { MAX_INCOMING_CHARS, parseUpdate } from '../../../../src/adapters/channels/telegram/parse.js';

const CTX = { botUsername: 'peerline_test_bot', staffChatId: '-1009999' };
const ANN = { id: 42, is_bot: false, first_name: 'Ann', language_code: 'zh-hans' };
const PRIVATE = { id: 42, type: 'private', first_name: 'Ann' };

function message(fields: object, chat: object = PRIVATE): Update {
  return { update_id: 1, message: { message_id: 5, date: 0, chat, from: ANN, ...fields } } as unknown as Update;
}

function tapUpdate(data: unknown, chat: object = PRIVATE): Update {
  return {
    update_id: 2,
    callback_query: {
      id: 'q1',
      from: ANN,
      chat_instance: 'c',
      data,
      message: { message_id: 9, date: 0, chat, text: 'menu' },
    },
  } as unknown as Update;
}

describe('parseUpdate', () => {
  it('turns /start into a start event carrying the Telegram language', () => {
    expect(parseUpdate(message({ text: '/start' }), CTX)).toEqual({
      kind: 'person',
      incoming: {
        channel: 'telegram',
        address: '42',
        event: { type: 'start', suggestedLocale: 'zh-hans' },
        platformLocale: 'zh-hans',
      },
      messageId: 5,
    });
  });

  it("reads commands addressed to this bot and treats other bots' commands as text", () => {
    expect(parseUpdate(message({ text: '/menu@peerline_test_bot' }), CTX)).toMatchObject({
      incoming: { event: { type: 'command', name: 'menu' } },
    });
    expect(parseUpdate(message({ text: '/menu@other_bot' }), CTX)).toMatchObject({
      incoming: { event: { type: 'text', text: '/menu@other_bot' } },
    });
    expect(parseUpdate(message({ text: 'hello' }), CTX)).toMatchObject({
      incoming: { event: { type: 'text', text: 'hello' } },
    });
  });

  it('cuts huge texts before the engine', () => {
    const parsed = parseUpdate(message({ text: '字'.repeat(MAX_INCOMING_CHARS * 3) }), CTX);
    expect(
      parsed.kind === 'person' && parsed.incoming.event.type === 'text' && [...parsed.incoming.event.text].length,
    ).toBe(MAX_INCOMING_CHARS);
  });

  it.each([
    [{ sticker: { file_id: 's' } }, 'sticker'],
    [{ photo: [{ file_id: 'p' }], caption: 'my id card' }, 'photo'],
    [{ voice: { file_id: 'v' } }, 'voice'],
    [{ video_note: { file_id: 'v' } }, 'video'],
    [{ document: { file_id: 'd' } }, 'document'],
    [{ location: { latitude: 43.6, longitude: -79.4 } }, 'location'],
    [{ contact: { phone_number: '+14165550000', first_name: 'X' } }, 'contact'],
    [{ poll: { id: 'p' } }, 'other'],
  ])('names unsupported content %j as %s', (fields, kind) => {
    expect(parseUpdate(message(fields), CTX)).toMatchObject({
      kind: 'person',
      incoming: { event: { type: 'unsupported', kind } },
    });
  });

  it('answers edited messages as unsupported', () => {
    const update = {
      update_id: 3,
      edited_message: { message_id: 5, date: 0, edit_date: 1, chat: PRIVATE, from: ANN, text: 'changed' },
    } as unknown as Update;
    expect(parseUpdate(update, CTX)).toMatchObject({
      kind: 'person',
      incoming: { event: { type: 'unsupported', kind: 'edited' } },
    });
  });

  it('keeps the id of a person\'s own message, for "clear this chat" (an edit or a tap carries none of its own)', () => {
    expect(parseUpdate(message({ text: 'hello' }), CTX)).toMatchObject({ kind: 'person', messageId: 5 });
    expect(parseUpdate(message({ sticker: { file_id: 's' } }), CTX)).toMatchObject({ kind: 'person', messageId: 5 });
    const edit = {
      update_id: 3,
      edited_message: { message_id: 5, date: 0, edit_date: 1, chat: PRIVATE, from: ANN, text: 'changed' },
    } as unknown as Update;
    expect(parseUpdate(edit, CTX)).not.toHaveProperty('messageId');
    expect(parseUpdate(tapUpdate('main|police'), CTX)).not.toHaveProperty('messageId');
  });

  it('decodes button taps and keeps the tapped message for editing', () => {
    expect(parseUpdate(tapUpdate('main|police'), CTX)).toEqual({
      kind: 'person',
      incoming: {
        channel: 'telegram',
        address: '42',
        event: { type: 'choice', key: 'police', from: 'main' },
        platformLocale: 'zh-hans',
      },
      tap: { queryId: 'q1', messageId: 9 },
    });
  });

  it.each([['nonsense'], ['|'], ['x'.repeat(65)], [undefined]])(
    'turns malformed button data %j into empty text ("not understood")',
    (data) => {
      expect(parseUpdate(tapUpdate(data), CTX)).toMatchObject({
        kind: 'person',
        incoming: { event: { type: 'text', text: '' } },
        tap: { queryId: 'q1' },
      });
    },
  );

  it('leaves groups other than the staff group, and hands the staff group to its handler', () => {
    const group = { id: -100123, type: 'supergroup', title: 'g' };
    expect(parseUpdate(message({ text: '/start' }, group), CTX)).toEqual({ kind: 'foreign_group', chatId: -100123 });
    expect(parseUpdate(message({ text: 'hi' }, { id: -1009999, type: 'supergroup', title: 'staff' }), CTX)).toEqual({
      kind: 'staff',
    });
    expect(parseUpdate(tapUpdate('main|police', group), CTX)).toMatchObject({
      kind: 'foreign_group',
      tap: { queryId: 'q1' },
    });
    const added = {
      update_id: 4,
      my_chat_member: {
        chat: group,
        from: ANN,
        date: 0,
        old_chat_member: { status: 'left' },
        new_chat_member: { status: 'member' },
      },
    } as unknown as Update;
    expect(parseUpdate(added, CTX)).toEqual({ kind: 'foreign_group', chatId: -100123 });
  });

  it('notices a person blocking the bot', () => {
    const blocked = {
      update_id: 5,
      my_chat_member: {
        chat: PRIVATE,
        from: ANN,
        date: 0,
        old_chat_member: { status: 'member' },
        new_chat_member: { status: 'kicked' },
      },
    } as unknown as Update;
    expect(parseUpdate(blocked, CTX)).toEqual({ kind: 'blocked', address: '42' });
  });
});
