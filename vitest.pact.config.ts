import { defineConfig } from 'vitest/config';

// Pact tests only, run as their own steps (see package.json): the consumer
// tests (`pact:consumer`) and the provider tests (`pact:provider`) each in a
// vitest run of their own, chosen by a file filter on the command line.
export default defineConfig({
  test: {
    include: ['src/**/*.pact.test.ts'],
    // Pact's native core is one per process: no parallel files.
    fileParallelism: false,
    // A consumer test now and then finds its request "expected but not received" by the Pact mock
    // server when the machine is busy (seen about once in ten loaded runs, also before this config
    // changed); each test starts a mock server of its own, so a second try is a clean one.
    retry: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
