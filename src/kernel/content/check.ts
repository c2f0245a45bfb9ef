import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Env, FlowNode } from '../engine/types.js';
import type { NodeRegistry } from '../engine/registry.js';
import type { ChannelCapabilities } from '../ports/channel.js';
import type { ContentIssue } from './issues.js';
import { LEGAL_REVIEW_DAYS, MAX_LABEL_CHARS, TARGET_SCREEN_CHARS } from './limits.js';
import { loadFlows, type LoadedFlows } from './load-flows.js';
import { loadLocaleSources, type LoadedLocales } from './load-locales.js';
import { checkReview } from './review.js';
import { STAFF_PREFIX, systemMessageIds } from './system-messages.js';
import { Translator } from './translator.js';
import { settingsGlobals } from './globals.js';

/** Options of a content check; `now` is injected so date checks are testable. */
export interface CheckOptions {
  readonly root: string;
  readonly flowsDir?: string;
  readonly localesDir?: string;
  readonly now?: Date;
  /** The node types content may use (kernel and features: src/main/known.ts). */
  readonly registry: NodeRegistry;
  /** The channels content is shown on: their text and button-data limits are checked (none: only our own limits). */
  readonly channels?: readonly ChannelCapabilities[];
  /** Message ids features use in code (src/features/index.ts): required in every locale like the kernel's. */
  readonly featureMessages?: readonly string[];
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
  const registry = options.registry;
  const flows = loadFlows(options.root, flowsDir);
  const locales = loadLocaleSources(options.root, localesDir);
  const issues: ContentIssue[] = [...flows.issues, ...locales.issues];
  const settings = flows.settings;
  if (settings) {
    const enabled = settings.locales.enabled;
    enabled.forEach((locale, index) => {
      if (!locales.locales.has(locale)) {
        issues.push({
          severity: 'error',
          code: 'missing_locale',
          file: flows.settingsFile,
          line: flows.settingsLine(['locales', 'enabled', index]),
          locale,
          message: `locale ${locale} is enabled but ${localesDir}/${locale}/ has no .ftl files`,
        });
      }
    });
    // A flow file that could not be read leaves holes in the graph: every link into it would be
    // reported as unknown and every message it uses as unused. Its own errors come first
    // (tests/kernel/content/broken/schema.yaml expects no such echoes).
    if (flows.complete) issues.push(...checkGraph(flows, registry, enabled));
    issues.push(
      ...checkMessages(flows, locales, enabled, settings.locales.default, registry, options.featureMessages ?? []),
    );
    const present = enabled.filter((l) => locales.locales.has(l));
    if (present.length) {
      issues.push(
        ...checkLengths(
          flows,
          path.join(options.root, localesDir),
          present,
          settings.locales.default,
          registry,
          options.channels ?? [],
        ),
      );
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
    if (!flows.nodes.has(id))
      issues.push({
        severity: 'error',
        code: 'unknown_target',
        file: flows.settingsFile,
        line: flows.settingsLine(['entry', role]),
        message: `entry.${role} names node "${id}", which does not exist`,
      });
  }
  const targets = new Map<string, string[]>();
  for (const node of flows.nodes.values()) {
    const type = registry.get(node.type);
    const loc = where(flows, node.id);
    // Menus and info screens always offer Home (the engine adds it); the language picker goes to home after a choice.
    const implicit = node.id === settings.entry.home ? [] : [settings.entry.home];
    if (!type) {
      issues.push({
        severity: 'error',
        code: 'unknown_node_type',
        ...loc,
        message: `node "${node.id}" has type "${node.type}"; known types: ${registry.names().join(', ')}`,
      });
      // Follow its options as a menu would, so the screens it links to are not also reported as unreachable or dead ends.
      targets.set(node.id, [...(node.options ?? []).map((o) => o.to), ...implicit]);
      continue;
    }
    const out = type.targets(node, env);
    out.forEach((to) => {
      if (!flows.nodes.has(to)) {
        const index = (node.options ?? []).findIndex((o) => o.to === to);
        const line = index >= 0 ? (flows.sources.get(node.id)?.optionLines[index] ?? loc.line) : loc.line;
        issues.push({
          severity: 'error',
          code: 'unknown_target',
          file: loc.file,
          line,
          message: `node "${node.id}" leads to "${to}", which does not exist`,
        });
      }
    });
    if (node.type === 'menu' && !(node.options ?? []).length) {
      issues.push({
        severity: 'error',
        code: 'dead_end',
        ...loc,
        message: `menu "${node.id}" has no options: a person who lands here can only go back`,
      });
    }
    targets.set(node.id, [...out, ...(type.returnsHome ? implicit : [])]);
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
    if (!reached.has(id))
      issues.push({
        severity: 'error',
        code: 'unreachable_node',
        ...where(flows, id),
        message: `node "${id}" cannot be reached from the main menu "${settings.entry.home}"`,
      });
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
    if (!leadsHome.has(id))
      issues.push({
        severity: 'error',
        code: 'dead_end',
        ...where(flows, id),
        message: `node "${id}" has no way back to the main menu "${settings.entry.home}"`,
      });
  }
  return issues;
}

/** Message ids each node uses, with the line that references them. */
function referencedMessages(
  flows: LoadedFlows,
  registry: NodeRegistry,
  featureMessages: readonly string[],
): Map<string, { file: string; line: number }> {
  const refs = new Map<string, { file: string; line: number }>();
  for (const node of flows.nodes.values()) {
    const source = flows.sources.get(node.id);
    const loc = where(flows, node.id);
    refs.set(node.text, refs.get(node.text) ?? loc);
    (node.options ?? []).forEach((o, i) =>
      refs.set(o.label, refs.get(o.label) ?? { file: loc.file, line: source?.optionLines[i] ?? loc.line }),
    );
    for (const id of registry.get(node.type)?.messages?.(node) ?? []) refs.set(id, refs.get(id) ?? loc);
  }
  (flows.settings?.regions ?? []).forEach((r, i) =>
    refs.set(
      r.label,
      refs.get(r.label) ?? { file: flows.settingsFile, line: flows.settingsLine(['regions', i, 'label']) },
    ),
  );
  for (const id of systemMessageIds)
    refs.set(id, refs.get(id) ?? { file: 'src/kernel/content/system-messages.ts', line: 0 });
  for (const id of featureMessages) refs.set(id, refs.get(id) ?? { file: 'src/features/index.ts', line: 0 });
  return refs;
}

function checkMessages(
  flows: LoadedFlows,
  locales: LoadedLocales,
  enabled: readonly string[],
  defaultLocale: string,
  registry: NodeRegistry,
  featureMessages: readonly string[],
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const refs = referencedMessages(flows, registry, featureMessages);
  for (const locale of enabled) {
    const messages = locales.locales.get(locale);
    if (!messages) continue;
    for (const [id, ref] of refs) {
      // Staff work in the default locale; their texts need no translation.
      if (id.startsWith(STAFF_PREFIX) && locale !== defaultLocale) continue;
      if (!messages.has(id))
        issues.push({
          severity: 'error',
          code: 'missing_message',
          file: ref.file,
          line: ref.line,
          locale,
          message: `message "${id}" is missing in ${locale} (add it to a file in locales/${locale}/)`,
        });
    }
  }
  const base = locales.locales.get(defaultLocale);
  if (!base) return issues;
  for (const message of base.values()) {
    // With a flow file unread, its messages would all look unused.
    if (flows.complete && !message.id.startsWith('-') && !refs.has(message.id)) {
      issues.push({
        severity: 'warning',
        code: 'unused_message',
        file: message.file,
        line: message.line,
        locale: defaultLocale,
        message: `message "${message.id}" is not used by any flow or by the code`,
      });
    }
  }
  for (const locale of enabled) {
    if (locale === defaultLocale) continue;
    for (const message of locales.locales.get(locale)?.values() ?? []) {
      const original = base.get(message.id);
      if (!original) {
        if (flows.complete && !refs.has(message.id))
          issues.push({
            severity: 'warning',
            code: 'unused_message',
            file: message.file,
            line: message.line,
            locale,
            message: `message "${message.id}" is not in ${defaultLocale} and is not used`,
          });
        continue;
      }
      const a = [...original.variables].sort().join(', ');
      const b = [...message.variables].sort().join(', ');
      if (a !== b) {
        issues.push({
          severity: 'error',
          code: 'variable_mismatch',
          file: message.file,
          line: message.line,
          locale,
          message: `message "${message.id}" uses variables {${b}} but ${defaultLocale} uses {${a}} (${original.file}:${original.line})`,
        });
      }
    }
  }
  return issues;
}

function checkLengths(
  flows: LoadedFlows,
  localesPath: string,
  enabled: readonly string[],
  defaultLocale: string,
  registry: NodeRegistry,
  channels: readonly ChannelCapabilities[],
): ContentIssue[] {
  if (!existsSync(localesPath)) return [];
  const issues: ContentIssue[] = [];
  const translator = new Translator(localesPath, defaultLocale, settingsGlobals(flows.settings!));
  const env: Env = {
    graph: { nodes: flows.nodes, ...flows.settings!.entry },
    nodeTypes: registry,
    locales: enabled,
    defaultLocale,
    regions: flows.settings!.regions ?? [],
    now: () => 0,
  };
  const nodes = [...flows.nodes.values()];
  for (const node of nodes) {
    const loc = where(flows, node.id);
    const source = flows.sources.get(node.id);
    // Measure the keys the screen really sends, not just `options`: the language picker's
    // `lang:<locale>` buttons are the ones that can pass 64 bytes (tests/kernel/content/broken/callback_data_too_long.yaml).
    const keys =
      registry
        .get(node.type)
        ?.screen(node, { v: 1, node: node.id, trail: [node.id] }, env)
        .options.map((o) => o.key) ?? [];
    for (const channel of channels) {
      if (!channel.buttonData) continue;
      for (const key of keys) {
        const data = channel.buttonData.encode(node.id, key);
        const bytes = Buffer.byteLength(data);
        const index = (node.options ?? []).findIndex((o) => o.to === key);
        if (bytes > channel.buttonData.maxBytes)
          issues.push({
            severity: 'error',
            code: 'callback_data_too_long',
            file: loc.file,
            line: source?.optionLines[index] ?? loc.line,
            message: `button data "${data}" on screen "${node.id}" is ${bytes} bytes; ${channel.label} allows ${channel.buttonData.maxBytes}, so shorten the screen id`,
          });
      }
    }
    for (const locale of enabled) {
      const text = screenText(node, locale, translator, registry);
      const tooLong = channels.find((c) => text.length > c.maxTextChars);
      if (tooLong) {
        issues.push({
          severity: 'error',
          code: 'text_too_long',
          ...loc,
          locale,
          message: `screen "${node.id}" is ${text.length} characters; ${tooLong.label} allows ${tooLong.maxTextChars}`,
        });
      } else if (locale === defaultLocale) {
        // The legal footer is fixed text an editor cannot shorten, so the phone-sized target counts the screen's own text.
        const own = translator.t(locale, node.text).length;
        if (own > TARGET_SCREEN_CHARS)
          issues.push({
            severity: 'warning',
            code: 'text_too_long',
            ...loc,
            locale,
            message: `screen "${node.id}" is ${own} characters; aim for ${TARGET_SCREEN_CHARS} or split it with a "more" screen`,
          });
      }
      (node.options ?? []).forEach((o, i) => {
        const label = translator.t(locale, o.label);
        if ([...label].length > MAX_LABEL_CHARS)
          issues.push({
            severity: 'error',
            code: 'label_too_long',
            file: loc.file,
            line: source?.optionLines[i] ?? loc.line,
            locale,
            message: `button "${o.label}" is ${[...label].length} characters ("${label}"); keep labels to ${MAX_LABEL_CHARS}`,
          });
      });
    }
  }
  // Region names are buttons on the alerts screen (flows/settings.yaml `regions:`).
  (flows.settings!.regions ?? []).forEach((r, i) => {
    for (const locale of enabled) {
      const label = translator.t(locale, r.label);
      if ([...label].length > MAX_LABEL_CHARS)
        issues.push({
          severity: 'error',
          code: 'label_too_long',
          file: flows.settingsFile,
          line: flows.settingsLine(['regions', i, 'label']),
          locale,
          message: `region "${r.id}" is ${[...label].length} characters ("${label}"); keep labels to ${MAX_LABEL_CHARS}`,
        });
    }
  });
  return issues;
}

function screenText(node: FlowNode, locale: string, translator: Translator, registry: NodeRegistry): string {
  const parts = [translator.t(locale, node.text)];
  if (node.legal)
    parts.push(translator.t(locale, 'legal-footer', { sources: node.legal.sources, date: node.legal.checked }));
  for (const id of registry.get(node.type)?.messages?.(node) ?? []) parts.push(translator.t(locale, id));
  return parts.join('\n\n');
}

function checkLegalDates(flows: LoadedFlows, now: Date): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const node of flows.nodes.values()) {
    if (!node.legal) continue;
    // The schema makes `checked` a real date, so `age` is a number.
    const age = Math.floor((now.getTime() - Date.parse(`${node.legal.checked}T00:00:00Z`)) / 86_400_000);
    if (age > LEGAL_REVIEW_DAYS) {
      issues.push({
        severity: 'warning',
        code: 'stale_legal_check',
        ...where(flows, node.id),
        message: `legal screen "${node.id}" was last checked ${node.legal.checked} (${age} days ago); review it against its sources (${node.legal.sources}) every six months`,
      });
    } else if (age < -1) {
      // A date in the future is a typo (2062 for 2026) that would silence this warning for years.
      issues.push({
        severity: 'warning',
        code: 'stale_legal_check',
        ...where(flows, node.id),
        message: `legal screen "${node.id}" says it was checked ${node.legal.checked}, which is in the future; write the date you checked it`,
      });
    }
  }
  return issues;
}
