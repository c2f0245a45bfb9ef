// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Imports point inward: engine <- content <- app <- {store, channels} <- main. */
const ENGINE_ONLY_LOCAL =
  'src/engine is pure: it imports nothing outside src/engine (no packages, no node:, no other src folder).';
const NO_ADAPTERS =
  'Only the start-up wiring (src/main/main.ts, src/main/cli) imports channel adapters; depend on src/ports instead.';

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
    files: ['src/main/cli/**/*.ts', 'bench/**/*.ts', 'tests/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
