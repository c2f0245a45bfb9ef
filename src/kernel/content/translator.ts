import path from 'node:path';
import { I18n } from '@grammyjs/i18n';
import type { Msg } from '../engine/types.js';

/** Cached texts at most (locales × message ids is a few thousand). */
const MAX_PLAIN_TEXTS = 20_000;

function isEmpty(args: object): boolean {
  for (const _ in args) return false;
  return true;
}

/** Variables every message may use, filled from org settings. */
export type GlobalVariables = Readonly<Record<string, string>>;

/**
 * Translator can be used to turn message references into text, for every
 * channel alike. It wraps @grammyjs/i18n's `I18n` class (Fluent), with
 * isolation marks off so texts compare and measure as written.
 */
export class Translator {
  private readonly i18n: I18n;
  /**
   * Texts of messages used without variables, by locale and id: I18n negotiates the locale
   * on every call (about 5 µs) and one answer translates a dozen messages (bench/pipeline.ts).
   * Content does not change while the bot runs, and globals are fixed, so a text never goes stale.
   */
  private readonly plain = new Map<string, string>();

  constructor(
    localesDir: string,
    readonly defaultLocale: string,
    private readonly globals: GlobalVariables,
    private readonly onProblem: (problem: { key: string; locale: string; reason: string }) => void = () => {},
  ) {
    this.i18n = new I18n({
      defaultLocale,
      fluentBundleOptions: { useIsolating: false },
      // The warning also carries the variables (possibly personal data): pass on only key, locale and kind.
      fluentOptions: {
        warningHandler: (w) =>
          this.onProblem({ key: w.path, locale: w.locales.join(','), reason: `warning ${w.type}` }),
      },
    });
    // A trailing slash breaks I18n's path handling (library-notes §2), so always resolve.
    this.i18n.loadLocalesDirSync(path.resolve(localesDir));
  }

  /** Locales found on disk. */
  get locales(): readonly string[] {
    return this.i18n.locales;
  }

  /** Translates one message; a missing message or variable gives its id rather than an exception. */
  t(locale: string, id: string, args: Readonly<Record<string, string | number>> = {}): string {
    const key = isEmpty(args) ? `${locale}\0${id}` : undefined;
    const known = key === undefined ? undefined : this.plain.get(key);
    if (known !== undefined) return known;
    try {
      const text = this.i18n.t(locale, id, { ...this.globals, ...args });
      if (key !== undefined && this.plain.size < MAX_PLAIN_TEXTS) this.plain.set(key, text);
      return text;
    } catch (error) {
      this.onProblem({ key: id, locale, reason: error instanceof Error ? error.message : 'format error' });
      return `{${id}}`;
    }
  }

  /**
   * Translates a message reference; the reference's own locale (if any) wins, and nested message variables are
   * translated first (a list of messages, e.g. region names, is joined with commas).
   */
  msg(locale: string, msg: Msg): string {
    const at = msg.locale ?? locale;
    const args: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(msg.args ?? {})) {
      if (Array.isArray(value)) args[name] = value.map((m: Msg) => this.msg(at, m)).join(', ');
      else args[name] = typeof value === 'object' ? this.msg(at, value as Msg) : (value as string | number);
    }
    return this.t(at, msg.id, args);
  }

  /** Splits a comma-separated keyword message (e.g. `keywords-menu`) into normalised words. */
  keywords(locale: string, id: string): string[] {
    return this.t(locale, id)
      .split(',')
      .map((w) => w.trim().toLocaleLowerCase())
      .filter((w) => w && !w.startsWith('{'));
  }
}
