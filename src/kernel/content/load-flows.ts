import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FlowGraph, FlowNode } from '../engine/types.js';
import { flowFileSchema, settingsSchema, type Settings } from './flow-schema.js';
import type { ContentIssue } from './issues.js';
import { parseLocatedYaml } from './yaml-lines.js';

/** Where a node was defined, for issue reports. */
export interface NodeSource {
  readonly file: string;
  readonly line: number;
  /** Line of each option by index. */
  readonly optionLines: readonly number[];
}

/** Represents the flows and settings as read from disk, with every problem found on the way. */
export interface LoadedFlows {
  readonly settings: Settings | undefined;
  readonly settingsFile: string;
  readonly nodes: Map<string, FlowNode>;
  readonly sources: Map<string, NodeSource>;
  readonly issues: ContentIssue[];
  /** Line (1-based) of a path in the settings file, 0 when unknown; lets settings issues name their line. */
  readonly settingsLine: (at: readonly PropertyKey[]) => number;
  /** False when a flow file could not be read (YAML or schema errors): the graph then has holes. */
  readonly complete: boolean;
}

const SETTINGS_FILE = 'settings.yaml';
/** Data files in flows/ that are not flows. */
export const REVIEW_FILE = 'review.yaml';

/** Reads `flows/settings.yaml` and every other `flows/*.yaml`, validating each with zod. */
export function loadFlows(root: string, flowsDir = 'flows'): LoadedFlows {
  const dir = path.join(root, flowsDir);
  const issues: ContentIssue[] = [];
  const nodes = new Map<string, FlowNode>();
  const sources = new Map<string, NodeSource>();
  const rel = (name: string) => path.posix.join(flowsDir.split(path.sep).join('/'), name);
  const settingsFile = rel(SETTINGS_FILE);

  let settings: Settings | undefined;
  let settingsLine: LoadedFlows['settingsLine'] = () => 0;
  let complete = true;
  const names = readdirSync(dir)
    .filter((n) => (n.endsWith('.yaml') || n.endsWith('.yml')) && n !== REVIEW_FILE)
    .sort();
  if (!names.includes(SETTINGS_FILE)) {
    issues.push({
      severity: 'error',
      code: 'schema',
      file: settingsFile,
      line: 0,
      message: 'settings file is missing',
    });
  }
  for (const name of names) {
    const file = rel(name);
    const yaml = parseLocatedYaml(readFileSync(path.join(dir, name), 'utf8'));
    for (const e of yaml.errors)
      issues.push({ severity: 'error', code: 'yaml_syntax', file, line: e.line, message: e.message });
    if (yaml.errors.length) {
      if (name !== SETTINGS_FILE) complete = false;
      continue;
    }
    if (name === SETTINGS_FILE) {
      settingsLine = yaml.lineOf;
      const parsed = settingsSchema.safeParse(yaml.data);
      if (parsed.success) settings = parsed.data;
      else
        for (const z of parsed.error.issues)
          issues.push(schemaIssue(file, yaml.lineOf(z.path), z.path, z.message, yaml.data));
      continue;
    }
    const parsed = flowFileSchema.safeParse(yaml.data);
    if (!parsed.success) {
      complete = false;
      for (const z of parsed.error.issues)
        issues.push(schemaIssue(file, yaml.lineOf(z.path), z.path, z.message, yaml.data));
      continue;
    }
    parsed.data.nodes.forEach((node, index) => {
      const line = yaml.lineOf(['nodes', index]);
      const existing = sources.get(node.id);
      if (existing) {
        issues.push({
          severity: 'error',
          code: 'duplicate_node',
          file,
          line,
          message: `node id "${node.id}" is already defined at ${existing.file}:${existing.line}`,
        });
        return;
      }
      nodes.set(node.id, node as FlowNode);
      sources.set(node.id, {
        file,
        line,
        optionLines: (node.options ?? []).map((_, i) => yaml.lineOf(['nodes', index, 'options', i])),
      });
    });
  }
  if (settings && !settings.locales.enabled.includes(settings.locales.default)) {
    issues.push({
      severity: 'error',
      code: 'schema',
      file: settingsFile,
      line: settingsLine(['locales', 'default']),
      message: `locales.default "${settings.locales.default}" is not in locales.enabled (${settings.locales.enabled.join(', ')})`,
    });
  }
  return { settings, settingsFile, nodes, sources, issues, settingsLine, complete };
}

/** A schema issue names the path and, when it is a plain value, what was written there ("nodes.1.id "Rights_Page": …"). */
function schemaIssue(
  file: string,
  line: number,
  at: readonly PropertyKey[],
  message: string,
  data: unknown,
): ContentIssue {
  const value = at.reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    data,
  );
  const written =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? ` ${JSON.stringify(value)}`
      : '';
  const where = at.length ? `${at.map(String).join('.')}${written}: ` : '';
  return { severity: 'error', code: 'schema', file, line, message: `${where}${message}` };
}

/** Builds the engine's graph from loaded flows (call only when there are no errors). */
export function toGraph(flows: LoadedFlows): FlowGraph {
  if (!flows.settings) throw new Error('settings missing');
  return { nodes: flows.nodes, ...flows.settings.entry };
}
