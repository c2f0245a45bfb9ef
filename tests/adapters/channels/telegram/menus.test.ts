import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeButton } from '../../../../src/adapters/channels/telegram/button-data.js';
import type { Running } from '../../../../src/main/compose.js';
import { FakeBotApi, type FakeUserRef } from '../../../helpers/fake-bot-api.js';
import {
  answers,
  buttonFor,
  onboard,
  outputsTo,
  say,
  startBot,
  tap,
  tempData,
  type Seen,
  type TempData,
} from './harness.js';

let fake: FakeBotApi;
let data: TempData;
let running: Running;

beforeAll(async () => {
  fake = await FakeBotApi.start();
  data = tempData();
  running = await startBot(fake, data);
});

afterAll(async () => {
  await running?.stop();
  await fake?.stop();
  data?.cleanup();
});

const t = (locale: string, id: string) => running.content.translator.t(locale, id);

describe('Telegram menus', () => {
  it('registers /start, /menu, /language, /help and /clear for every enabled language', () => {
    const { enabled, default: fallback } = running.content.settings.locales;
    const ids = ['command-start', 'command-menu', 'command-language', 'command-help', 'command-clear'];
    const byCode = new Map(
      fake
        .callsTo('setMyCommands')
        .filter((c) => c.ok)
        .map((c) => [
          String(c.payload.language_code ?? ''),
          c.payload.commands as { command: string; description: string }[],
        ]),
    );
    // Telegram keys lists by two-letter code: the default locale's list goes to everyone, then the first locale of each other code.
    const expected = new Map<string, string>([['', fallback]]);
    for (const locale of enabled) {
      const code = locale.split('-')[0]!;
      if (code !== fallback.split('-')[0] && !expected.has(code)) expected.set(code, locale);
    }
    expect([...byCode.keys()].sort()).toEqual([...expected.keys()].sort());
    expect(byCode.get('zh')).toBeDefined();
    for (const [code, locale] of expected) {
      expect(byCode.get(code)!.map((c) => c.command)).toEqual(['start', 'menu', 'language', 'help', 'clear']);
      expect(byCode.get(code)!.map((c) => c.description)).toEqual(ids.map((id) => t(locale, id)));
    }
  });

  it.each([
    ['en', 'en'],
    ['zh-Hans', 'zh-hans'],
  ])(
    "asks for the language first (Telegram's pre-selected), then shows the main menu in %s",
    async (locale, languageCode) => {
      const user = { id: locale === 'en' ? 101 : 102, languageCode };
      const picker = await say(fake, user, '/start');
      expect(picker.text).toBe(t(locale, 'language-prompt'));
      const selected = picker.buttons.find((b) => b.callback_data.endsWith(`lang:${locale}`))!;
      expect(selected.text.startsWith(t(locale, 'selected-mark'))).toBe(true);

      const menu = await tap(fake, user, picker.messageId, buttonFor(picker, `lang:${locale}`));
      expect(menu.text).toBe(t(locale, 'main-menu'));
      expect(menu.buttons.map((b) => b.text)).toContain(t(locale, 'main-police'));
    },
  );

  it('edits the menu in place when an option is chosen, answers every tap, and sends information screens as new messages', async () => {
    const user = { id: 103, languageCode: 'en' };
    const menu = await onboard(fake, user, 'en');
    expect(menu.method).toBe('editMessageText');

    const police = await tap(fake, user, menu.messageId, buttonFor(menu, 'police'));
    expect(police).toMatchObject({
      method: 'editMessageText',
      messageId: menu.messageId,
      text: t('en', 'police-menu'),
    });

    const rights = await tap(fake, user, police.messageId, buttonFor(police, 'police-rights'));
    expect(rights.method).toBe('sendMessage');
    expect(rights.messageId).not.toBe(menu.messageId);
    expect(rights.text).toContain(t('en', 'police-rights'));
    // The menu above stays as it was, so the information screen keeps its place in the chat.
    expect(fake.messagesIn(user.id).find((m) => m.messageId === menu.messageId)?.text).toBe(t('en', 'police-menu'));

    const home = await tap(fake, user, rights.messageId, buttonFor(rights, 'home'));
    expect(home).toMatchObject({ method: 'sendMessage', text: t('en', 'main-menu') });

    await fake.waitForCalls('answerCallbackQuery', 4);
    const taps = fake.calls.filter((c) => c.method === 'answerCallbackQuery');
    expect(taps.every((c) => c.ok)).toBe(true);
  });

  it.each([
    ['en', 104],
    ['zh-Hans', 105],
  ])(
    "reaches every screen of the shipped flows by tapping buttons in %s, within Telegram's limits",
    async (locale, id) => {
      const user = { id, languageCode: locale };
      const graph = running.content.env.graph;
      const reached = await walk(user, locale, (key) => graph.nodes.get(key)?.type);
      expect([...graph.nodes.keys()].filter((node) => !reached.has(node))).toEqual([]);

      for (const call of outputsTo(fake, id)) {
        expect(String(call.payload.text).length).toBeLessThanOrEqual(4096);
        const markup = call.payload.reply_markup as { inline_keyboard?: { callback_data: string }[][] } | undefined;
        for (const button of markup?.inline_keyboard?.flat() ?? [])
          expect(Buffer.byteLength(button.callback_data)).toBeLessThanOrEqual(64);
      }
      if (locale !== 'en') {
        // Every screen came in the chosen language: no main-menu text in English anywhere in this chat.
        expect(outputsTo(fake, id).some((c) => c.payload.text === t('en', 'main-menu'))).toBe(false);
      }
    },
  );
});

/** Node types that only show content; any other (a hand-off opens a case) is tapped last, so it cannot change what follows. */
const CONTENT_TYPES = new Set(['menu', 'info', 'language']);

/**
 * Walks the menus as a person would: starting from the main menu and /help, it taps every button
 * (of any message in the chat, as it is now) that has not been tapped yet, and records
 * the screen each answer shows. Back and Home are tapped once each, language switches not
 * at all (they would change the walk's language), privacy actions that delete not at all; screens that start something (hand-off)
 * are tapped at the end.
 */
async function walk(
  user: FakeUserRef,
  locale: string,
  typeOf: (key: string) => string | undefined,
): Promise<Set<string>> {
  const menu = await onboard(fake, user, locale);
  // The entry screens are also in Telegram's command menu: open the help screen the way people find it.
  const help = await say(fake, user, '/help');
  const reached = new Set<string>(screensOf([menu, help]));
  const tried = new Set<string>();
  // The chat as the person sees it: each message's buttons now (edits replace them).
  const live = new Map<number, string[]>();
  const see = (shown: readonly Seen[]) =>
    shown.forEach((s) =>
      live.set(
        s.messageId,
        s.buttons.map((b) => b.callback_data),
      ),
    );
  see([menu, help]);
  const deferred = (data: string) => {
    const key = decodeButton(data)?.key ?? '';
    const type = typeOf(key);
    return type !== undefined && !CONTENT_TYPES.has(type);
  };
  for (let taps = 0; taps < 2000; taps++) {
    const candidates = [...live].flatMap(([messageId, buttons]) => buttons.map((data) => ({ messageId, data })));
    const open = candidates.filter(
      (c) => !tried.has(identity(c.data)) && !decodeButton(c.data)?.key.startsWith('lang:') && !destructive(c.data),
    );
    // Forms and sign-ups before the hand-off: an open case mutes everything after it.
    const next =
      open.find((c) => !deferred(c.data)) ??
      open.find((c) => typeOf(decodeButton(c.data)?.key ?? '') !== 'handoff') ??
      open[0];
    if (!next) break;
    tried.add(identity(next.data));
    const shown = await answers(fake, user.id, () => fake.userTaps(user, next.messageId, next.data));
    see(shown);
    for (const screen of screensOf(shown)) reached.add(screen);
    const key = decodeButton(next.data)!.key;
    // A screen without buttons (the hand-off's introduction) is known by the link that led to it.
    if (shown.some((s) => s.buttons.length === 0) && typeOf(key)) reached.add(key);
    // A screen that starts something (a form, a sign-up) is reached when its link was answered.
    if (deferred(next.data) && shown.length) reached.add(key);
  }
  return reached;
}

/** Privacy actions delete the chat (or the person) or start deleting it later: tested in tests/adapters/channels/telegram/privacy.test.ts. */
function destructive(data: string): boolean {
  const key = decodeButton(data)?.key ?? '';
  return key === 'clear' || key === 'forget' || key.startsWith('d:');
}

/** Back and Home are on every screen and lead to screens already seen: each is tried once, not once per screen. */
function identity(data: string): string {
  const key = decodeButton(data)?.key;
  return key === 'back' || key === 'home' ? key : data;
}

function screensOf(shown: readonly Seen[]): string[] {
  return shown.flatMap((s) => s.buttons.map((b) => decodeButton(b.callback_data)?.from ?? '')).filter(Boolean);
}
