import { afterEach, describe, expect, it, vi } from 'vitest';
import { PacedSender, type SenderOptions } from '../../../../src/adapters/channels/whatsapp/sender.js';
import { createLogger } from '../../../../src/kernel/log.js';

const log = createLogger('silent');
const fast: SenderOptions = {
  chatRate: 1000,
  globalRate: 1000,
  retryDelaysMs: [5, 10],
  stopGraceMs: 1000,
  sendTimeoutMs: 1000,
};

function recorder(failures: Record<string, number> = {}) {
  const sent: { chat: string; text: string; at: number }[] = [];
  const send = async (chat: string, text: string) => {
    if ((failures[text] ?? 0) > 0) {
      failures[text]!--;
      throw new Error('scripted failure');
    }
    sent.push({ chat, text, at: performance.now() });
    return `id-${sent.length}`;
  };
  return { sent, send };
}

describe('PacedSender', () => {
  let sender: PacedSender | undefined;
  afterEach(async () => sender?.stop());

  it('keeps one chat in order and paces it at the chat rate', async () => {
    const r = recorder();
    sender = new PacedSender(r.send, log, { ...fast, chatRate: 20 });
    const outcome = await sender.send('a@c.us', ['1', '2', '3'], 'reply');
    expect(outcome).toEqual({ ok: true, messageIds: ['id-1', 'id-2', 'id-3'] });
    expect(r.sent.map((s) => s.text)).toEqual(['1', '2', '3']);
    for (let i = 1; i < r.sent.length; i++) expect(r.sent[i]!.at - r.sent[i - 1]!.at).toBeGreaterThanOrEqual(40);
  });

  it('paces all chats together at the global rate', async () => {
    const r = recorder();
    sender = new PacedSender(r.send, log, { ...fast, globalRate: 25 });
    await Promise.all(['a', 'b', 'c', 'd'].map((chat) => sender!.send(`${chat}@c.us`, [chat], 'reply')));
    const times = r.sent.map((s) => s.at);
    expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(3 * 35);
  });

  it('sends replies before waiting bulk messages', async () => {
    const r = recorder();
    sender = new PacedSender(r.send, log, { ...fast, globalRate: 10 });
    const bulk = Array.from({ length: 6 }, (_, i) => sender!.send(`bulk${i}@c.us`, [`bulk${i}`], 'bulk'));
    await vi.waitFor(() => expect(r.sent.length).toBeGreaterThan(0), { interval: 1 });
    const reply = sender.send('person@c.us', ['reply'], 'reply');
    await Promise.all([...bulk, reply]);
    // Bulk messages that already booked one of the two global slots go first; the reply overtakes the rest.
    const order = r.sent.map((s) => s.text);
    expect(order.indexOf('reply')).toBeLessThanOrEqual(3);
    expect(order.indexOf('reply')).toBeLessThan(order.indexOf('bulk5'));
  });

  it('retries with backoff, then succeeds', async () => {
    const r = recorder({ b: 2 });
    sender = new PacedSender(r.send, log, fast);
    expect(await sender.send('a@c.us', ['a', 'b', 'c'], 'reply')).toEqual({
      ok: true,
      messageIds: ['id-1', 'id-2', 'id-3'],
    });
    expect(r.sent.map((s) => s.text)).toEqual(['a', 'b', 'c']);
  });

  it('gives up after the last retry and skips the rest of that send, not later sends', async () => {
    const r = recorder({ b: 5 });
    sender = new PacedSender(r.send, log, fast);
    const first = sender.send('a@c.us', ['a', 'b', 'c'], 'reply');
    const later = sender.send('a@c.us', ['d'], 'reply');
    expect(await first).toEqual({ ok: false, reason: 'failed' });
    expect(await later).toMatchObject({ ok: true });
    expect(r.sent.map((s) => s.text)).toEqual(['a', 'd']);
  });

  it('counts a send that hangs as failed and retries it', async () => {
    let calls = 0;
    const send = (_chat: string, text: string) =>
      ++calls === 1 ? new Promise<string>(() => undefined) : Promise.resolve(`ok-${text}`);
    sender = new PacedSender(send, log, { ...fast, sendTimeoutMs: 30 });
    expect(await sender.send('a@c.us', ['x'], 'reply')).toEqual({ ok: true, messageIds: ['ok-x'] });
    expect(calls).toBe(2);
  });

  it('refuses new sends once stopped', async () => {
    const r = recorder();
    sender = new PacedSender(r.send, log, fast);
    await sender.stop();
    expect(await sender.send('a@c.us', ['x'], 'reply')).toEqual({ ok: false, reason: 'failed' });
    expect(r.sent).toEqual([]);
  });
});
