import { defineConfig } from 'vitest/config';

// Pact tests only, run as their own steps (see package.json): the consumer
// tests (`pact:consumer`) and the provider tests (`pact:provider`) each in a
// vitest run of their own, chosen by a file filter on the command line.
export default defineConfig({
  test: {
    include: ['src/**/*.pact.test.ts'],
    // Pact's native core is one per process: no parallel files.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
