import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Tests open real SQLite files and real loopback servers; a few files at a time keeps a 2-core CI machine steady.
    maxWorkers: 2,
  },
});
