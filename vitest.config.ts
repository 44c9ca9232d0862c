import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'suites/**/*.test.ts', 'test/**/*.test.ts'],
    // Pact consumer and provider tests run as their own steps (see package.json), never in this run.
    exclude: ['**/node_modules/**', '**/*.pact.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
