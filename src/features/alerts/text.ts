import type { Region } from '../../kernel/engine/types.js';
import { ALERT_MESSAGES as M } from '../../features/alerts/messages.js';
import type { Translator } from '../../kernel/content/translator.js';
import type { Alert, AlertCategory } from './port.js';
import type { Outgoing } from '../../kernel/ports/channel.js';

/** The categories staff choose from, in the order the card cycles through them. */
export const ALERT_CATEGORIES: readonly AlertCategory[] = ['bad_client', 'police', 'health', 'scam', 'other'];

/** Longest alert text (source or translation) staff may write; the message around it adds a header and a footer. */
export const MAX_ALERT_CHARS = 1000;

const CATEGORY_IDS: Readonly<Record<AlertCategory, string>> = {
  bad_client: M.categoryBadClient,
  police: M.categoryPolice,
  health: M.categoryHealth,
  scam: M.categoryScam,
  other: M.categoryOther,
};

/** The message id of a category's name. */
export function categoryMessage(category: AlertCategory): string {
  return CATEGORY_IDS[category];
}

/**
 * Cleans a staff-written alert text: Unicode NFC, no control characters but
 * line breaks, no zero-width spaces or bidi overrides (text that reads
 * differently from how it looks), at most one blank line in a row, no
 * surrounding space. Emoji joiners stay. Whether
 * the text identifies anyone is for the staff who write and approve it (the
 * card reminds them); this only keeps the text well-formed.
 */
export function sanitiseAlertText(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** Names the regions of an alert in a locale ("everywhere" when it has none). */
export function regionNames(
  ids: readonly string[],
  regions: readonly Region[],
  locale: string,
  translator: Translator,
): string {
  const names = regions.filter((r) => ids.includes(r.id)).map((r) => translator.t(locale, r.label));
  return names.length ? names.join(', ') : translator.t(locale, M.everywhere);
}

/**
 * Builds the message one subscriber gets: a header (category, regions), the
 * text in their language, or the source text with a one-line note in their
 * language when nobody translated it, and a footer on how to stop. The source
 * counts as written in the default locale. Null when the text is gone (the
 * alert finished or was cancelled).
 */
export function alertMessage(
  alert: Alert,
  locale: string,
  deps: { translator: Translator; regions: readonly Region[]; defaultLocale: string },
): Outgoing | null {
  if (alert.sourceText === null) return null;
  const t = (id: string, args?: Record<string, string>) => deps.translator.t(locale, id, args);
  const translated = alert.translations[locale];
  const parts = [
    t(M.header, {
      category: t(categoryMessage(alert.category)),
      regions: regionNames(alert.regions, deps.regions, locale, deps.translator),
    }),
  ];
  if (translated === undefined && locale !== deps.defaultLocale) parts.push(t(M.untranslated));
  parts.push(translated ?? alert.sourceText, t(M.footer));
  return { kind: 'notice', display: 'notice', text: parts.join('\n\n'), options: [], nav: [], locale };
}
