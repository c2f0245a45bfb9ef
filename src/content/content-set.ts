import path from 'node:path';
import type { Env } from '../engine/types.js';
import { NodeRegistry, builtinNodeTypes } from '../engine/registry.js';
import type { Settings } from './flow-schema.js';
import { ContentError } from './issues.js';
import { checkContent } from './check.js';
import { toGraph } from './load-flows.js';
import { Translator } from './translator.js';

/** Represents everything content-related the running bot needs, validated. */
export interface ContentSet {
  readonly settings: Settings;
  readonly translator: Translator;
  readonly registry: NodeRegistry;
  /** The engine environment, minus the clock (the app injects it). */
  readonly env: Omit<Env, 'now'>;
  /** Warnings found while loading (logged at start, never fatal). */
  readonly warnings: number;
  /** A short hash of the content, for the start-up summary. */
  readonly version: string;
}

/** Variables every message can use, taken from the org settings. */
export function settingsGlobals(settings: Settings): Record<string, string> {
  const o = settings.organisation;
  return { org: o.name, hotline: o.hotline, email: o.email ?? '', website: o.website ?? '' };
}

/**
 * Loads and validates flows, settings and locales; throws a ContentError
 * listing every problem when the content has errors (the bot must not start
 * with broken content).
 */
export function loadContent(root: string, options: { now?: Date; registry?: NodeRegistry; onProblem?: ConstructorParameters<typeof Translator>[3] } = {}): ContentSet {
  const registry = options.registry ?? new NodeRegistry(builtinNodeTypes);
  const result = checkContent({ root, registry, ...(options.now ? { now: options.now } : {}) });
  if (result.errors.length || !result.flows.settings) throw new ContentError([...result.errors, ...result.warnings]);
  const settings = result.flows.settings;
  const translator = new Translator(path.join(root, 'locales'), settings.locales.default, settingsGlobals(settings), options.onProblem);
  const graph = toGraph(result.flows);
  return {
    settings,
    translator,
    registry,
    env: { graph, nodeTypes: registry, locales: settings.locales.enabled, defaultLocale: settings.locales.default },
    warnings: result.warnings.length,
    version: contentVersion(result.flows.nodes.size, result.locales.locales),
  };
}

function contentVersion(nodes: number, locales: Map<string, Map<string, unknown>>): string {
  let h = 2166136261;
  const text = `${nodes}|${[...locales].map(([l, m]) => `${l}:${[...m.keys()].join(',')}`).join(';')}`;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, '0');
}
