import { defineConfig } from 'vitest/config';

/** Browser tests: the real H5 build (dist/h5) in headless Chromium against the local runtime. */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/support/build-functions.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
