import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IdentityCipher } from '../../../src/adapters/store/identity-cipher.js';
import type { FeatureStore as Store } from '../../../src/features/index.js';
import { randomKey, tempDir, openTestStore } from '../../helpers/index.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const WA_ID = 'true_15557654321@c.us_3EB0A1B2C3D4E5F6';

describe('ChatMessagesRepo (message ids for "clear this chat")', () => {
  let store: Store;
  let file: string;
  let cleanup: () => void;
  beforeEach(async () => {
    const t = tempDir('peerline-chat-');
    cleanup = t.cleanup;
    file = path.join(t.dir, 'c.db');
    store = await openTestStore(file, new IdentityCipher(randomKey()));
  });
  afterEach(async () => {
    await store.close();
    cleanup();
  });

  it('keeps ids encrypted (a WhatsApp id holds the phone number) and finds the contact by its keyed lookup', async () => {
    const bo = await store.contacts.touch('whatsapp', '15557654321@c.us', NOW);
    await store.chatMessages.record('whatsapp', '15557654321@c.us', [WA_ID], NOW);
    await store.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    expect(readFileSync(file).includes(Buffer.from('15557654321'))).toBe(false);
    expect(await store.chatMessages.take(bo.id, 0)).toEqual([WA_ID]);
    expect(await store.chatMessages.count(bo.id)).toBe(0);
  });

  it('records nothing for someone with no contact row (after "forget me"), without failing', async () => {
    await store.chatMessages.record('telegram', '999', ['1', '2'], NOW);
    expect(await store.chatMessages.count()).toBe(0);
  });

  it('take returns only ids from `since` on, forgets all, and each id once', async () => {
    const ann = await store.contacts.touch('telegram', '42', NOW);
    await store.chatMessages.record('telegram', '42', ['1'], NOW - 50 * 3_600_000);
    await store.chatMessages.record('telegram', '42', ['2', '3', '3'], NOW);
    expect((await store.chatMessages.take(ann.id, NOW - 48 * 3_600_000)).sort()).toEqual(['2', '3']);
    expect(await store.chatMessages.count(ann.id)).toBe(0);
  });

  it("takeDue gives, per contact, the ids older than that contact's disappearing delay, and no one else's", async () => {
    const ann = await store.contacts.touch('telegram', '42', NOW);
    const bo = await store.contacts.touch('telegram', '43', NOW);
    await store.privacy.setDisappearMinutes(ann.id, 5);
    await store.chatMessages.record('telegram', '42', ['1'], NOW);
    await store.chatMessages.record('telegram', '42', ['2'], NOW + 4 * 60_000);
    await store.chatMessages.record('telegram', '43', ['9'], NOW);
    expect(await store.chatMessages.takeDue(NOW + 5 * 60_000, 100)).toEqual([{ contactId: ann.id, messageIds: ['1'] }]);
    expect(await store.chatMessages.takeDue(NOW + 5 * 60_000, 100)).toEqual([]);
    expect(await store.chatMessages.count(bo.id)).toBe(1);
  });
});
