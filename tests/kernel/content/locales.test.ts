import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { FluentParser, Junk } from '@fluent/syntax';
import { describe, expect, it } from 'vitest';
import { loadLocaleSources, type MessageSource } from '../../../src/kernel/content/load-locales.js';
import { ROOT } from '../../helpers/index.js';
import { STAFF_PREFIX } from '../../../src/kernel/content/system-messages.js';

/**
 * Every locale folder under locales/ that has .ftl files, enabled or not: a language
 * being prepared must keep up with English too. Folders without files are skipped.
 */
const LOCALES_DIR = path.join(ROOT, 'locales');
const { locales } = loadLocaleSources(ROOT);
const en = locales.get('en')!;
const others = [...locales.keys()].filter((l) => l !== 'en');

/** Messages, not terms: a term (`-name`) is a locale's private helper and may differ between languages. */
const messages = (m: Map<string, MessageSource>) => [...m.values()].filter((s) => !s.id.startsWith('-'));
/** Staff-only messages are required in the default locale only (src/kernel/content/feature-messages.ts). */
const required = (id: string) => !id.startsWith(STAFF_PREFIX);

/** Scripts of the locales that are not written in Latin letters; a translated text has at least one such character. */
const SCRIPTS: Readonly<Record<string, RegExp>> = {
  'zh-Hans': /\p{Script=Han}/u,
  'zh-Hant': /\p{Script=Han}/u,
  ja: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u,
  ko: /\p{Script=Hangul}/u,
  th: /\p{Script=Thai}/u,
};
/** Latin-script locales, where untranslated text shows as a long text identical to English. */
const LATIN = ['fr', 'es', 'pt', 'vi'];
const SAME_AS_ENGLISH_MIN = 25;

/** Message ids (or `prefix-*`) that may be all Latin letters in a non-Latin locale, each with its reason. */
const LATIN_TEXT_OK: Readonly<Record<string, string>> = {
  'staff-*': 'staff read the default locale only; a copy in another locale is never shown to anyone',
};
/** Message ids (or `prefix-*`) that may equal English in a Latin-script locale, each with its reason. */
const SAME_AS_ENGLISH_OK: Readonly<Record<string, string>> = {
  'language-prompt':
    'shown before a language is chosen, so it is multilingual on purpose and may be word for word the English one',
  'staff-*': 'staff read the default locale only; a copy in another locale is never shown to anyone',
};

const allowed = (list: Readonly<Record<string, string>>, id: string) =>
  Object.keys(list).some((k) => (k.endsWith('*') ? id.startsWith(k.slice(0, -1)) : id === k));

function ftlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return ftlFiles(full);
    return name.endsWith('.ftl') ? [full] : [];
  });
}

describe('locales: Fluent syntax', () => {
  const files = ftlFiles(LOCALES_DIR);

  it('finds the English files', () => {
    expect(files.some((f) => f.includes(`${path.sep}en${path.sep}`))).toBe(true);
  });

  it.each(files.map((f) => [path.relative(ROOT, f)]))('%s parses with no Junk', (rel) => {
    const source = readFileSync(path.join(ROOT, rel), 'utf8');
    const junk = new FluentParser({ withSpans: true })
      .parse(source)
      .body.filter((e): e is Junk => e instanceof Junk)
      .map(
        (j) =>
          `${rel}:${source.slice(0, j.span?.start ?? 0).split('\n').length}: ${j.annotations[0]?.message ?? 'junk'}: ${j.content.split('\n')[0]}`,
      );
    expect(junk).toEqual([]);
  });
});

describe.skipIf(!others.length)('locales: same messages and variables as English', () => {
  it.each(others)('%s has every English message and no other', (locale) => {
    const mine = locales.get(locale)!;
    const missing = messages(en)
      .filter((m) => required(m.id) && !mine.has(m.id))
      .map((m) => `${m.id} (${m.file}:${m.line})`);
    const extra = messages(mine)
      .filter((m) => !en.has(m.id))
      .map((m) => `${m.id} (${m.file}:${m.line})`);
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(others)('%s uses the same variables as English in each message', (locale) => {
    const differ = messages(locales.get(locale)!)
      .filter((m) => en.has(m.id))
      .map((m) => ({ m, a: [...en.get(m.id)!.variables].sort().join(', '), b: [...m.variables].sort().join(', ') }))
      .filter(({ a, b }) => a !== b)
      .map(({ m, a, b }) => `${m.file}:${m.line} ${m.id}: {${b}}, English {${a}}`);
    expect(differ).toEqual([]);
  });
});

describe('locales: untranslated text', () => {
  const nonLatin = others.filter((l) => SCRIPTS[l]);
  const latin = others.filter((l) => LATIN.includes(l));

  it.skipIf(!nonLatin.length).each(nonLatin)('%s: no message is all Latin letters', (locale) => {
    const script = SCRIPTS[locale]!;
    const untranslated = messages(locales.get(locale)!)
      .filter((m) => /\p{L}/u.test(m.plainText) && !script.test(m.plainText) && !allowed(LATIN_TEXT_OK, m.id))
      .map((m) => `${m.file}:${m.line} ${m.id}: ${JSON.stringify(m.plainText.slice(0, 60))}`);
    expect(untranslated).toEqual([]);
  });

  it.skipIf(!latin.length).each(latin)('%s: no long message is word for word the English one', (locale) => {
    const untranslated = messages(locales.get(locale)!)
      .filter(
        (m) =>
          m.plainText.length > SAME_AS_ENGLISH_MIN &&
          m.plainText === en.get(m.id)?.plainText &&
          !allowed(SAME_AS_ENGLISH_OK, m.id),
      )
      .map((m) => `${m.file}:${m.line} ${m.id}: ${JSON.stringify(m.plainText.slice(0, 60))}`);
    expect(untranslated).toEqual([]);
  });

  it('flags what it should (checked on made-up messages)', () => {
    const msg = (id: string, plainText: string): MessageSource => ({
      id,
      file: 'x.ftl',
      line: 1,
      variables: new Set(),
      plainText,
    });
    const latinOnly = (locale: string, m: MessageSource) =>
      /\p{L}/u.test(m.plainText) && !SCRIPTS[locale]!.test(m.plainText);
    expect(latinOnly('ko', msg('help', 'How to use this bot'))).toBe(true);
    expect(latinOnly('ko', msg('help', '사용 방법 (How to use)'))).toBe(false);
    expect(latinOnly('th', msg('selected-mark', '✓'))).toBe(false);
    expect(latinOnly('ja', msg('help', 'ヘルプ'))).toBe(false);
    expect(allowed(LATIN_TEXT_OK, 'staff-case-card')).toBe(true);
    expect(allowed(SAME_AS_ENGLISH_OK, 'language-prompt')).toBe(true);
    expect(allowed(SAME_AS_ENGLISH_OK, 'help')).toBe(false);
  });

  it('allow-lists only ids that exist in English', () => {
    const stale = [...Object.keys(LATIN_TEXT_OK), ...Object.keys(SAME_AS_ENGLISH_OK)].filter(
      (k) => !messages(en).some((m) => allowed({ [k]: '' }, m.id)),
    );
    expect(stale).toEqual([]);
  });
});
