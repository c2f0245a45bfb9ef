import { existsSync, readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/main/config.js';
import { createLogger } from '../src/kernel/log.js';
import { startPeerline, type Running } from '../src/main/compose.js';
import { FakeBotApi } from './helpers/fake-bot-api.js';
import {
  answers,
  buttonFor,
  onboard,
  outputsTo,
  seen,
  tap,
  tempData,
  TOKEN,
  type Seen,
  type TempData,
} from './adapters/channels/telegram/harness.js';

/**
 * The end-to-end privacy check: one person goes through every feature over
 * real HTTP (menus, a language change, alerts, a callback request, a chat with
 * a peer supporter with messages both ways, clear and end), then the database
 * file, its WAL and every log line (at trace level) are searched for their
 * chat id, their phone number, their name and what was written. Nothing may be
 * found. Features not wired yet are skipped (their buttons are simply absent).
 */
const STAFF = -1001234567890;
const PERSON = {
  id: 7_123_456_789,
  firstName: 'Meilinxyz',
  lastName: 'Quokkawa',
  username: 'meili_secret_handle',
  languageCode: 'zh-hans',
};
const ana = { id: 501, firstName: 'Ana' };
const PHONE_TYPED = '416 555 0199';
const SECRETS = {
  chatId: String(PERSON.id),
  name: PERSON.firstName,
  lastName: PERSON.lastName,
  username: PERSON.username,
  phoneDigits: '4165550199',
  phoneE164: '+14165550199',
  phoneTyped: PHONE_TYPED,
  phoneDisplay: '(416) 555-0199',
  phoneDashed: '416-555-0199',
  personText: 'Zebra landlord took my passport 5 Elm',
  staffText: 'Quietly call Legal Aid tomorrow 8823',
  codeWord: 'marmalade',
};

describe('no trace of a person in the database, its WAL or the logs after a full session', () => {
  let fake: FakeBotApi;
  let data: TempData;
  let bot: Running;
  const logs: string[] = [];
  let ran: Record<string, number> = {};

  beforeAll(async () => {
    fake = await FakeBotApi.start();
    fake.makeForum(STAFF, 'Peer supporters');
    data = tempData();
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATABASE_PATH: data.dbPath,
      DATA_KEY: data.dataKey,
      PORT: '0',
      SIMULATOR: 'false',
      TELEGRAM_GLOBAL_RATE: '1000',
      TELEGRAM_CHAT_RATE: '1000',
      RATE_LIMIT_PER_MINUTE: '600',
      STAFF_CHAT_ID: String(STAFF),
      LOG_LEVEL: 'trace',
    });
    const log = createLogger(
      'trace',
      new Writable({ write: (chunk: Buffer, _e, done) => (logs.push(chunk.toString()), done()) }),
    );
    bot = await startPeerline(config, { log });
    await vi.waitFor(() => expect(fake.pollCount).toBeGreaterThan(0), { timeout: 3000, interval: 10 });
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.stop({ allowUnusedFaults: true });
    data?.cleanup();
  });

  const last = (): Seen => seen(outputsTo(fake, PERSON.id).at(-1)!);
  const keysOf = (s: Seen) => s.buttons.map((b) => b.callback_data.slice(b.callback_data.indexOf('|') + 1));
  const press = (s: Seen, key: string) => tap(fake, PERSON, s.messageId, buttonFor(s, key));
  const type = async (text: string) => (await answers(fake, PERSON.id, () => fake.userSends(PERSON, text)))[0]!;

  it('runs a session through every feature', async () => {
    let menu = await onboard(fake, PERSON, 'zh-Hans');
    // Menus, a legal screen, back and home.
    const police = await press(menu, 'police');
    const rights = await press(police, keysOf(police)[0]!);
    await press(rights, 'home');
    // A language change and back.
    menu = last();
    const more = await press(menu, 'more');
    const picker = await press(more, 'language');
    await press(picker, 'lang:en');

    // Safety alerts: subscribe, when the screen is there.
    const more2 = await press(last(), 'more');
    if (keysOf(more2).includes('alerts')) {
      const alerts = await press(more2, 'alerts');
      const region = keysOf(alerts).find((k) => k.startsWith('r:'));
      const ticked = region ? await press(alerts, region) : alerts;
      if (keysOf(ticked).includes('save')) await press(ticked, 'save');
    }

    // A callback request, when the form is there: the phone number is typed, then every question answered.
    await answers(fake, PERSON.id, () => fake.userSends(PERSON, '/menu'));
    menu = last();
    if (keysOf(menu).includes('callback')) {
      let screen = await press(menu, 'callback');
      const prefer = ['phone:yes', 'lang:en', 'when:any', 'vm:no', 'org:no', 'code:yes', 'send'];
      for (let step = 0; step < 15; step++) {
        const keys = keysOf(screen);
        if (keys.includes('send')) {
          await press(screen, 'send');
          break;
        }
        const next = prefer.find((k) => keys.includes(k));
        if (next) screen = await press(screen, next);
        else if (keys.includes('code:skip')) screen = await type(SECRETS.codeWord);
        else if (screen.buttons.some((b) => b.callback_data.startsWith('callback|'))) screen = await type(PHONE_TYPED);
        else break;
      }
    }

    // A chat with a peer supporter: relayed both ways.
    await answers(fake, PERSON.id, () => fake.userSends(PERSON, '/menu'));
    const topics = fake.callsTo('createForumTopic').length;
    await answers(fake, PERSON.id, () => fake.userTaps(PERSON, last().messageId, buttonFor(last(), 'handoff')));
    const created = (await fake.waitForCalls('createForumTopic', topics + 1, 5000))[topics]!;
    const threadId = (created.result as { message_thread_id: number }).message_thread_id;
    fake.userSends(PERSON, `${SECRETS.personText}. Call me on ${PHONE_TYPED}`);
    await fake.waitFor(
      (c) =>
        c.method === 'sendMessage' &&
        c.payload.message_thread_id === threadId &&
        String(c.payload.text).includes(SECRETS.personText),
      5000,
    );
    fake.userSendsPhoto(PERSON, SECRETS.personText);
    await fake.waitFor((c) => c.method === 'copyMessage' && c.payload.message_thread_id === threadId, 5000);
    fake.groupMessage(STAFF, ana, SECRETS.staffText, { threadId });
    await fake.waitFor((c) => c.method === 'copyMessage' && String(c.payload.chat_id) === SECRETS.chatId, 5000);
    const end = await type('/end');
    await press(end, 'end-yes');
    // Clear this chat, then a last word.
    await type('/clear');
    await type('thanks');

    // What ran: the hand-off surely; callbacks and alerts when their features are wired.
    const count = async (table: string) =>
      (await bot.store.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`).catch(() => ({ n: -1 })))!.n;
    ran = {
      cases: await count('cases'),
      callbacks: await count('callbacks'),
      subscriptions: await count('alert_subscriptions'),
    };
    expect(ran.cases).toBe(1);
    // The search works: what went over the wire holds every secret the person and staff wrote.
    const wire = findings(Buffer.from(JSON.stringify(fake.calls.map((c) => c.payload))), 'wire');
    for (const name of ['chatId', 'personText', 'phoneTyped']) expect(wire).toContain(`wire: ${name}`);
  });

  it('leaves none of it in the database file or its WAL, while running and after stopping', async () => {
    const scan = () => {
      const files = [data.dbPath, `${data.dbPath}-wal`].filter((f) => existsSync(f));
      expect(files[0]).toBe(data.dbPath);
      return files.flatMap((file) => findings(readFileSync(file), file));
    };
    expect(existsSync(`${data.dbPath}-wal`)).toBe(true);
    expect(scan()).toEqual([]);
    await bot.stop();
    expect(scan()).toEqual([]);
  });

  it('reports which features the session went through', () => {
    console.log(`privacy scan covered: ${JSON.stringify(ran)}`);
    expect(ran.cases).toBe(1);
  });

  it('leaves none of it in the logs (trace level)', () => {
    expect(logs.length).toBeGreaterThan(20);
    expect(findings(Buffer.from(logs.join('')), 'logs')).toEqual([]);
  });
});

/** Every secret found in `bytes`, as text (UTF-8 and UTF-16) and the chat id also as SQLite's big-endian integer. */
function findings(bytes: Buffer, where: string): string[] {
  const found: string[] = [];
  for (const [name, value] of Object.entries(SECRETS)) {
    if (bytes.includes(Buffer.from(value, 'utf8')) || bytes.includes(Buffer.from(value, 'utf16le')))
      found.push(`${where}: ${name}`);
  }
  const id = Buffer.alloc(8);
  id.writeBigInt64BE(BigInt(PERSON.id));
  if (bytes.includes(id.subarray(2))) found.push(`${where}: chat id as an integer`);
  return found;
}
