import type { CommandName } from '../engine/types.js';
import { SYSTEM_MESSAGES } from '../content/system-messages.js';
import type { Translator } from '../content/translator.js';

const KEYWORD_COMMANDS: readonly [string, CommandName][] = [
  [SYSTEM_MESSAGES.keywordsMenu, 'menu'],
  [SYSTEM_MESSAGES.keywordsBack, 'back'],
  [SYSTEM_MESSAGES.keywordsLanguage, 'language'],
  [SYSTEM_MESSAGES.keywordsHelp, 'help'],
  [SYSTEM_MESSAGES.keywordsStop, 'stop'],
  [SYSTEM_MESSAGES.keywordsStart, 'start_alerts'],
];

/**
 * Keywords can be used to recognise typed commands ("menu", "菜单", …) in
 * every enabled language. The words live in the locale files, so editors
 * add them without touching code.
 */
export class Keywords {
  private readonly words = new Map<string, CommandName>();

  constructor(translator: Translator, locales: readonly string[], extra: readonly [string, CommandName][] = []) {
    for (const locale of locales) {
      for (const [id, command] of [...KEYWORD_COMMANDS, ...extra]) {
        for (const word of translator.keywords(locale, id)) if (!this.words.has(word)) this.words.set(word, command);
      }
    }
  }

  /** The command a typed text means, if it is exactly a keyword (case and surrounding punctuation ignored). */
  match(text: string): CommandName | undefined {
    const word = text
      .normalize('NFKC')
      .trim()
      .toLocaleLowerCase()
      .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
    return word.length <= 40 ? this.words.get(word) : undefined;
  }
}
