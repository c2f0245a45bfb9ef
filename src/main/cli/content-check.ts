import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue } from '../../kernel/content/issues.js';
import { checkKnownContent } from '../known.js';

/**
 * `npm run content:check [dir]`: checks flows and locales and prints every
 * problem with file:line, errors first, warnings apart. Exits 1 on errors.
 */
const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..'));
const result = checkKnownContent(root);
if (result.errors.length) {
  console.log(`Errors (${result.errors.length}) — the bot will not start until these are fixed:`);
  for (const issue of result.errors) console.log(`  ${formatIssue(issue)}`);
}
if (result.warnings.length) {
  console.log(`Warnings (${result.warnings.length}) — worth fixing, not blocking:`);
  for (const issue of result.warnings) console.log(`  ${formatIssue(issue)}`);
}
const nodes = result.flows.nodes.size;
const locales = result.flows.settings?.locales.enabled.join(', ') ?? '?';
console.log(
  `${result.errors.length ? 'FAILED' : 'OK'}: ${nodes} screens, locales ${locales}, ${result.errors.length} error(s), ${result.warnings.length} warning(s)`,
);
process.exit(result.errors.length ? 1 : 0);
