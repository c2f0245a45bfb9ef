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
  const names = readdirSync(dir).filter((n) => (n.endsWith('.yaml') || n.endsWith('.yml')) && n !== REVIEW_FILE).sort();
  if (!names.includes(SETTINGS_FILE)) {
    issues.push({ severity: 'error', code: 'schema', file: settingsFile, line: 0, message: 'settings file is missing' });
  }
  for (const name of names) {
    const file = rel(name);
    const yaml = parseLocatedYaml(readFileSync(path.join(dir, name), 'utf8'));
    for (const e of yaml.errors) issues.push({ severity: 'error', code: 'yaml_syntax', file, line: e.line, message: e.message });
    if (yaml.errors.length) continue;
    if (name === SETTINGS_FILE) {
      const parsed = settingsSchema.safeParse(yaml.data);
      if (parsed.success) settings = parsed.data;
      else for (const z of parsed.error.issues) issues.push(schemaIssue(file, yaml.lineOf(z.path), z.path, z.message));
      continue;
    }
    const parsed = flowFileSchema.safeParse(yaml.data);
    if (!parsed.success) {
      for (const z of parsed.error.issues) issues.push(schemaIssue(file, yaml.lineOf(z.path), z.path, z.message));
      continue;
    }
    parsed.data.nodes.forEach((node, index) => {
      const line = yaml.lineOf(['nodes', index]);
      const existing = sources.get(node.id);
      if (existing) {
        issues.push({ severity: 'error', code: 'duplicate_node', file, line, message: `node id "${node.id}" is already defined at ${existing.file}:${existing.line}` });
        return;
      }
      nodes.set(node.id, node as FlowNode);
      sources.set(node.id, { file, line, optionLines: (node.options ?? []).map((_, i) => yaml.lineOf(['nodes', index, 'options', i])) });
    });
  }
  if (settings && !settings.locales.enabled.includes(settings.locales.default)) {
    issues.push({ severity: 'error', code: 'schema', file: settingsFile, line: 0, message: `locales.default "${settings.locales.default}" is not in locales.enabled (${settings.locales.enabled.join(', ')})` });
  }
  return { settings, settingsFile, nodes, sources, issues };
}

function schemaIssue(file: string, line: number, at: readonly PropertyKey[], message: string): ContentIssue {
  const where = at.length ? `${at.map(String).join('.')}: ` : '';
  return { severity: 'error', code: 'schema', file, line, message: `${where}${message}` };
}

/** Builds the engine's graph from loaded flows (call only when there are no errors). */
export function toGraph(flows: LoadedFlows): FlowGraph {
  if (!flows.settings) throw new Error('settings missing');
  return { nodes: flows.nodes, ...flows.settings.entry };
}
