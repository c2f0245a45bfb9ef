import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IdentityCipher } from '../../../src/adapters/store/identity-cipher.js';
import { WrongKeyError } from '../../../src/adapters/store/errors.js';
import { randomKey, tempDir, openTestStore } from '../../helpers/index.js';

describe('contacts and sessions', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  const setup = () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    return { file: path.join(t.dir, 'p.db'), dir: t.dir };
  };

  it('finds the same person again, and creates one row per person per channel', async () => {
    const { file } = setup();
    const store = await openTestStore(file, new IdentityCipher(randomKey()));
    const a = await store.contacts.touch('telegram', '555001', 1000);
    const again = await store.contacts.touch('telegram', '555001', 2000);
    const other = await store.contacts.touch('whatsapp', '555001', 2000);
    expect(again.id).toBe(a.id);
    expect(again.lastSeenAt).toBe(2000);
    expect(other.id).not.toBe(a.id);
    expect((await store.contacts.get(a.id))?.address).toBe('555001');
    expect(await store.contacts.count()).toBe(2);
    await store.close();
  });

  it('stores sessions encrypted and deletes them with the contact', async () => {
    const { file } = setup();
    const store = await openTestStore(file, new IdentityCipher(randomKey()));
    const c = await store.contacts.touch('telegram', '777', 1);
    await store.sessions.save(c.id, { v: 1, node: 'police-rights', trail: ['main', 'police-rights'], locale: 'en' }, 2);
    expect((await store.sessions.load(c.id))?.node).toBe('police-rights');
    await store.contacts.delete(c.id);
    expect(await store.sessions.load(c.id)).toBeNull();
    expect((await store.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM sessions'))?.n).toBe(0);
    await store.close();
  });

  it('leaves no plaintext identity or screen name in the database file or its WAL', async () => {
    const { file, dir } = setup();
    const store = await openTestStore(file, new IdentityCipher(randomKey()));
    const ids = ['9876543210', '15550001111@c.us', '123abc@lid'];
    for (const id of ids) {
      const c = await store.contacts.touch(id.includes('@') ? 'whatsapp' : 'telegram', id, 1);
      await store.sessions.save(c.id, { v: 1, node: 'immigration-detained', trail: ['main'], locale: 'en' }, 1);
    }
    const bytes = readdirSync(dir).map((f) => readFileSync(path.join(dir, f)));
    for (const id of [...ids, 'immigration-detained']) {
      for (const b of bytes) expect(b.includes(Buffer.from(id)), id).toBe(false);
    }
    await store.close();
  });

  it('re-delivered updates are recognised', async () => {
    const { file } = setup();
    const store = await openTestStore(file, new IdentityCipher(randomKey()));
    expect(await store.updates.firstTime('telegram', '100', 1)).toBe(true);
    expect(await store.updates.firstTime('telegram', '100', 2)).toBe(false);
    expect(await store.updates.firstTime('whatsapp', '100', 2)).toBe(true);
    await store.close();
  });

  it('a wrong DATA_KEY fails with a clear error and changes nothing', async () => {
    const { file } = setup();
    const store = await openTestStore(file, new IdentityCipher(randomKey()));
    await store.contacts.touch('telegram', '1', 1);
    await store.close();
    const before = readFileSync(file);
    await expect(openTestStore(file, new IdentityCipher(randomKey()))).rejects.toThrow(WrongKeyError);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
