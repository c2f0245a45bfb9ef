import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FlowNode } from '../engine/types.js';
import { NodeRegistry, builtinNodeTypes } from '../engine/registry.js';
import { encodeButton } from './button-data.js';
import type { ContentIssue } from './issues.js';
import { LEGAL_REVIEW_DAYS, MAX_CALLBACK_DATA_BYTES, MAX_LABEL_CHARS, MAX_TEXT_CHARS, TARGET_SCREEN_CHARS } from './limits.js';
import { loadFlows, type LoadedFlows } from './load-flows.js';
import { loadLocaleSources, type LoadedLocales } from './load-locales.js';
import { checkReview } from './review.js';
import { systemMessageIds } from './system-messages.js';
import { Translator } from './translator.js';
import { settingsGlobals } from './content-set.js';

/** Options of a content check; `now` is injected so date checks are testable. */
export interface CheckOptions {
  readonly root: string;
  readonly flowsDir?: string;
  readonly localesDir?: string;
  readonly now?: Date;
  readonly registry?: NodeRegistry;
}

/** Represents the outcome of a content check: all issues, errors and warnings apart. */
export interface CheckResult {
  readonly errors: ContentIssue[];
  readonly warnings: ContentIssue[];
  readonly flows: LoadedFlows;
  readonly locales: LoadedLocales;
}

/**
 * Checks flows, settings and locales together and reports every problem at
 * once, each with file and line (goflow-style), errors kept apart from warnings.
 */
export function checkContent(options: CheckOptions): CheckResult {
  const flowsDir = options.flowsDir ?? 'flows';
  const localesDir = options.localesDir ?? 'locales';
  const registry = options.registry ?? new NodeRegistry(builtinNodeTypes);
  const flows = loadFlows(options.root, flowsDir);
  const locales = loadLocaleSources(options.root, localesDir);
  const issues: ContentIssue[] = [...flows.issues, ...locales.issues];
  const settings = flows.settings;
  if (settings) {
    const enabled = settings.locales.enabled;
    for (const locale of enabled) {
      if (!locales.locales.has(locale)) {
        issues.push({ severity: 'error', code: 'missing_locale', file: flows.settingsFile, line: 0, locale, message: `locale ${locale} is enabled but ${localesDir}/${locale}/ has no .ftl files` });
      }
    }
    issues.push(...checkGraph(flows, registry, enabled));
    issues.push(...checkMessages(flows, locales, enabled, settings.locales.default, registry));
    if (enabled.every((l) => locales.locales.has(l))) {
      issues.push(...checkLengths(flows, path.join(options.root, localesDir), enabled, settings.locales.default, registry));
    }
    issues.push(...checkReview(options.root, enabled, flowsDir));
    issues.push(...checkLegalDates(flows, options.now ?? new Date()));
  }
  const sorted = issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.code.localeCompare(b.code));
  return {
    errors: sorted.filter((i) => i.severity === 'error'),
    warnings: sorted.filter((i) => i.severity === 'warning'),
    flows,
    locales,
  };
}

function where(flows: LoadedFlows, id: string): { file: string; line: number } {
  const s = flows.sources.get(id);
  return s ? { file: s.file, line: s.line } : { file: flows.settingsFile, line: 0 };
}

function checkGraph(flows: LoadedFlows, registry: NodeRegistry, enabled: readonly string[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const settings = flows.settings!;
  const env = { locales: enabled };
  for (const [role, id] of Object.entries(settings.entry)) {
    if (!flows.nodes.has(id)) issues.push({ severity: 'error', code: 'unknown_target', file: flows.settingsFile, line: 0, message: `entry.${role} names node "${id}", which does not exist` });
  }
  const targets = new Map<string, string[]>();
  for (const node of flows.nodes.values()) {
    const type = registry.get(node.type);
    const loc = where(flows, node.id);
    if (!type) {
      issues.push({ severity: 'error', code: 'unknown_node_type', ...loc, message: `node "${node.id}" has type "${node.type}"; known types: ${registry.names().join(', ')}` });
      continue;
    }
    const out = type.targets(node, env);
    out.forEach((to) => {
      if (!flows.nodes.has(to)) {
        const index = (node.options ?? []).findIndex((o) => o.to === to);
        const line = index >= 0 ? (flows.sources.get(node.id)?.optionLines[index] ?? loc.line) : loc.line;
        issues.push({ severity: 'error', code: 'unknown_target', file: loc.file, line, message: `node "${node.id}" leads to "${to}", which does not exist` });
      }
    });
    if (node.type === 'menu' && !(node.options ?? []).length) {
      issues.push({ severity: 'error', code: 'dead_end', ...loc, message: `menu "${node.id}" has no options: a person who lands here can only go back` });
    }
    // Menus and info screens always offer Home (the engine adds it); the language picker goes to home after a choice.
    const implicit = node.id === settings.entry.home ? [] : [settings.entry.home];
    targets.set(node.id, [...out, ...(['menu', 'info', 'language'].includes(node.type) ? implicit : [])]);
  }
  // Reachable from the entry points.
  const reached = new Set<string>();
  const queue = Object.values(settings.entry).filter((id) => flows.nodes.has(id));
  while (queue.length) {
    const id = queue.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    for (const to of targets.get(id) ?? []) if (flows.nodes.has(to)) queue.push(to);
  }
  for (const id of flows.nodes.keys()) {
    if (!reached.has(id)) issues.push({ severity: 'error', code: 'unreachable_node', ...where(flows, id), message: `node "${id}" cannot be reached from the main menu "${settings.entry.home}"` });
  }
  // Every node must lead back to home.
  const leadsHome = new Set<string>([settings.entry.home]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, out] of targets) {
      if (!leadsHome.has(id) && out.some((t) => leadsHome.has(t))) {
        leadsHome.add(id);
        grew = true;
      }
    }
  }
  for (const id of targets.keys()) {
    if (!leadsHome.has(id)) issues.push({ severity: 'error', code: 'dead_end', ...where(flows, id), message: `node "${id}" has no way back to the main menu "${settings.entry.home}"` });
  }
  return issues;
}

/** Message ids each node uses, with the line that references them. */
function referencedMessages(flows: LoadedFlows, registry: NodeRegistry): Map<string, { file: string; line: number }> {
  const refs = new Map<string, { file: string; line: number }>();
  for (const node of flows.nodes.values()) {
    const source = flows.sources.get(node.id);
    const loc = where(flows, node.id);
    refs.set(node.text, refs.get(node.text) ?? loc);
    (node.options ?? []).forEach((o, i) => refs.set(o.label, refs.get(o.label) ?? { file: loc.file, line: source?.optionLines[i] ?? loc.line }));
    for (const id of registry.get(node.type)?.messages?.(node) ?? []) refs.set(id, refs.get(id) ?? loc);
  }
  for (const r of flows.settings?.regions ?? []) refs.set(r.label, refs.get(r.label) ?? { file: flows.settingsFile, line: 0 });
  for (const id of systemMessageIds) refs.set(id, refs.get(id) ?? { file: 'src/content/system-messages.ts', line: 0 });
  return refs;
}

function checkMessages(flows: LoadedFlows, locales: LoadedLocales, enabled: readonly string[], defaultLocale: string, registry: NodeRegistry): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const refs = referencedMessages(flows, registry);
  for (const locale of enabled) {
    const messages = locales.locales.get(locale);
    if (!messages) continue;
    for (const [id, ref] of refs) {
      if (!messages.has(id)) issues.push({ severity: 'error', code: 'missing_message', file: ref.file, line: ref.line, locale, message: `message "${id}" is missing in ${locale} (add it to a file in locales/${locale}/)` });
    }
  }
  const base = locales.locales.get(defaultLocale);
  if (!base) return issues;
  for (const message of base.values()) {
    if (!message.id.startsWith('-') && !refs.has(message.id)) {
      issues.push({ severity: 'warning', code: 'unused_message', file: message.file, line: message.line, locale: defaultLocale, message: `message "${message.id}" is not used by any flow or by the code` });
    }
  }
  for (const locale of enabled) {
    if (locale === defaultLocale) continue;
    for (const message of locales.locales.get(locale)?.values() ?? []) {
      const original = base.get(message.id);
      if (!original) {
        if (!refs.has(message.id)) issues.push({ severity: 'warning', code: 'unused_message', file: message.file, line: message.line, locale, message: `message "${message.id}" is not in ${defaultLocale} and is not used` });
        continue;
      }
      const a = [...original.variables].sort().join(', ');
      const b = [...message.variables].sort().join(', ');
      if (a !== b) {
        issues.push({ severity: 'error', code: 'variable_mismatch', file: message.file, line: message.line, locale, message: `message "${message.id}" uses variables {${b}} but ${defaultLocale} uses {${a}} (${original.file}:${original.line})` });
      }
    }
  }
  return issues;
}

function checkLengths(flows: LoadedFlows, localesPath: string, enabled: readonly string[], defaultLocale: string, registry: NodeRegistry): ContentIssue[] {
  if (!existsSync(localesPath)) return [];
  const issues: ContentIssue[] = [];
  const translator = new Translator(localesPath, defaultLocale, settingsGlobals(flows.settings!));
  const nodes = [...flows.nodes.values()];
  for (const node of nodes) {
    const loc = where(flows, node.id);
    const source = flows.sources.get(node.id);
    (node.options ?? []).forEach((o, i) => {
      const bytes = Buffer.byteLength(encodeButton(node.id, o.to));
      if (bytes > MAX_CALLBACK_DATA_BYTES) issues.push({ severity: 'error', code: 'callback_data_too_long', file: loc.file, line: source?.optionLines[i] ?? loc.line, message: `button data for "${node.id}" -> "${o.to}" is ${bytes} bytes; Telegram allows ${MAX_CALLBACK_DATA_BYTES}` });
    });
    for (const locale of enabled) {
      const text = screenText(node, locale, translator, registry);
      if (text.length > MAX_TEXT_CHARS) {
        issues.push({ severity: 'error', code: 'text_too_long', ...loc, locale, message: `screen "${node.id}" is ${text.length} characters; Telegram allows ${MAX_TEXT_CHARS}` });
      } else if (locale === defaultLocale) {
        // The legal footer is fixed text an editor cannot shorten, so the phone-sized target counts the screen's own text.
        const own = translator.t(locale, node.text).length;
        if (own > TARGET_SCREEN_CHARS) issues.push({ severity: 'warning', code: 'text_too_long', ...loc, locale, message: `screen "${node.id}" is ${own} characters; aim for ${TARGET_SCREEN_CHARS} or split it with a "more" screen` });
      }
      (node.options ?? []).forEach((o, i) => {
        const label = translator.t(locale, o.label);
        if ([...label].length > MAX_LABEL_CHARS) issues.push({ severity: 'error', code: 'label_too_long', file: loc.file, line: source?.optionLines[i] ?? loc.line, locale, message: `button "${o.label}" is ${[...label].length} characters ("${label}"); keep labels to ${MAX_LABEL_CHARS}` });
      });
    }
  }
  return issues;
}

function screenText(node: FlowNode, locale: string, translator: Translator, registry: NodeRegistry): string {
  const parts = [translator.t(locale, node.text)];
  if (node.legal) parts.push(translator.t(locale, 'legal-footer', { sources: node.legal.sources, date: node.legal.checked }));
  for (const id of registry.get(node.type)?.messages?.(node) ?? []) parts.push(translator.t(locale, id));
  return parts.join('\n\n');
}

function checkLegalDates(flows: LoadedFlows, now: Date): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const node of flows.nodes.values()) {
    if (!node.legal) continue;
    const checked = Date.parse(`${node.legal.checked}T00:00:00Z`);
    const age = Math.floor((now.getTime() - checked) / 86_400_000);
    if (Number.isNaN(checked) || age > LEGAL_REVIEW_DAYS) {
      issues.push({ severity: 'warning', code: 'stale_legal_check', ...where(flows, node.id), message: `legal screen "${node.id}" was last checked ${node.legal.checked} (${age} days ago); review it against its sources (${node.legal.sources}) every six months` });
    }
  }
  return issues;
}
