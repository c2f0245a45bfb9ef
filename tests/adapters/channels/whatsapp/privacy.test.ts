import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WhatsAppAdapter } from '../../../../src/adapters/channels/whatsapp/adapter.js';
import { PRIVACY_MESSAGES } from '../../../../src/features/privacy/messages.js';
import { loadConfig } from '../../../../src/main/config.js';
import { createLogger } from '../../../../src/kernel/log.js';
import { startPeerline, type Running } from '../../../../src/main/compose.js';
import { fakeWaFactory, randomKey, tempDir, type FakeWaClient } from '../../../helpers/index.js';

const ANN = '15550002222@c.us';

/** "Clear this chat" on WhatsApp: the bot revokes its own messages; the person is told how to clear theirs. */
describe('clearing a WhatsApp chat', () => {
  const tmp = tempDir('peerline-wa-privacy-');
  const fakes = fakeWaFactory();
  let running: Running;
  let adapter: WhatsAppAdapter;
  let wa: FakeWaClient;

  async function say(body: string): Promise<string[]> {
    const before = wa.sent.length;
    wa.receive(ANN, body);
    await adapter.settled();
    return wa.sent.slice(before).map((s) => s.text);
  }

  beforeAll(async () => {
    const config = loadConfig({
      WHATSAPP_ENABLED: 'true',
      DATA_KEY: randomKey(),
      DATABASE_PATH: path.join(tmp.dir, 'p.db'),
      PORT: '0',
      WHATSAPP_SESSION_DIR: path.join(tmp.dir, 'wa'),
    });
    running = await startPeerline(config, {
      log: createLogger('silent'),
      whatsapp: {
        factory: fakes.factory,
        notifyStaff: () => undefined,
        terminal: () => undefined,
        sender: { chatRate: 1000, globalRate: 1000, retryDelaysMs: [5] },
      },
    });
    adapter = running.channels.find((c) => c.name === 'whatsapp') as WhatsAppAdapter;
    await vi.waitFor(() => expect(adapter.health()).toEqual({ up: true }));
    wa = fakes.current();
  });
  afterAll(async () => {
    await running?.stop();
    tmp.cleanup();
  });

  it('revokes every message the bot sent in the chat ("delete for everyone") and explains how to clear the rest', async () => {
    await say('hi');
    await say('1');
    await say('2');
    const sent = wa.sent.filter((s) => s.chatId === ANN).map((s) => s.id);
    const [notice] = await say('/clear');
    expect(notice).toContain(running.content.translator.t('en', PRIVACY_MESSAGES.clearedWhatsapp).split('\n')[0]);
    expect([...wa.revoked].sort()).toEqual([...sent].sort());
    // The notice itself is kept for 48 hours, for the next clear.
    expect(await running.store.chatMessages.count()).toBe(1);
  });
});
