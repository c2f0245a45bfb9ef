// @ts-check
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { readdirSync } from 'node:fs';
import { URL } from 'node:url';
import tseslint from 'typescript-eslint';

/**
 * Import rules (docs/ARCHITECTURE.md, "Layers"): kernel/engine <- kernel <- {adapters, features} <- main.
 * Each rule has a test that it fires (tests/lint.test.ts).
 */
const ENGINE_ONLY_LOCAL =
  'src/kernel/engine is pure: it imports nothing outside src/kernel/engine (no packages, no node:, no other src folder).';
const NODE_PURE =
  'A node type is pure (it runs inside the engine): import only from src/kernel/engine and the same folder, never packages or node:.';
const PLATFORM_LIBRARIES = [
  'telegraf',
  'whatsapp-web.js',
  'puppeteer',
  'puppeteer-core',
  'sqlite3',
  'prom-client',
  'qrcode-terminal',
];
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Zones for import-x/no-restricted-paths: `target` may not import from `from`. */
const zones = [
  {
    target: './src/kernel',
    from: ['./src/features', './src/adapters', './src/main'],
    message: 'The kernel imports no feature, adapter or main/: add a kernel port or hook and let main/ wire it.',
  },
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'A feature never imports another feature: what two features share becomes a kernel hook or port.',
  })),
  {
    target: './src/features',
    from: ['./src/adapters/channels', './src/adapters/http', './src/adapters/ops', './src/main'],
    message:
      'Features import the kernel only (and their *-repo.ts files the store adapter); settings come from compose.',
  },
  {
    target: './src/features/*/**/!(*-repo).ts',
    from: './src/adapters/store',
    message:
      "Only a feature's *-repo.ts files (and the feature table, src/features/index.ts) import the store adapter.",
  },
  {
    target: './src/adapters/channels',
    from: ['./src/features', './src/main', './src/adapters/store', './src/adapters/http', './src/adapters/ops'],
    message: 'Channel adapters import the kernel only (ports, content, conversation, staff).',
  },
  {
    target: './src/adapters',
    from: ['./src/main'],
    message: 'Nothing but src/main imports src/main: adapters get their settings handed in.',
  },
  {
    target: ['./src/adapters/store', './src/adapters/http', './src/adapters/ops'],
    from: ['./src/features', './src/adapters/channels'],
    message: 'The store, HTTP and operations adapters import the kernel only.',
  },
];

/** Errors are never swallowed: a handler logs (through the redacting pino logger), rethrows, or handles them. */
const SWALLOWED =
  'This swallows the error. Log it (log.warn({ err }, "why")), rethrow it, or handle it as the expected answer, with a comment saying why.';
/** The selectors behind the rule; tests/lint.test.ts shows each one firing, and a logged handler passing. */
const NO_SWALLOWED_ERRORS = [
  // catch { /* only a comment */ } — `no-empty` lets a commented block through.
  { selector: 'CatchClause > BlockStatement.body[body.length=0]', message: SWALLOWED },
  // promise.catch(() => …): a handler that does not even take the error.
  {
    selector: 'CallExpression[callee.property.name="catch"] > :function.arguments[params.length=0]',
    message: SWALLOWED,
  },
  // promise.catch((err) => undefined | a constant | {}): takes the error and drops it.
  {
    selector:
      'CallExpression[callee.property.name="catch"] > :function.arguments[params.length>0]:matches([body.type="Literal"], [body.type="Identifier"][body.name="undefined"], [body.type="BlockStatement"][body.body.length=0], [body.type="UnaryExpression"][body.operator="void"][body.argument.type="Literal"])',
    message: SWALLOWED,
  },
  // promise.then(ok, () => …): the same, as a second argument.
  {
    selector: 'CallExpression[callee.property.name="then"] > :function.arguments:nth-child(2)[params.length=0]',
    message: SWALLOWED,
  },
  // x as never / x as any: type it instead (src/adapters/channels/telegram/bot-api.ts types the Bot API).
  {
    selector: 'TSAsExpression > :matches(TSNeverKeyword, TSAnyKeyword).typeAnnotation',
    message: 'Type this instead of casting to never or any.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'coverage/**',
      'data/**',
      'docs/**',
      'tests/kernel/content/broken/**',
      '.puppeteerrc.cjs',
      '.ci/out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones }],
    },
  },
  {
    files: ['src/kernel/**/*.ts', 'src/features/**/*.ts', 'src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: PLATFORM_LIBRARIES.map((name) => ({
            name,
            message: 'Only adapters import platform libraries (src/adapters/...).',
          })),
        },
      ],
    },
  },
  {
    files: ['src/kernel/engine/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!\\./)', message: ENGINE_ONLY_LOCAL }] }] },
  },
  {
    files: ['src/kernel/engine/*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\.\\.?/)|^\\.\\./\\.\\./', message: ENGINE_ONLY_LOCAL }] },
      ],
    },
  },
  {
    files: ['src/features/*/node.ts', 'src/features/*/form.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\./|\\.\\./\\.\\./kernel/engine/)', message: NODE_PURE }] },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-restricted-syntax': ['error', ...NO_SWALLOWED_ERRORS],
    },
  },
  {
    files: ['src/main/cli/**/*.ts', 'bench/**/*.ts', 'tests/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
