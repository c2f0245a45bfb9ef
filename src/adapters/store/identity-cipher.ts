import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Represents a DATA_KEY that is not 32 bytes of base64. */
export class BadKeyError extends Error {
  constructor() {
    super(
      "DATA_KEY must be 32 random bytes, base64-encoded (make one with: node -e \"console.log(require('crypto').randomBytes(32).toString('base64'))\")",
    );
    this.name = 'BadKeyError';
  }
}

/**
 * IdentityCipher can be used to keep identifiers out of the database in
 * plaintext: a keyed HMAC-SHA256 finds a row without revealing the id, and
 * AES-256-GCM keeps what we need to send a message, readable only with
 * DATA_KEY. Both sub-keys are derived from DATA_KEY with HKDF so the lookup
 * key and the encryption key are never the same bytes.
 */
export class IdentityCipher {
  private readonly lookupKey: Buffer;
  private readonly encryptionKey: Buffer;
  /** A value derived from the key, stored to detect a wrong key at start. */
  readonly fingerprint: string;

  constructor(dataKey: string | Buffer) {
    const key = typeof dataKey === 'string' ? Buffer.from(dataKey, 'base64') : dataKey;
    if (key.length !== 32) throw new BadKeyError();
    this.lookupKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'peerline lookup v1', 32));
    this.encryptionKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'peerline encryption v1', 32));
    this.fingerprint = createHmac(
      'sha256',
      Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'peerline fingerprint v1', 32)),
    )
      .update('peerline')
      .digest('base64');
  }

  /** Makes the lookup key for an identity within a namespace (e.g. `telegram`). */
  lookup(namespace: string, value: string): Buffer {
    return createHmac('sha256', this.lookupKey).update(namespace).update('\0').update(value).digest();
  }

  /** Encrypts a UTF-8 string; a fresh IV each time, so equal values give different bytes. */
  encrypt(value: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
  }

  /** Decrypts what {@link encrypt} made; throws when the key is wrong or the bytes were altered. */
  decrypt(blob: Buffer): string {
    if (blob.length < 1 + IV_BYTES + TAG_BYTES || blob[0] !== VERSION)
      throw new Error('not an encrypted value of a known version');
    const iv = blob.subarray(1, 1 + IV_BYTES);
    const tag = blob.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(blob.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /** Compares a stored fingerprint with this key's, in constant time. */
  matches(fingerprint: string): boolean {
    const a = Buffer.from(fingerprint);
    const b = Buffer.from(this.fingerprint);
    return a.length === b.length && timingSafeEqual(a, b);
  }
}
