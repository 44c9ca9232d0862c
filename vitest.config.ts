import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'suites/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    // Pact consumer and provider tests run as their own steps (see package.json), never in this run.
    exclude: ['**/node_modules/**', '**/*.pact.test.ts'],
    // Most tests wait on child processes and sockets, not on the CPU: a worker per core
    // (vitest's default leaves one core idle) takes this run from ~3.6 to ~2.3 minutes on 2 cores.
    maxWorkers: '100%',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
