import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Env } from '../engine/types.js';
import type { ChannelCapabilities } from '../ports/channel.js';
import type { NodeRegistry } from '../engine/registry.js';
import type { Settings } from './flow-schema.js';
import { ContentError } from './issues.js';
import { checkContent } from './check.js';
import { toGraph } from './load-flows.js';
import { Translator } from './translator.js';
import { settingsGlobals } from './globals.js';

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

/**
 * Loads and validates flows, settings and locales; throws a ContentError
 * listing every problem when the content has errors (the bot must not start
 * with broken content).
 */
export function loadContent(
  root: string,
  options: {
    registry: NodeRegistry;
    featureMessages?: readonly string[];
    now?: Date;
    channels?: readonly ChannelCapabilities[];
    onProblem?: ConstructorParameters<typeof Translator>[3];
  },
): ContentSet {
  const registry = options.registry;
  const result = checkContent({
    root,
    registry,
    ...(options.featureMessages ? { featureMessages: options.featureMessages } : {}),
    ...(options.channels ? { channels: options.channels } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  if (result.errors.length || !result.flows.settings) throw new ContentError([...result.errors, ...result.warnings]);
  const settings = result.flows.settings;
  const translator = new Translator(
    path.join(root, 'locales'),
    settings.locales.default,
    settingsGlobals(settings),
    options.onProblem,
  );
  const graph = toGraph(result.flows);
  return {
    settings,
    translator,
    registry,
    env: {
      graph,
      nodeTypes: registry,
      locales: settings.locales.enabled,
      defaultLocale: settings.locales.default,
      regions: settings.regions ?? [],
    },
    warnings: result.warnings.length,
    version: contentVersion(root),
  };
}

/**
 * A short hash (12 hex digits of SHA-256) of the content bytes: every
 * `flows/*.yaml` and every `.ftl` under `locales/`, sorted by path, each path hashed with
 * its bytes, so any edit, added or renamed file gives a new version
 * (tests/adapters/ops/startup-summary.test.ts).
 */
export function contentVersion(root: string): string {
  const files = [
    ...listFiles(path.join(root, 'flows'), (n) => n.endsWith('.yaml'), false),
    ...listFiles(path.join(root, 'locales'), (n) => n.endsWith('.ftl'), true),
  ]
    .map((file) => ({ file, rel: path.relative(root, file).split(path.sep).join('/') }))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const hash = createHash('sha256');
  for (const { file, rel } of files) {
    const bytes = readFileSync(file);
    hash.update(`${rel}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex').slice(0, 12);
}

function listFiles(dir: string, keep: (name: string) => boolean, recursive: boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return recursive ? listFiles(full, keep, true) : [];
    return entry.isFile() && keep(entry.name) ? [full] : [];
  });
}
