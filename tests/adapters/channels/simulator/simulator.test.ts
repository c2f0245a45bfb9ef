import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../src/main/config.js';
import { createLogger } from '../../../../src/kernel/log.js';
import { startPeerline, type Running } from '../../../../src/main/compose.js';
import { randomKey, tempDir } from '../../../helpers/index.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function startSimulator(): Promise<{ running: Running; url: string; cleanup: () => void }> {
  const t = tempDir();
  const config = loadConfig({ DATABASE_PATH: path.join(t.dir, 'sim.db'), DATA_KEY: randomKey(), PORT: '0' });
  const running = await startPeerline(config, { log: createLogger('silent') });
  return { running, url: `http://127.0.0.1:${running.port}`, cleanup: t.cleanup };
}

describe('simulator API', () => {
  let sim: Awaited<ReturnType<typeof startSimulator>>;
  beforeAll(async () => (sim = await startSimulator()));
  afterAll(async () => {
    await sim.running.stop();
    sim.cleanup();
  });

  const post = async (body: unknown) => {
    const res = await fetch(`${sim.url}/api/simulator`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      body: (await res.json()) as {
        messages: { text: string; reply_markup?: { inline_keyboard: { text: string; callback_data: string }[][] } }[];
      },
    };
  };

  it('serves the page on 127.0.0.1', async () => {
    const res = await fetch(`${sim.url}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Peerline simulator');
  });

  it('renders the same screen as Telegram buttons and as WhatsApp numbered text', async () => {
    await post({ user: 'tg-user-0001', mode: 'telegram', start: true });
    const tg = await post({ user: 'tg-user-0001', mode: 'telegram', tap: 'language|lang:en' });
    const buttons = tg.body.messages[0]!.reply_markup!.inline_keyboard.flat().map((b) => b.text);
    expect(buttons.some((b) => b.includes('Police'))).toBe(true);

    await post({ user: 'wa-user-0001', mode: 'whatsapp', start: true });
    const wa = await post({ user: 'wa-user-0001', mode: 'whatsapp', text: '1' });
    expect(wa.body.messages[0]!.text).toMatch(/^1\. .*Police/m);
    expect(wa.body.messages.at(-1)!.text).toMatch(/Reply with a number/);
  });

  it('answers malformed requests with 400, never a crash', async () => {
    expect((await post({ user: 'x', mode: 'fax' })).status).toBe(400);
    const res = await fetch(`${sim.url}/api/simulator`, { method: 'POST', body: '{not json' });
    expect(res.status).toBe(400);
    expect((await post({ user: 'tg-user-0002', mode: 'telegram', tap: '\u0000\uffff|||' })).status).toBe(200);
  });
});

describe.skipIf(!existsSync(CHROMIUM))('simulator in real Chromium', () => {
  let sim: Awaited<ReturnType<typeof startSimulator>>;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    sim = await startSimulator();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await sim.running.stop();
    sim.cleanup();
  });

  const lastBot = () => page.locator('.msg.bot').last();

  it('Telegram rendering: language -> menu -> a rights screen -> back', async () => {
    await page.goto(sim.url);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => lastBot().textContent()).toContain('Choose a topic');
    await page.getByRole('button', { name: /Police contact/ }).click();
    await page
      .getByRole('button', { name: /rights/i })
      .first()
      .click();
    await expect.poll(() => lastBot().textContent()).toContain('not legal advice');
    await lastBot().getByRole('button', { name: /Back/ }).click();
    await expect.poll(async () => (await lastBot().textContent()) ?? '').toMatch(/rights/i);
    expect(await page.locator('.msg.bot').count()).toBeGreaterThanOrEqual(2);
  });

  it('WhatsApp rendering: the same path by typing numbers', async () => {
    await page.click('#mode-whatsapp');
    await expect.poll(() => lastBot().textContent()).toMatch(/1\. (✓ )?English/);
    const type = async (text: string) => {
      await page.fill('#input', text);
      await page.click('#send');
    };
    await type('1');
    await expect.poll(() => lastBot().textContent()).toMatch(/Reply with a number/);
    await type('1');
    await expect
      .poll(() => page.locator('.msg.bot').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(/1\. .*rights/i)]));
    await type('1');
    await expect
      .poll(async () => (await page.locator('.msg.bot').allTextContents()).join('\n'))
      .toContain('not legal advice');
    await type('0');
    await expect.poll(() => lastBot().textContent()).toMatch(/0 Back/);
    await type('9');
    await expect.poll(() => lastBot().textContent()).toContain('Choose a topic');
  });
});
