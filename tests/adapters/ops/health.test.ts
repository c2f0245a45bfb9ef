import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/main/config.js';
import { HttpServer } from '../../../src/adapters/http/http-server.js';
import { createLogger } from '../../../src/kernel/log.js';
import { startPeerline, type Running } from '../../../src/main/compose.js';
import { HealthRoutes, mountHealth } from '../../../src/adapters/ops/health.js';
import { Metrics } from '../../../src/adapters/ops/metrics.js';
import type { ChannelPort } from '../../../src/kernel/ports/channel.js';
import { randomKey, tempDir } from '../../helpers/index.js';

type FakeChannel = Pick<ChannelPort, 'name' | 'health'>;
const up = (name: ChannelPort['name']): FakeChannel => ({ name, health: () => ({ up: true }) });
const down = (name: ChannelPort['name'], detail?: string): FakeChannel => ({
  name,
  health: () => ({ up: false, ...(detail ? { detail } : {}) }),
});
const okDb = { get: async <T>() => ({ ok: 1 }) as T };

describe('/healthz and /metrics in a running Peerline (simulator only)', () => {
  let running: Running;
  let base: string;
  let cleanup: () => void;
  beforeAll(async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const config = loadConfig({ DATABASE_PATH: path.join(t.dir, 'health.db'), DATA_KEY: randomKey(), PORT: '0' });
    running = await startPeerline(config, { log: createLogger('silent') });
    base = `http://127.0.0.1:${running.port}`;
  });
  afterAll(async () => {
    await running.stop();
    cleanup();
  });

  it('answers 200 with the database ok', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok', channels: {} });
  });

  it('serves the metric names and no identities after a simulated conversation', async () => {
    const user = 'sim-person-31415926';
    const post = (body: object) =>
      fetch(`${base}/api/simulator`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user, mode: 'telegram', ...body }),
      });
    expect((await post({ start: true })).status).toBe(200);
    expect((await post({ text: 'my number is +1 613 555 0123' })).status).toBe(200);

    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    for (const name of [
      'peerline_updates_received_total',
      'peerline_sends_total',
      'peerline_send_errors_total',
      'peerline_open_cases',
      'peerline_queue_length',
      'peerline_alert_recipients',
      'peerline_channel_up',
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    // Both messages were counted by the conversation layer; nothing about who sent them.
    expect(text).toContain('peerline_updates_received_total{channel="simulator"} 2');
    expect(text).not.toContain(user);
    expect(text).not.toContain('31415926');
    expect(text).not.toMatch(/613.?555/);
  });

  it('is bound to 127.0.0.1 by default', () => {
    expect(running.config.HOST).toBe('127.0.0.1');
  });
});

describe('HealthRoutes with fake channels', () => {
  let http: HttpServer | undefined;
  afterEach(async () => {
    await http?.close();
    http = undefined;
  });

  it('reports every enabled channel up as 200', async () => {
    const routes = new HealthRoutes({ db: okDb, channels: [up('telegram'), up('whatsapp')], metrics: new Metrics() });
    expect(await routes.check()).toEqual({
      status: 'ok',
      database: 'ok',
      channels: { telegram: 'up', whatsapp: 'up' },
    });
  });

  it('answers 503 naming a channel that is down, over HTTP', async () => {
    http = new HttpServer(createLogger('silent'));
    const metrics = new Metrics();
    mountHealth(http, {
      db: okDb,
      channels: [up('telegram'), down('whatsapp', 'waiting for pairing: scan the QR code')],
      metrics,
    });
    const port = await http.listen(0, '127.0.0.1');
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      status: 'down',
      database: 'ok',
      channels: { telegram: 'up', whatsapp: 'down' },
      down: ['whatsapp'],
      details: { whatsapp: 'waiting for pairing: scan the QR code' },
    });
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(text).toContain('peerline_channel_up{channel="telegram"} 1');
    expect(text).toContain('peerline_channel_up{channel="whatsapp"} 0');
  });

  it('names the database when SELECT 1 fails or hangs', async () => {
    const failing = new HealthRoutes({
      db: { get: () => Promise.reject(new Error('SQLITE_IOERR')) },
      channels: [up('telegram')],
      metrics: new Metrics(),
    });
    expect(await failing.check()).toMatchObject({ status: 'down', database: 'down', down: ['database'] });
    const hanging = new HealthRoutes({
      db: { get: () => new Promise(() => undefined) },
      channels: [],
      metrics: new Metrics(),
      dbTimeoutMs: 50,
    });
    expect(await hanging.check()).toMatchObject({ status: 'down', down: ['database'] });
  });

  it('counts a channel whose health() throws as down, and masks numbers in details', async () => {
    const throwing: FakeChannel = {
      name: 'telegram',
      health: () => {
        throw new Error('boom');
      },
    };
    const routes = new HealthRoutes({
      db: okDb,
      channels: [throwing, down('whatsapp', 'logged out of +1 613-555-0123')],
      metrics: new Metrics(),
    });
    const report = await routes.check();
    expect(report.down).toEqual(['telegram', 'whatsapp']);
    expect(JSON.stringify(report)).not.toMatch(/555/);
  });

  it('sees channels added after mounting (main.ts pushes them later)', async () => {
    const channels: FakeChannel[] = [];
    const routes = new HealthRoutes({ db: okDb, channels, metrics: new Metrics() });
    channels.push(down('telegram'));
    expect((await routes.check()).down).toEqual(['telegram']);
  });
});
