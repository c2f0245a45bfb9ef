import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig } from '../../../../src/main/config.js';
import { PROJECT_ROOT, type Running } from '../../../../src/main/compose.js';
import { FakeBotApi } from '../../../helpers/fake-bot-api.js';
import {
  answers,
  buttonFor,
  onboard,
  outputsTo,
  say,
  startBot,
  startChannel,
  tap,
  tempData,
  TOKEN,
  type TempData,
} from './harness.js';

const WEBHOOK_URL = 'https://bot.example.org/tg/hook';
const SECRET = 'webhook-secret-0123456789';

let fake: FakeBotApi;
let data: TempData;
let running: Running | undefined;

beforeEach(async () => {
  fake = await FakeBotApi.start();
  data = tempData();
});

afterEach(async () => {
  await running?.stop();
  running = undefined;
  await fake.stop();
  data.cleanup();
});

describe('restarts', () => {
  it('does not handle an update twice when Telegram delivers it again after a restart', async () => {
    running = await startBot(fake, data);
    const user = { id: 401, languageCode: 'en' };
    let start: object = {};
    const [picker] = await answers(fake, user.id, () => (start = fake.userSends(user, '/start')));
    const tapUpdate = fake.userTaps(user, picker!.messageId, buttonFor(picker!, 'lang:en'));
    await fake.waitFor((c) => c.method === 'editMessageText' && c.ok);
    await running.stop();

    running = await startBot(fake, data);
    const before = outputsTo(fake, user.id).length;
    const answered = fake.callsTo('answerCallbackQuery').length;
    fake.pushUpdate(start);
    fake.pushUpdate(tapUpdate);
    // One chat's updates are handled in order: once /menu is answered, the two re-deliveries were dealt with.
    const menu = await say(fake, user, '/menu');
    expect(menu.text).toBe(running.content.translator.t('en', 'main-menu'));
    expect(outputsTo(fake, user.id)).toHaveLength(before + 1);
    expect(fake.callsTo('answerCallbackQuery')).toHaveLength(answered);
  });

  it('restarts long polling when it fails (another instance took over for a moment)', async () => {
    const bot = await startChannel(fake, data, { relaunchDelayMs: () => 20 });
    try {
      const user = { id: 402, languageCode: 'en' };
      fake.failNext('getUpdates', {
        code: 409,
        description:
          'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
      });
      await say(fake, user, '/start');
      const menu = await onboard(fake, user, 'en');
      expect(menu.text).toBe(bot.content.translator.t('en', 'main-menu'));
      expect(bot.channel.health().up).toBe(true);
    } finally {
      await bot.stop();
    }
  });
});

describe('start-up', () => {
  it('refuses to start with a token Telegram does not accept, naming the cause but not the token', async () => {
    const strict = await FakeBotApi.start({ token: '999:OTHER' });
    try {
      const err = await startChannel(strict, data).catch((e: unknown) => e);
      expect(err).toMatchObject({ name: 'ChannelError', method: 'getMe', code: 'unauthorized', status: 401 });
      expect(String(err)).not.toContain(TOKEN);
    } finally {
      await strict.stop();
    }
  });
});

describe('webhook mode', () => {
  it('registers the webhook with its secret and refuses updates without it (401)', async () => {
    running = await startBot(fake, data, { TELEGRAM_WEBHOOK_URL: WEBHOOK_URL, TELEGRAM_WEBHOOK_SECRET: SECRET });
    expect(fake.webhook).toMatchObject({ url: WEBHOOK_URL, secretToken: SECRET });
    expect(running.channels[0]!.health()).toEqual({ up: true, detail: 'webhook' });
    const local = `http://127.0.0.1:${running.port}/tg/hook`;
    const user = { id: 403, languageCode: 'en' };

    expect(await fake.deliverWebhook(local, fake.userSends(user, '/help'))).toBe(401);
    expect(await fake.deliverWebhook(local, fake.userSends(user, '/help'), 'wrong-secret-0123456789')).toBe(401);
    const [picker] = await answers(fake, user.id, async () =>
      expect(await fake.deliverWebhook(local, fake.userSends(user, '/start'), SECRET)).toBe(200),
    );
    expect(picker!.text).toBe(running.content.translator.t('en', 'language-prompt'));
    // Only the update with the secret was handled.
    expect(outputsTo(fake, user.id)).toHaveLength(1);

    const [menu] = await answers(fake, user.id, () =>
      fake.deliverWebhook(local, fake.userTaps(user, picker!.messageId, buttonFor(picker!, 'lang:en')), SECRET),
    );
    expect(menu).toMatchObject({ method: 'editMessageText', text: running.content.translator.t('en', 'main-menu') });
    expect(fake.pollCount).toBe(0);
  });

  it('refuses to start a webhook without a secret', () => {
    expect(() =>
      loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, DATA_KEY: data.dataKey, TELEGRAM_WEBHOOK_URL: WEBHOOK_URL }),
    ).toThrow(ConfigError);
    expect(() =>
      loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, DATA_KEY: data.dataKey, TELEGRAM_WEBHOOK_URL: WEBHOOK_URL }),
    ).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
  });
});

describe('the process (npm start)', () => {
  it('exits 1 with a clear message when TELEGRAM_BOT_TOKEN is set without DATA_KEY', async () => {
    const result = await run({ TELEGRAM_BOT_TOKEN: TOKEN, DATABASE_PATH: data.dbPath });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/DATA_KEY: required/);
  });

  it('runs long polling against TELEGRAM_API_ROOT with no other set-up, logs no text or id, and stops on SIGTERM', async () => {
    // PORT=0 only because /healthz always listens and tests run side by side; nothing else is set up.
    const env = {
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATABASE_PATH: data.dbPath,
      DATA_KEY: data.dataKey,
      LOG_LEVEL: 'debug',
      PORT: '0',
    };
    const proc = run(env, async (child) => {
      await vi.waitFor(() => expect(fake.pollCount).toBeGreaterThan(0), { timeout: 10_000, interval: 20 });
      const user = { id: 987_654_321, firstName: 'Mei', languageCode: 'en' };
      const picker = await say(fake, user, '/start');
      await tap(fake, user, picker.messageId, buttonFor(picker, 'lang:en'));
      await say(fake, user, 'my secret words');
      child.kill('SIGTERM');
    });
    const result = await proc;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('peerline stopped');
    for (const secret of ['my secret words', '987654321', 'Mei', TOKEN])
      expect(result.stdout + result.stderr).not.toContain(secret);
  });
});

/** Runs `node --import tsx src/main/main.ts` with only `env` (plus PATH), optionally acting on the child while it runs. */
function run(
  env: Record<string, string>,
  act?: (child: ReturnType<typeof spawn>) => Promise<void>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/main/main.ts')], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // A child that dies early (bad content, a crash) fails the test at once, with its output.
  const died = exited.then((code) =>
    Promise.reject(new Error(`peerline exited early (${code}): ${stderr.slice(-2000)}${stdout.slice(-2000)}`)),
  );
  const acting =
    act &&
    Promise.race([act(child), died]).catch((error: unknown) => {
      child.kill('SIGKILL');
      throw error;
    });
  died.catch(() => undefined);
  return Promise.all([exited, acting]).then(([code]) => ({ code, stdout, stderr }));
}
