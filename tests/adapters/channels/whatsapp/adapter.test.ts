import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WhatsAppAdapter } from '../../../../src/adapters/channels/whatsapp/adapter.js';
import { WHATSAPP_CHUNK_CHARS } from '../../../../src/adapters/channels/whatsapp/render.js';
import type { StaffNotice } from '../../../../src/adapters/channels/whatsapp/supervisor.js';
import { loadConfig } from '../../../../src/main/config.js';
import { createLogger } from '../../../../src/kernel/log.js';
import { startPeerline, type Running } from '../../../../src/main/compose.js';
import { fakeWaFactory, randomKey, tempDir, type FakeWaClient } from '../../../helpers/index.js';

const ANN = '15550001111@c.us';
const LID = '204828370108433@lid';

describe('WhatsApp channel through the real app layer', () => {
  const tmp = tempDir('peerline-wa-');
  const logLines: string[] = [];
  const staff: StaffNotice[] = [];
  const terminal: string[] = [];
  const fakes = fakeWaFactory((n) => ({ autoReady: n !== 2 }));
  let running: Running;
  let adapter: WhatsAppAdapter;
  let wa: FakeWaClient;
  const t = (locale: string, id: string) => running.content.translator.t(locale, id);

  /** Sends a text as `from` and returns the texts the bot answered with. */
  async function say(from: string, body: string, extra = {}): Promise<string[]> {
    const before = wa.sent.length;
    wa.receive(from, body, extra);
    await adapter.settled();
    return wa.sent.slice(before).map((s) => {
      expect(s.chatId).toBe(from);
      return s.text;
    });
  }

  beforeAll(async () => {
    const config = loadConfig({
      WHATSAPP_ENABLED: 'true',
      DATA_KEY: randomKey(),
      DATABASE_PATH: path.join(tmp.dir, 'p.db'),
      PORT: '0',
      WHATSAPP_SESSION_DIR: path.join(tmp.dir, 'wa'),
    });
    const log = createLogger(
      'debug',
      new Writable({ write: (chunk: Buffer, _e, done) => (logLines.push(chunk.toString()), done()) }),
    );
    running = await startPeerline(config, {
      log,
      whatsapp: {
        factory: fakes.factory,
        notifyStaff: (kind) => void staff.push(kind),
        terminal: (text) => void terminal.push(text),
        sender: { chatRate: 1000, globalRate: 1000, retryDelaysMs: [5, 10] },
        timings: { backoffBaseMs: 5, backoffMaxMs: 20, healthIntervalMs: 1_000, stallMs: 5_000, destroyTimeoutMs: 100 },
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

  it('starts with WHATSAPP_ENABLED and no simulator', () => {
    expect(running.channels.map((c) => c.name)).toContain('whatsapp');
    expect(running.channels.map((c) => c.name)).not.toContain('simulator');
  });

  it('greets a first message with the language picker and takes the language by number', async () => {
    const [picker, ...rest] = await say(ANN, 'hi');
    expect(rest).toEqual([]);
    expect(picker).toContain(t('en', 'language-prompt'));
    expect(picker).toContain(`1. ${t('en', 'language-name')}`);
    expect(picker).toContain(`2. ${t('zh-Hans', 'language-name')}`);
    expect(picker).not.toContain(t('en', 'fallback-not-understood'));

    const [menu] = await say(ANN, '1');
    expect(menu).toContain(t('en', 'main-menu'));
    expect(menu).toContain(`1. ${t('en', 'main-police')}`);
    expect(menu).toContain(t('en', 'whatsapp-reply-hint-home'));
  });

  it('navigates by "2.", "2️⃣", "０", 0 (back) and 9 (main menu)', async () => {
    expect((await say(ANN, '2.'))[0]).toContain(t('en', 'immigration-menu'));
    expect((await say(ANN, '0'))[0]).toContain(t('en', 'main-menu'));
    expect((await say(ANN, '2️⃣'))[0]).toContain(t('en', 'immigration-menu'));
    expect((await say(ANN, '9'))[0]).toContain(t('en', 'main-menu'));
    expect((await say(ANN, '1'))[0]).toContain(t('en', 'police-menu'));
    const [back] = await say(ANN, '０');
    expect(back).toContain(t('en', 'main-menu'));
    expect(back).not.toContain(t('en', 'police-menu'));
  });

  it('understands keywords in English ("menu") and Chinese ("菜单")', async () => {
    await say(ANN, '1');
    expect((await say(ANN, 'Menu'))[0]).toContain(t('en', 'main-menu'));

    await say(LID, 'hello');
    expect((await say(LID, '2'))[0]).toContain(t('zh-Hans', 'main-menu'));
    await say(LID, '3');
    const [menu] = await say(LID, '菜单');
    expect(menu).toContain(t('zh-Hans', 'main-menu'));
    expect(menu).toContain(t('zh-Hans', 'whatsapp-reply-hint-home'));
  });

  it('answers unknown input with not-understood and the current menu, and 42 the same', async () => {
    await say(ANN, '9');
    const [reply] = await say(ANN, 'qwertyuiop unknown words');
    expect(reply).toContain(t('en', 'fallback-not-understood'));
    expect(reply).toContain(`1. ${t('en', 'main-police')}`);
    expect((await say(ANN, '42'))[0]).toContain(t('en', 'fallback-not-understood'));
  });

  it('answers media politely, without reading it', async () => {
    const [reply] = await say(ANN, 'my id card', { type: 'image' });
    expect(reply).toContain(t('en', 'fallback-unsupported'));
    expect((await say(ANN, '', { type: 'ptt' }))[0]).toContain(t('en', 'fallback-unsupported'));
  });

  it('ignores groups, status updates, channels and its own messages', async () => {
    expect(await say('120363025246125888@g.us', 'menu', { author: ANN })).toEqual([]);
    expect(await say('status@broadcast', 'menu')).toEqual([]);
    expect(await say('120363147000000000@newsletter', 'menu')).toEqual([]);
    expect(await say(ANN, 'menu', { fromMe: true })).toEqual([]);
  });

  it('handles a re-delivered message id once', async () => {
    const before = wa.sent.length;
    const msg = wa.receive(ANN, '9');
    wa.emit('message', msg);
    wa.emit('message', { ...msg });
    await adapter.settled();
    expect(wa.sent.length - before).toBe(1);
  });

  it('splits long texts at paragraph breaks into messages of at most 1500 characters', async () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => `Paragraph ${i}: ${'word '.repeat(60).trim()}`);
    const before = wa.sent.length;
    const outcome = await adapter.send(
      ANN,
      [{ kind: 'notice', display: 'notice', text: paragraphs.join('\n\n'), options: [], nav: [], locale: 'en' }],
      'bulk',
    );
    const texts = wa.sent.slice(before).map((s) => s.text);
    expect(outcome).toMatchObject({ ok: true, messageIds: expect.any(Array) });
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) {
      expect(text.length).toBeLessThanOrEqual(WHATSAPP_CHUNK_CHARS);
      expect(text.startsWith('Paragraph ')).toBe(true);
      expect(text.endsWith('word')).toBe(true);
    }
    expect(texts.join('\n\n')).toBe(paragraphs.join('\n\n'));
  });

  it('retries a failed send and still answers', async () => {
    wa.failNextSends(1);
    expect((await say(ANN, '9'))[0]).toContain(t('en', 'main-menu'));
    wa.verify();
  });

  it('reconnects after a disconnect with a new client, and answers through it', async () => {
    const old = wa;
    old.emit('disconnected', 'NAVIGATION');
    expect(adapter.health().up).toBe(false);
    await vi.waitFor(() => expect(fakes.clients).toHaveLength(2));
    await vi.waitFor(() => expect(adapter.health().up).toBe(true));
    expect(old.destroyed).toBe(true);
    wa = fakes.current();
    expect((await say(ANN, '9'))[0]).toContain(t('en', 'main-menu'));
  });

  it('on LOGOUT tells staff and shows a new QR in the terminal only', async () => {
    wa.emit('disconnected', 'LOGOUT');
    expect(staff).toEqual(['logged_out']);
    await vi.waitFor(() => expect(fakes.clients).toHaveLength(3));
    fakes.current().emit('qr', '2@QR-SECRET-PAYLOAD');
    expect(terminal.join('')).toContain('scan this QR code');
    expect(adapter.health()).toMatchObject({ up: false, detail: expect.stringContaining('logged_out') });
    fakes.current().emit('ready');
    expect(adapter.health()).toEqual({ up: true });
  });

  it('keeps only a keyed hash of message ids (they embed the sender) for idempotency', async () => {
    const rows = await running.store.db.all<{ update_id: string }>(
      "SELECT update_id FROM processed_updates WHERE channel = 'whatsapp'",
    );
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(row.update_id).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('never logs chat ids, message ids, message texts or the QR', () => {
    const logs = logLines.join('');
    expect(logs).toContain('whatsapp: ready');
    for (const secret of [
      '15550001111',
      '204828370108433',
      'qwertyuiop',
      'my id card',
      'QR-SECRET-PAYLOAD',
      'Paragraph',
    ])
      expect(logs).not.toContain(secret);
  });
});
