import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rotateFromEnv, RotateUsageError } from '../../../src/main/cli/rotate-key.js';
import { WrongKeyError } from '../../../src/adapters/store/errors.js';
import { IdentityCipher } from '../../../src/adapters/store/identity-cipher.js';
import { RotationRefused, rotateKey } from '../../../src/adapters/store/rotate-key.js';
import { Database } from '../../../src/adapters/store/sqlite.js';
import { randomKey, tempDir, openTestStore } from '../../helpers/index.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');

describe('key rotation and the wrong-key check', () => {
  let dir: string;
  let cleanup: () => void;
  let file: string;
  let oldKey: string;
  let newKey: string;

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir('peerline-rotate-'));
    file = path.join(dir, 'r.db');
    oldKey = randomKey();
    newKey = randomKey();
    // Every kind of encrypted value: identities, sessions, message ids, and a callback's phone number.
    const store = await openTestStore(file, new IdentityCipher(oldKey));
    const ann = await store.contacts.touch('telegram', '424242', NOW);
    const bo = await store.contacts.touch('whatsapp', '15550001111@c.us', NOW);
    await store.sessions.save(ann.id, { v: 1, node: 'main', trail: ['main'], locale: 'en' }, NOW);
    await store.chatMessages.record('telegram', '424242', ['11', '12'], NOW);
    await store.chatMessages.record('whatsapp', '15550001111@c.us', ['true_15550001111@c.us_ABC'], NOW);
    if (await store.db.get("SELECT name FROM sqlite_master WHERE name = 'callbacks'")) {
      await store.callbacks.create({
        contactId: bo.id,
        channel: 'whatsapp',
        locale: 'en',
        language: 'English',
        slot: 'any',
        voicemail: false,
        sayOrg: false,
        phone: { e164: '+14165550123', display: '(416) 555-0123' },
        code: null,
        now: NOW,
        remindAt: NOW,
      });
    }
    await store.close();
  });
  afterEach(() => cleanup());

  const fileHash = () => createHash('sha256').update(readFileSync(file)).digest('hex');

  it('re-encrypts every identity and encrypted column under the new key, in one go, and the old key no longer opens it', async () => {
    const report = await rotateKey(file, new IdentityCipher(oldKey), new IdentityCipher(newKey));
    expect(report.reencrypted).toMatchObject({ 'contacts.address': 2, 'sessions.state': 1, 'chat_messages.ref': 3 });
    expect(report.lookups).toBe(2);
    // Tables of later migrations are found, not listed: a callback's phone number is re-encrypted too.
    const db0 = await Database.open(file, { migrate: false });
    if (await db0.get("SELECT name FROM sqlite_master WHERE name = 'callbacks'"))
      expect(report.reencrypted['callbacks.phone']).toBe(1);
    await db0.close();

    await expect(openTestStore(file, new IdentityCipher(oldKey))).rejects.toBeInstanceOf(WrongKeyError);
    const store = await openTestStore(file, new IdentityCipher(newKey));
    try {
      const ann = (await store.contacts.find('telegram', '424242'))!;
      expect(ann).toBeDefined();
      expect(await store.contacts.find('whatsapp', '15550001111@c.us')).toBeDefined();
      expect((await store.contacts.get(ann.id))!.address).toBe('424242');
      expect(await store.sessions.load(ann.id)).toMatchObject({ node: 'main', locale: 'en' });
      expect((await store.chatMessages.take(ann.id, 0)).sort()).toEqual(['11', '12']);
      const callback = await store.db.get<{ id: number }>('SELECT id FROM callbacks LIMIT 1').catch(() => undefined);
      if (callback) expect((await store.callbacks.secrets(callback.id))?.phone.e164).toBe('+14165550123');
    } finally {
      await store.close();
    }
    // No value in the file still opens with the old key (the file was vacuumed).
    const db = await Database.open(file, { migrate: false });
    const old = new IdentityCipher(oldKey);
    for (const [table, column] of [
      ['contacts', 'address'],
      ['sessions', 'state'],
      ['chat_messages', 'ref'],
    ] as const) {
      for (const row of await db.all<Record<string, Buffer>>(`SELECT ${column} AS v FROM ${table}`))
        expect(() => old.decrypt(row.v!)).toThrow();
    }
    await db.close();
  });

  it('refuses when DATA_KEY is not the key the data was written with, and changes nothing', async () => {
    const before = fileHash();
    await expect(rotateKey(file, new IdentityCipher(randomKey()), new IdentityCipher(newKey))).rejects.toBeInstanceOf(
      WrongKeyError,
    );
    expect(fileHash()).toBe(before);
    const store = await openTestStore(file, new IdentityCipher(oldKey));
    expect(await store.contacts.find('telegram', '424242')).toBeDefined();
    await store.close();
  });

  it('refuses the same key twice and an already rotated database', async () => {
    await expect(rotateKey(file, new IdentityCipher(oldKey), new IdentityCipher(oldKey))).rejects.toBeInstanceOf(
      RotationRefused,
    );
    await rotateKey(file, new IdentityCipher(oldKey), new IdentityCipher(newKey));
    await expect(rotateKey(file, new IdentityCipher(oldKey), new IdentityCipher(newKey))).rejects.toThrow(
      /already encrypted with NEW_DATA_KEY/,
    );
  });

  it('rolls back everything when one value that must decrypt does not (a damaged row)', async () => {
    const db = await Database.open(file, { migrate: false });
    await db.run('UPDATE sessions SET state = ?', [Buffer.from('not encrypted at all, not at all')]);
    await db.close();
    await expect(rotateKey(file, new IdentityCipher(oldKey), new IdentityCipher(newKey))).rejects.toThrow(
      /sessions\.state does not decrypt/,
    );
    const store = await openTestStore(file, new IdentityCipher(oldKey));
    expect(await store.contacts.find('telegram', '424242')).toBeDefined();
    await store.close();
  });

  it('`npm run rotate-key` reads DATA_KEY and NEW_DATA_KEY, and explains what is missing', async () => {
    await expect(rotateFromEnv({ DATABASE_PATH: file, DATA_KEY: oldKey })).rejects.toThrow(/NEW_DATA_KEY: required/);
    await expect(
      rotateFromEnv({ DATABASE_PATH: file, DATA_KEY: oldKey, NEW_DATA_KEY: 'short' }),
    ).rejects.toBeInstanceOf(RotateUsageError);
    await expect(
      rotateFromEnv({ DATABASE_PATH: path.join(dir, 'none.db'), DATA_KEY: oldKey, NEW_DATA_KEY: newKey }),
    ).rejects.toThrow(/does not exist/);
    const { report } = await rotateFromEnv({ DATABASE_PATH: file, DATA_KEY: oldKey, NEW_DATA_KEY: newKey });
    expect(report.lookups).toBe(2);
  });

  it('a wrong DATA_KEY at start fails with a clear error before anything is written', async () => {
    const before = fileHash();
    const attempt = openTestStore(file, new IdentityCipher(randomKey()));
    await expect(attempt).rejects.toBeInstanceOf(WrongKeyError);
    await expect(openTestStore(file, new IdentityCipher(randomKey()))).rejects.toThrow(
      /DATA_KEY does not match .*rotate-key/,
    );
    expect(fileHash()).toBe(before);
  });
});
