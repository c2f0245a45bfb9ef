import { describe, expect, it } from 'vitest';
import { MAX_INCOMING_CHARS, parseWhatsAppMessage } from '../../../../src/adapters/channels/whatsapp/parse.js';
import type { WaMessage } from '../../../../src/adapters/channels/whatsapp/wa-client.js';

const PERSON = '15550001111@c.us';
const msg = (extra: Partial<WaMessage> = {}): WaMessage => ({
  from: PERSON,
  body: 'hello',
  fromMe: false,
  type: 'chat',
  id: { _serialized: `false_${PERSON}_ABC` },
  ...extra,
});
const eventOf = (extra: Partial<WaMessage>) => {
  const parsed = parseWhatsAppMessage(msg(extra));
  if (parsed.kind !== 'event') throw new Error(`ignored: ${parsed.reason}`);
  return parsed.event;
};

describe('parseWhatsAppMessage', () => {
  it('keys people by msg.from exactly as received, @c.us and @lid alike', () => {
    expect(parseWhatsAppMessage(msg())).toMatchObject({
      kind: 'event',
      address: PERSON,
      messageId: `false_${PERSON}_ABC`,
    });
    const lid = '204828370108433@lid';
    expect(parseWhatsAppMessage(msg({ from: lid }))).toMatchObject({ kind: 'event', address: lid });
  });

  it.each([
    ['own', { fromMe: true }],
    ['group', { from: '120363025246125888@g.us', author: PERSON }],
    ['status', { from: 'status@broadcast' }],
    ['status', { isStatus: true }],
    ['broadcast', { from: '1555000@broadcast' }],
    ['broadcast', { from: '120363147000000000@newsletter' }],
    ['system', { type: 'e2e_notification' }],
    ['system', { type: 'ciphertext' }],
    ['system', { type: 'revoked' }],
    ['malformed', { from: '' }],
    ['malformed', { id: { _serialized: '' } }],
    ['malformed', { from: 'someone@s.whatsapp.net' }],
  ] as const)('ignores %s messages (%j)', (reason, extra) => {
    expect(parseWhatsAppMessage(msg(extra))).toEqual({ kind: 'ignore', reason });
  });

  it.each([
    ['2', { type: 'pick', index: 2 }],
    ['2.', { type: 'pick', index: 2 }],
    [' (3) ', { type: 'pick', index: 3 }],
    ['2️⃣', { type: 'pick', index: 2 }],
    ['２', { type: 'pick', index: 2 }],
    ['0', { type: 'command', name: 'back' }],
    ['０', { type: 'command', name: 'back' }],
    ['0️⃣', { type: 'command', name: 'back' }],
    ['9', { type: 'command', name: 'menu' }],
    ['/menu', { type: 'command', name: 'menu' }],
    ['/start', { type: 'start' }],
    ['/language', { type: 'command', name: 'language' }],
    ['菜单', { type: 'text', text: '菜单' }],
  ] as const)('reads %j', (body, event) => {
    expect(eventOf({ body })).toEqual(event);
  });

  it.each([
    ['image', 'photo'],
    ['ptt', 'voice'],
    ['audio', 'voice'],
    ['video', 'video'],
    ['document', 'document'],
    ['sticker', 'sticker'],
    ['location', 'location'],
    ['vcard', 'contact'],
    ['poll_creation', 'other'],
  ])('answers %s politely as unsupported %s', (type, kind) => {
    expect(eventOf({ type, body: 'caption with private details' })).toEqual({ type: 'unsupported', kind });
  });

  it('cuts huge bodies', () => {
    const event = eventOf({ body: 'x'.repeat(100_000) });
    expect(event.type === 'text' && event.text.length).toBe(MAX_INCOMING_CHARS);
  });
});
