import type { ForumTopic, Message, UserFromGetMe } from '@grammyjs/types';
import { Telegram } from 'telegraf';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import {
  telegrafTransport,
  type BotApiMethod,
  type BotApiParams,
  type BotApiResult,
} from '../../../../src/adapters/channels/telegram/bot-api.js';
import { FakeBotApi } from '../../../helpers/fake-bot-api.js';
import { TOKEN } from './harness.js';

describe('the typed Bot API call', () => {
  let fake: FakeBotApi;
  beforeEach(async () => {
    fake = await FakeBotApi.start();
  });
  afterEach(async () => {
    await fake.stop();
  });

  it('takes parameters and gives results as @grammyjs/types describes them, for Bot API 7.1 methods only', () => {
    expectTypeOf<BotApiResult<'getMe'>>().toEqualTypeOf<UserFromGetMe>();
    expectTypeOf<BotApiResult<'createForumTopic'>>().toEqualTypeOf<ForumTopic>();
    expectTypeOf<BotApiResult<'sendMessage'>>().toExtend<Message.TextMessage>();
    expectTypeOf<BotApiParams<'sendMessage'>>().toHaveProperty('chat_id');
    expectTypeOf<'deleteMessages'>().toExtend<BotApiMethod>();
    // Newer than telegraf 4.16's Bot API 7.1: not callable, so it fails to compile rather than at run time.
    expectTypeOf<'sendPaidMedia'>().not.toExtend<BotApiMethod>();
  });

  it('wraps telegraf’s callApi: one request, the result unwrapped, an abort honoured', async () => {
    const call = telegrafTransport(new Telegram(TOKEN, { apiRoot: fake.apiRoot, webhookReply: false }));
    const me = await call('getMe', {}, AbortSignal.timeout(5000));
    expect(me.is_bot).toBe(true);
    const sent = await call('sendMessage', { chat_id: 7, text: 'hello' }, AbortSignal.timeout(5000));
    expect(sent.text).toBe('hello');
    expect(fake.callsTo('sendMessage')).toHaveLength(1);
    await expect(call('getMe', {}, AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
  });
});
