import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/kernel/log.js';
import { ChannelError } from '../../src/kernel/ports/channel-error.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: createLogger('info', stream), text: () => lines.join('') };
}

describe('logging never leaks texts or identities', () => {
  it('redacts message texts, chat ids, phone numbers and whole updates', () => {
    const { log, text } = capture();
    const update = {
      update_id: 1,
      message: {
        text: 'I was arrested at 12 King St',
        chat: { id: 987654321 },
        from: { id: 987654321, first_name: 'Mei' },
      },
    };
    log.info(
      {
        update,
        text: 'my secret words',
        chatId: 987654321,
        phone: '+1 416 555 0199',
        address: '15550001111@c.us',
        caseNo: 42,
      },
      'handled',
    );
    log.info({ ctx: { chat: { id: 987654321 }, from: { username: 'mei_tor' } } }, 'nested');
    const out = text();
    for (const secret of [
      'arrested',
      'King St',
      '987654321',
      'Mei',
      'secret words',
      '555 0199',
      '15550001111',
      'mei_tor',
    ])
      expect(out).not.toContain(secret);
    expect(out).toContain('"caseNo":42');
  });

  it('logs library errors by type, code and method only, never their payload', () => {
    const { log, text } = capture();
    const err = Object.assign(new Error('400: Bad Request: chat 987654321 not found'), {
      code: 400,
      method: 'sendMessage',
      on: { payload: { chat_id: 987654321, text: 'private words' } },
    });
    log.error({ err }, 'send failed');
    const out = text();
    expect(out).toContain('sendMessage');
    expect(out).not.toContain('987654321');
    expect(out).not.toContain('private words');
  });

  it('logs a ChannelError by channel, method, code, status and wait; of its cause only the type and code', () => {
    const { log, text } = capture();
    // What telegraf throws: the request (chat id, text) and, on a network error, a URL holding the bot token.
    const cause = Object.assign(
      new Error('request to https://api.telegram.org/bot123456:AAHsecretsecretsecretsecretsecret1/sendMessage failed'),
      {
        name: 'TelegramError',
        code: 429,
        description: 'Too Many Requests: retry after 7',
        on: { method: 'sendMessage', payload: { chat_id: 987654321, text: 'I was arrested at 12 King St' } },
      },
    );
    const err = new ChannelError({
      channel: 'telegram',
      method: 'sendMessage',
      code: 'rate_limited',
      status: 429,
      retryAfterMs: 7000,
      cause,
    });
    log.warn({ err }, 'send failed');
    const line = JSON.parse(text()) as { err: Record<string, unknown> };
    expect(line.err).toMatchObject({
      type: 'ChannelError',
      channel: 'telegram',
      method: 'sendMessage',
      code: 'rate_limited',
      status: 429,
      retryAfterMs: 7000,
      cause: { type: 'TelegramError', code: 429 },
    });
    for (const secret of ['987654321', 'arrested', 'King St', 'AAHsecret', 'retry after 7'])
      expect(text()).not.toContain(secret);
  });

  it('never writes a bot token quoted in an error message', () => {
    const { log, text } = capture();
    log.error(
      { err: new Error('GET https://api.telegram.org/bot123456:AAHsecretsecretsecretsecretsecret1/getMe') },
      'x',
    );
    expect(text()).not.toContain('AAHsecret');
    expect(text()).toContain('[token]');
  });
});
