import { describe, expect, it } from 'vitest';
import { commandLists } from '../../../../src/adapters/channels/telegram/bot-commands.js';

const t = (locale: string, id: string) => `${locale}:${id}`;

describe('commandLists', () => {
  it('sets the default list without a language code and one list per other language', () => {
    const lists = commandLists(['en', 'zh-Hans', 'th'], 'en', t);
    expect(lists.map((l) => [l.languageCode, l.locale])).toEqual([
      [undefined, 'en'],
      ['zh', 'zh-Hans'],
      ['th', 'th'],
    ]);
    expect(lists[1]!.commands).toEqual([
      { command: 'start', description: 'zh-Hans:command-start' },
      { command: 'menu', description: 'zh-Hans:command-menu' },
      { command: 'language', description: 'zh-Hans:command-language' },
      { command: 'help', description: 'zh-Hans:command-help' },
      { command: 'clear', description: 'zh-Hans:command-clear' },
    ]);
  });

  it('gives "zh" to the first of zh-Hans and zh-Hant (Telegram keys lists by two letters)', () => {
    expect(commandLists(['en', 'zh-Hant', 'zh-Hans'], 'en', t).map((l) => l.locale)).toEqual(['en', 'zh-Hant']);
  });
});
