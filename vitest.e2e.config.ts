/** Real-browser tests of the built extension: one file at a time, since each starts a browser. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxConcurrency: 1,
  },
});
