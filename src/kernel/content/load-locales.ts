import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { FluentParser, Junk, Message, Term, Visitor, type VariableReference } from '@fluent/syntax';
import type { ContentIssue } from './issues.js';

/** Represents one Fluent message as written, with where it is and which variables it uses. */
export interface MessageSource {
  readonly id: string;
  readonly file: string;
  readonly line: number;
  readonly variables: ReadonlySet<string>;
  /** The message's text elements joined (placeables left out), to spot untranslated text. */
  readonly plainText: string;
}

/** Represents every locale folder under `locales/` that has .ftl files, parsed for checking. */
export interface LoadedLocales {
  readonly locales: Map<string, Map<string, MessageSource>>;
  readonly issues: ContentIssue[];
}

class VariableCollector extends Visitor {
  readonly names = new Set<string>();
  override visitVariableReference(node: VariableReference): void {
    this.names.add(node.id.name);
  }
}

/** Parses `locales/<lang>/*.ftl` with `@fluent/syntax` and reports junk and duplicate ids with file:line. */
export function loadLocaleSources(root: string, localesDir = 'locales'): LoadedLocales {
  const dir = path.join(root, localesDir);
  const locales = new Map<string, Map<string, MessageSource>>();
  const issues: ContentIssue[] = [];
  if (!existsSync(dir)) return { locales, issues };
  const parser = new FluentParser({ withSpans: true });
  for (const locale of readdirSync(dir).sort()) {
    if (!statSync(path.join(dir, locale)).isDirectory()) continue;
    const names = readdirSync(path.join(dir, locale))
      .filter((n) => n.endsWith('.ftl'))
      .sort();
    // A folder without .ftl files (a language being started) is not a locale yet: an enabled
    // one is reported once as missing_locale, not as every message missing (tests/kernel/content/broken/missing_locale.yaml).
    if (!names.length) continue;
    const messages = new Map<string, MessageSource>();
    locales.set(locale, messages);
    for (const name of names) {
      const file = path.posix.join(localesDir, locale, name);
      const source = readFileSync(path.join(dir, locale, name), 'utf8');
      const lineAt = lineIndex(source);
      for (const entry of parser.parse(source).body) {
        // A message's span starts at its attached comment; its id is the line an editor looks for
        // (tests/kernel/content/broken/duplicate_message.yaml).
        const span = entry instanceof Message || entry instanceof Term ? entry.id.span : entry.span;
        const line = span ? lineAt(span.start) : 0;
        if (entry instanceof Junk) {
          const note = entry.annotations[0]?.message ?? 'unreadable entry';
          const first = entry.content.split('\n')[0]?.slice(0, 60) ?? '';
          issues.push({
            severity: 'error',
            code: 'fluent_junk',
            file,
            line,
            locale,
            message: `Fluent syntax error: ${note} in "${first}"`,
          });
          continue;
        }
        if (!(entry instanceof Message) && !(entry instanceof Term)) continue;
        const id = entry instanceof Term ? `-${entry.id.name}` : entry.id.name;
        const existing = messages.get(id);
        if (existing) {
          issues.push({
            severity: 'error',
            code: 'duplicate_message',
            file,
            line,
            locale,
            message: `message "${id}" is already defined at ${existing.file}:${existing.line}`,
          });
          continue;
        }
        const collector = new VariableCollector();
        collector.visit(entry);
        const plainText = (entry.value?.elements ?? [])
          .map((e) => ('value' in e && typeof e.value === 'string' ? e.value : ''))
          .join('');
        messages.set(id, { id, file, line, variables: collector.names, plainText });
      }
    }
  }
  return { locales, issues };
}

function lineIndex(source: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
