import { describe, expect, it } from 'vitest';
import { appServices, parsePhone, whatsappChatPhone } from '../../../src/features/callbacks/phone.js';

describe('phone numbers (libphonenumber-js, region CA)', () => {
  it('reads Canadian numbers however they are written', () => {
    for (const text of [
      '416 555 0123',
      '(416) 555-0123',
      '416.555.0123',
      '1-416-555-0123',
      '+1 416 555 0123',
      '4165550123',
    ]) {
      expect(parsePhone(text), text).toEqual({ e164: '+14165550123', display: '+1 416 555 0123' });
    }
  });

  it('accepts valid foreign numbers written with + and the country code', () => {
    expect(parsePhone('+86 139 1234 5678')).toEqual({ e164: '+8613912345678', display: '+86 139 1234 5678' });
    expect(parsePhone('+82 10-1234-5678')?.e164).toBe('+821012345678');
    expect(parsePhone('+66 81 234 5678')?.e164).toBe('+66812345678');
  });

  it('refuses what is not a valid number, without throwing', () => {
    for (const text of [
      '',
      '12',
      '555 0123',
      '13912345678',
      '+86 12',
      '+999 1234 5678',
      '416 555 0123 ext 12',
      'x'.repeat(500),
      '📞',
    ]) {
      expect(parsePhone(text), text).toBeNull();
    }
  });

  it('is what the app injects into the engine', () => {
    expect(appServices().phone?.('647 555 1234')?.e164).toBe('+16475551234');
  });

  it('reads a number only from a phone-based WhatsApp id, never from an @lid id', () => {
    expect(whatsappChatPhone('14165550123@c.us')).toEqual({ e164: '+14165550123', display: '+1 416 555 0123' });
    expect(whatsappChatPhone('8613912345678@c.us')?.e164).toBe('+8613912345678');
    expect(whatsappChatPhone('14165550123@lid')).toBeNull();
    expect(whatsappChatPhone('123456789012345@lid')).toBeNull();
    expect(whatsappChatPhone('120363025246125486@g.us')).toBeNull();
    expect(whatsappChatPhone('14165550123')).toBeNull();
  });
});
