import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeRegistry } from '../../main/known.js';
import { settingsGlobals } from '../../kernel/content/globals.js';
import { renderFlowGraph } from '../../kernel/content/graph.js';
import { loadFlows } from '../../kernel/content/load-flows.js';
import { Translator } from '../../kernel/content/translator.js';

/**
 * `npm run content:graph [dir]`: writes docs/flows.md, a Mermaid map of every flow
 * with the English text of each screen. Run it after changing flows; run
 * `npm run content:check` first, since the map draws broken links as they are.
 */
const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..'));
const flows = loadFlows(root);
if (!flows.settings) {
  console.log('FAILED: flows/settings.yaml is missing or invalid; run npm run content:check');
  process.exit(1);
}
const settings = flows.settings;
// The map is in the default language (English), with { $org } and friends filled in.
const translator = new Translator(path.join(root, 'locales'), settings.locales.default, settingsGlobals(settings));
const markdown = renderFlowGraph({
  nodes: [...flows.nodes.values()].map((node) => ({ node, file: flows.sources.get(node.id)?.file ?? '?' })),
  home: settings.entry.home,
  registry: nodeRegistry(),
  locales: settings.locales.enabled,
  text: (id) => translator.t(settings.locales.default, id),
});
const out = path.join(root, 'docs', 'flows.md');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, markdown);
const problems = flows.issues.filter((i) => i.severity === 'error').length;
console.log(
  `wrote ${path.relative(process.cwd(), out) || out}: ${flows.nodes.size} screens${problems ? ` (${problems} load error(s): run npm run content:check)` : ''}`,
);
