import type { LanguageCode } from '@grammyjs/types';
import { SYSTEM_MESSAGES } from '../../../kernel/content/system-messages.js';
import type { UserCommand } from '../../../kernel/conversation/commands.js';
import { isLanguageCode } from './language-codes.js';

/** Represents one setMyCommands call: the commands and the language they are shown for (none = everyone else). */
export interface CommandList {
  readonly languageCode?: LanguageCode;
  readonly locale: string;
  readonly commands: readonly { readonly command: UserCommand; readonly description: string }[];
}

/** The commands shown in Telegram's menu, with the Fluent message that describes each. */
export const MENU_COMMANDS = [
  { command: 'start', message: SYSTEM_MESSAGES.commandStart },
  { command: 'menu', message: SYSTEM_MESSAGES.commandMenu },
  { command: 'language', message: SYSTEM_MESSAGES.commandLanguage },
  { command: 'help', message: SYSTEM_MESSAGES.commandHelp },
  // A quick exit two taps away, from Telegram's menu button (src/features/privacy/privacy.ts).
  { command: 'clear', message: SYSTEM_MESSAGES.commandClear },
] as const satisfies readonly { readonly command: UserCommand; readonly message: string }[];

/** Telegram's limit on a command description. Official reference: https://core.telegram.org/bots/api#botcommand */
const MAX_DESCRIPTION = 256;

/**
 * Builds the setMyCommands calls for the enabled locales.
 * Telegram keys command lists by a two-letter ISO 639-1 `language_code`, so locales that share a
 * primary subtag collide: zh-Hans and zh-Hant are both "zh". The first enabled locale (settings
 * order) wins that code; people in the other see its descriptions in the command menu, while
 * the bot itself still talks to them in the language they chose. The default locale's list is
 * also set without a language code, for everyone whose language has no list of its own.
 * Official reference: https://core.telegram.org/bots/api#setmycommands
 */
export function commandLists(
  locales: readonly string[],
  defaultLocale: string,
  t: (locale: string, id: string) => string,
): CommandList[] {
  const build = (locale: string) =>
    MENU_COMMANDS.map((c) => ({
      command: c.command,
      description: t(locale, c.message).trim().slice(0, MAX_DESCRIPTION) || c.command,
    }));
  const lists: CommandList[] = [{ locale: defaultLocale, commands: build(defaultLocale) }];
  const taken = new Set([primary(defaultLocale)]);
  for (const locale of locales) {
    const code = primary(locale);
    if (taken.has(code) || !isLanguageCode(code)) continue;
    taken.add(code);
    lists.push({ languageCode: code, locale, commands: build(locale) });
  }
  return lists;
}

function primary(locale: string): string {
  return locale.split('-')[0]!.toLowerCase();
}
