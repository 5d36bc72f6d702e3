import { defineConfig } from 'vitest/config';

/** Unit, storage and function tests. Browser tests have their own config (vitest.browser.mts). */
export default defineConfig({
  test: {
    include: [
      'core/**/*.test.ts',
      'content/**/*.test.ts',
      'local/**/*.test.ts',
      'cloudfunctions/*/src/**/*.test.ts',
      'tests/functions/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    globalSetup: ['tests/support/build-functions.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
