// `npm run mutation`: StrykerJS mutates the reference server's correct code and
// runs scripts/mutation-test.ts (the suite against the mutated server, with and
// without seeded users) once per mutant. Far too slow for CI; see docs/mutation.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'command',
  commandRunner: { command: 'npx tsx scripts/mutation-test.ts' },
  // The correct code and the seams' defaults (correctSeams). Not the faults, which
  // are proven by the fault matrix, nor faults.ts, which only switches them on;
  // not the alternative variant, which the suite never runs against here.
  mutate: [
    'src/reference/**/*.ts',
    '!src/reference/**/*.test.ts',
    '!src/reference/faults.ts',
    '!src/reference/faults/**',
    '!src/reference/alternative/**',
  ],
  // The command runner knows nothing of coverage: every mutant runs the whole suite.
  coverageAnalysis: 'off',
  // Mutants that break types still run: tsx strips types, and the HTTP answers are what count.
  checkers: [],
  tempDirName: '.stryker-tmp',
  // Not needed in the sandbox; copying them only slows the start.
  ignorePatterns: ['docs', 'pacts', 'scratch', 'reports'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // One pass of the test takes ~4 s here when quiet and ~25 s under load: wait well past that before calling a mutant a hang.
  timeoutMS: 60_000,
};
