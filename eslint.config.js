// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Imports point inward: engine <- content <- app <- {store, channels} <- main. */
const ENGINE_ONLY_LOCAL =
  'src/engine is pure: it imports nothing outside src/engine (no packages, no node:, no other src folder).';
const NO_ADAPTERS =
  'Only the start-up wiring (src/main/main.ts, src/main/cli) imports channel adapters; depend on src/ports instead.';

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
    files: ['src/**/*.ts'],
    ignores: ['src/kernel/engine/**', 'src/adapters/channels/**', 'src/main/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)channels(/|$)', message: NO_ADAPTERS }] }],
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
