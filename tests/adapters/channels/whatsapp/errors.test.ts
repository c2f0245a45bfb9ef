import { describe, expect, it } from 'vitest';
import { describeStartFailure, setupError, toChannelError } from '../../../../src/adapters/channels/whatsapp/errors.js';
import { ChannelError } from '../../../../src/kernel/ports/channel-error.js';

const named = (name: string, message: string) => Object.assign(new Error(message), { name });

describe('WhatsApp errors become the house ChannelError', () => {
  it.each([
    ['a closed page', named('TargetCloseError', 'Protocol error (Runtime.callFunctionOn): Target closed'), 'network'],
    ['a protocol error', named('ProtocolError', 'Protocol error: Session closed'), 'network'],
    ['no internet', new Error('net::ERR_INTERNET_DISCONNECTED at https://web.whatsapp.com/'), 'network'],
    ['a send that timed out', named('BottleneckError', 'This job timed out after 30000 ms.'), 'network'],
    ['anything else', new Error('Evaluation failed: 15550001111@c.us is not a contact'), 'other'],
  ])('%s → %s, keeping the library error as cause but never its message', (_what, raw, code) => {
    const err = toChannelError('sendMessage', raw);
    expect(err).toBeInstanceOf(ChannelError);
    expect(err).toMatchObject({ channel: 'whatsapp', method: 'sendMessage', code });
    expect(err.cause).toBe(raw);
    expect(err.message).not.toContain('15550001111');
  });

  it('a set-up error tells the operator the fix, and that is the line a failed start reports', () => {
    const err = setupError('import', 'whatsapp-web.js could not be loaded; run npm ci');
    expect(err).toMatchObject({ channel: 'whatsapp', method: 'import', code: 'setup' });
    expect(describeStartFailure(err)).toBe('whatsapp-web.js could not be loaded; run npm ci');
    expect(toChannelError('launch', err)).toBe(err);
  });
});
