import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkChromium } from '../../../../src/adapters/channels/whatsapp/chromium.js';
import { ChannelError } from '../../../../src/kernel/ports/channel-error.js';
import {
  WhatsAppSupervisor,
  type StaffNotice,
  type SupervisorTimings,
} from '../../../../src/adapters/channels/whatsapp/supervisor.js';
import { createLogger } from '../../../../src/kernel/log.js';
import { fakeWaFactory, type FakeWaFactory } from '../../../helpers/index.js';

const timings: SupervisorTimings = {
  backoffBaseMs: 5,
  backoffMaxMs: 40,
  healthIntervalMs: 10,
  healthTimeoutMs: 50,
  unhealthyChecks: 2,
  stallMs: 2_000,
  destroyTimeoutMs: 50,
};

function setup(fakes: FakeWaFactory = fakeWaFactory(), overrides: Partial<SupervisorTimings> = {}) {
  const lines: string[] = [];
  const log = createLogger(
    'debug',
    new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) }),
  );
  const staff: StaffNotice[] = [];
  const terminal: string[] = [];
  const supervisor = new WhatsAppSupervisor({
    factory: fakes.factory,
    log,
    onMessage: () => undefined,
    notifyStaff: (kind) => void staff.push(kind),
    terminal: (text) => void terminal.push(text),
    timings: { ...timings, ...overrides },
  });
  return { supervisor, fakes, staff, terminal, logText: () => lines.join('') };
}

describe('WhatsAppSupervisor', () => {
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => stop?.());

  it('reports ready once the client is ready', async () => {
    const s = setup();
    stop = () => s.supervisor.stop();
    expect(s.supervisor.health()).toEqual({ up: false, detail: 'stopped: not started' });
    s.supervisor.start();
    await vi.waitFor(() => expect(s.supervisor.health()).toEqual({ up: true }));
    expect(s.fakes.clients).toHaveLength(1);
  });

  it('destroys and recreates the client on disconnected', async () => {
    const s = setup();
    stop = () => s.supervisor.stop();
    s.supervisor.start();
    await vi.waitFor(() => expect(s.supervisor.health().up).toBe(true));
    const first = s.fakes.current();
    first.emit('disconnected', 'CONFLICT');
    expect(s.supervisor.health()).toEqual({ up: false, detail: 'reconnecting: disconnected (CONFLICT)' });
    await vi.waitFor(() => expect(s.fakes.clients).toHaveLength(2));
    expect(first.destroyed).toBe(true);
    await vi.waitFor(() => expect(s.supervisor.health().up).toBe(true));
    // Events from the old client no longer count.
    first.emit('disconnected', 'CONFLICT');
    expect(s.supervisor.health().up).toBe(true);
  });

  it('restarts when getState() throws, and when it stays unhealthy', async () => {
    const s = setup();
    stop = () => s.supervisor.stop();
    s.supervisor.start();
    await vi.waitFor(() => expect(s.supervisor.health().up).toBe(true));
    s.fakes.current().state = new Error('Protocol error (Runtime.callFunctionOn): Target closed');
    await vi.waitFor(() => expect(s.fakes.clients).toHaveLength(2));
    await vi.waitFor(() => expect(s.supervisor.health().up).toBe(true));
    s.fakes.current().state = 'UNPAIRED_IDLE';
    await vi.waitFor(() => expect(s.fakes.clients).toHaveLength(3));
    expect(s.logText()).toContain('health check: state UNPAIRED_IDLE');
  });

  it('keeps a hung getState() from hanging the supervisor', async () => {
    const s = setup();
    stop = () => s.supervisor.stop();
    s.supervisor.start();
    await vi.waitFor(() => expect(s.supervisor.health().up).toBe(true));
    s.fakes.current().getState = () => new Promise(() => undefined);
    await vi.waitFor(() => expect(s.fakes.clients).toHaveLength(2));
  });

  it('on LOGOUT tells staff once, starts a new client for re-pairing, and prints the QR only to the terminal', async () => {
    const s = setup(fakeWaFactory((n) => ({ autoReady: n === 0 })));
    stop = () => s.supervisor.stop();
    s.supervisor.start();
    await vi.waitFor(() => expect(s.supervisor.health().up).toBe(true));
    s.fakes.current().emit('disconnected', 'LOGOUT');
    expect(s.staff).toEqual(['logged_out']);
    await vi.waitFor(() => expect(s.fakes.clients).toHaveLength(2));
    const qr = '2@SECRET-QR-PAYLOAD,abc,def';
    s.fakes.current().emit('qr', qr);
    s.fakes.current().emit('qr', `${qr}-refreshed`);
    expect(s.terminal.join('')).toContain('scan this QR code');
    expect(s.staff).toEqual(['logged_out']);
    expect(s.supervisor.health()).toMatchObject({
      up: false,
      detail: expect.stringMatching(/^logged_out: waiting for pairing/),
    });
    expect(s.logText()).not.toContain('SECRET-QR-PAYLOAD');
    s.fakes.current().emit('ready');
    expect(s.supervisor.health()).toEqual({ up: true });
  });

  it('tells staff that pairing is needed on a first QR, and prints a pairing code when one comes', async () => {
    const s = setup(fakeWaFactory({ autoReady: false }));
    stop = () => s.supervisor.stop();
    s.supervisor.start();
    await vi.waitFor(() => expect(s.fakes.clients).toHaveLength(1));
    s.fakes.current().emit('code', 'ABCD1234');
    expect(s.terminal.join('')).toContain('WhatsApp pairing code: ABCD-1234');
    expect(s.staff).toEqual(['pairing_needed']);
    expect(s.logText()).not.toContain('ABCD');
    expect(s.supervisor.health()).toMatchObject({ up: false, detail: expect.stringMatching(/^pairing: /) });
  });

  it('retries a failing start with growing waits, keeps the reason in health(), and never throws', async () => {
    const s = setup(
      fakeWaFactory({ failInitialize: new Error('net::ERR_NAME_NOT_RESOLVED at https://web.whatsapp.com/') }),
    );
    stop = () => s.supervisor.stop();
    s.supervisor.start();
    await vi.waitFor(() => expect(s.fakes.clients.length).toBeGreaterThanOrEqual(4));
    expect(s.supervisor.health()).toEqual({
      up: false,
      detail: expect.stringContaining('web.whatsapp.com is unreachable (net::ERR_NAME_NOT_RESOLVED)'),
    });
    expect(s.logText()).toContain('the rest of Peerline keeps running');
  });

  it('restarts a start that stalls before any QR or ready', async () => {
    const s = setup(fakeWaFactory({ autoReady: false }), { stallMs: 20 });
    stop = () => s.supervisor.stop();
    s.supervisor.start();
    await vi.waitFor(() => expect(s.fakes.clients.length).toBeGreaterThanOrEqual(2));
  });

  it('explains a missing Chromium with the apt-get command', async () => {
    const missing = '/nonexistent/chromium';
    expect(() => checkChromium(missing)).toThrow(ChannelError);
    expect(() => checkChromium(missing)).toThrow(expect.objectContaining({ channel: 'whatsapp', code: 'setup' }));
    const s = setup({ clients: [], current: () => undefined as never, factory: () => checkChromium(missing) as never });
    stop = () => s.supervisor.stop();
    s.supervisor.start();
    await vi.waitFor(() => expect(s.logText()).toContain('apt-get install chromium'));
    expect(s.supervisor.health()).toEqual({
      up: false,
      detail: expect.stringContaining('Chromium was not found at /nonexistent/chromium'),
    });
  });

  it('stops cleanly: the browser is closed and nothing restarts', async () => {
    const s = setup();
    s.supervisor.start();
    await vi.waitFor(() => expect(s.supervisor.health().up).toBe(true));
    await s.supervisor.stop();
    expect(s.fakes.current().destroyed).toBe(true);
    s.fakes.current().emit('disconnected', 'CONFLICT');
    await new Promise((r) => setTimeout(r, 50));
    expect(s.fakes.clients).toHaveLength(1);
    await expect(s.supervisor.sendMessage('a@c.us', 'x')).rejects.toMatchObject({
      name: 'ChannelError',
      channel: 'whatsapp',
      code: 'network',
    });
  });
});
