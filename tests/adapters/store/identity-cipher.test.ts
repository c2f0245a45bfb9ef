import { describe, expect, it } from 'vitest';
import { BadKeyError, IdentityCipher } from '../../../src/adapters/store/identity-cipher.js';
import { randomKey } from '../../helpers/index.js';

describe('IdentityCipher', () => {
  const cipher = new IdentityCipher(randomKey());

  it('encrypts so that the same id gives different bytes, and decrypts back', () => {
    const a = cipher.encrypt('123456789');
    const b = cipher.encrypt('123456789');
    expect(a.equals(b)).toBe(false);
    expect(a.includes(Buffer.from('123456789'))).toBe(false);
    expect(cipher.decrypt(a)).toBe('123456789');
  });

  it('makes stable lookup keys that differ by channel and by key', () => {
    expect(cipher.lookup('telegram', '42').equals(cipher.lookup('telegram', '42'))).toBe(true);
    expect(cipher.lookup('telegram', '42').equals(cipher.lookup('whatsapp', '42'))).toBe(false);
    expect(new IdentityCipher(randomKey()).lookup('telegram', '42').equals(cipher.lookup('telegram', '42'))).toBe(
      false,
    );
  });

  it('refuses to decrypt with another key or altered bytes', () => {
    const blob = cipher.encrypt('secret');
    expect(() => new IdentityCipher(randomKey()).decrypt(blob)).toThrow();
    blob[blob.length - 1]! ^= 1;
    expect(() => cipher.decrypt(blob)).toThrow();
  });

  it('rejects a key that is not 32 bytes of base64', () => {
    expect(() => new IdentityCipher('c2hvcnQ=')).toThrow(BadKeyError);
  });
});
