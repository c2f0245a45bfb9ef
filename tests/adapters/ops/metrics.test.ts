import { describe, expect, it } from 'vitest';
import { MAX_ERROR_CODES, Metrics } from '../../../src/adapters/ops/metrics.js';

describe('Metrics', () => {
  it('counts updates, sends by outcome and errors by code in Prometheus text', async () => {
    const m = new Metrics();
    m.updateReceived('telegram');
    m.updateReceived('telegram');
    m.sent('telegram', 'ok');
    m.sent('whatsapp', 'unreachable');
    m.sendError('telegram', 403);
    m.sendError('whatsapp', 'ETIMEDOUT');
    const text = await m.text();
    expect(text).toContain('peerline_updates_received_total{channel="telegram"} 2');
    expect(text).toContain('peerline_sends_total{channel="telegram",outcome="ok"} 1');
    expect(text).toContain('peerline_sends_total{channel="whatsapp",outcome="unreachable"} 1');
    expect(text).toContain('peerline_send_errors_total{channel="telegram",code="403"} 1');
    expect(text).toContain('peerline_send_errors_total{channel="whatsapp",code="ETIMEDOUT"} 1');
    expect(m.contentType).toMatch(/^text\/plain/);
  });

  it('never turns something id-like into an error code label', async () => {
    const m = new Metrics();
    for (const code of [
      '16135550123',
      '+1 613 555 0123',
      'chat_123456789',
      'Bad Request: chat not found',
      '12345@c.us',
      '',
    ])
      m.sendError('telegram', code);
    m.sendError('telegram', undefined);
    const text = await m.text();
    expect(text).toContain('peerline_send_errors_total{channel="telegram",code="other"} 5');
    expect(text).toContain('peerline_send_errors_total{channel="telegram",code="none"} 2');
    expect(text).not.toMatch(/\d{5,}/);
  });

  it(`keeps at most ${MAX_ERROR_CODES} distinct codes per channel`, async () => {
    const m = new Metrics();
    for (let i = 0; i < MAX_ERROR_CODES + 10; i++) m.sendError('whatsapp', `E_CODE_${i}`);
    const lines = (await m.text()).split('\n').filter((l) => l.startsWith('peerline_send_errors_total{'));
    expect(lines).toHaveLength(MAX_ERROR_CODES + 1);
    expect(lines).toContain('peerline_send_errors_total{channel="whatsapp",code="other"} 10');
  });

  it('reads hooks on each scrape: open cases, queue lengths, alert progress, added gauges', async () => {
    const m = new Metrics();
    let open = 3;
    m.openCases(() => open);
    m.queueLength('telegram_send', async () => 7);
    m.alertProgress(() => ({ sent: 40, pending: 12, 'Not A Label': 1 }));
    m.addGauge({ name: 'peerline_callbacks_due', help: 'Callbacks due', collect: () => 2 });
    let text = await m.text();
    expect(text).toContain('peerline_open_cases 3');
    expect(text).toContain('peerline_queue_length{queue="telegram_send"} 7');
    expect(text).toContain('peerline_alert_recipients{state="sent"} 40');
    expect(text).toContain('peerline_alert_recipients{state="pending"} 12');
    expect(text).not.toContain('Not A Label');
    expect(text).toContain('peerline_callbacks_due 2');
    open = 1;
    text = await m.text();
    expect(text).toContain('peerline_open_cases 1');
  });

  it('survives a failing source and counts the failure', async () => {
    const m = new Metrics();
    m.openCases(() => {
      throw new Error('db gone');
    });
    await expect(m.text()).resolves.toContain('peerline_open_cases');
    // prom-client reads all metrics at once, so a failure shows in the counter from the next scrape on.
    const count = /peerline_metrics_collect_errors_total\{metric="peerline_open_cases"\} (\d+)/.exec(await m.text());
    expect(Number(count?.[1])).toBeGreaterThanOrEqual(1);
  });

  it('rejects names and label values outside the safe shapes', () => {
    const m = new Metrics();
    expect(() => m.addGauge({ name: 'cases', help: 'x', collect: () => 1 })).toThrow(/peerline_/);
    expect(() => m.queueLength('chat 12345', () => 1)).toThrow(/label value/);
    expect(() => m.addGauge({ name: 'peerline_open_cases', help: 'dup', collect: () => 1 })).toThrow();
  });

  it('keeps instances apart (a registry each, not the global one)', async () => {
    const a = new Metrics();
    const b = new Metrics({ processMetrics: true });
    a.updateReceived('simulator');
    expect(await a.text()).toContain('peerline_updates_received_total{channel="simulator"} 1');
    expect(await b.text()).not.toContain('channel="simulator"');
    expect(await b.text()).toContain('peerline_process_cpu_seconds_total');
  });
});
