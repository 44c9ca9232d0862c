// The test `npm run mutation` runs once per mutant (see stryker.config.mjs and
// docs/mutation.md). Stryker runs it in its sandbox, beside the mutated sources,
// with __STRYKER_ACTIVE_MUTANT__ set; both servers below are built from those
// sources in this process, so the mutant is the one switched on. Exit 0: the
// mutant survived; anything else: the suite saw it.
import { runConform } from '../src/cli/conform.js';
import { startReferenceServer } from '../src/reference/start-reference-server.js';

// --strict: a mutant that breaks a SHOULD rule is seen too (docs/mutation.md
// counts it as caught). The runs take turns, each replacing the last one's
// reports (only the exit codes count), under the working directory: they go
// with Stryker's sandbox, or into the ignored reports/ when run by hand.
const conformArgs = ['--seed=1', '--strict', '--quiet', '--report-dir=reports/mutation/conform'];

interface Target {
  name: string;
  /** Absent: conform's embedded server, which seeds 150 users. */
  seedUsers?: number;
}

// The second target has no users at all: a mutant that made every create fail
// went unseen while the suite always met 150 seeded users.
const targets: readonly Target[] = [{ name: 'embedded server, 150 seeded users' }, { name: 'reference server, 0 seeded users', seedUsers: 0 }];

async function conformAgainst(target: Target): Promise<number> {
  const server = target.seedUsers === undefined ? undefined : await startReferenceServer({ seedUsers: target.seedUsers });
  // No env: CONFORM_* settings of the caller's shell do not change what is measured.
  const argv = [...conformArgs, ...(server ? [`--base-url=${server.url}`] : [])];
  try {
    return await runConform(argv, { out: () => {}, err: (line) => process.stderr.write(`${line}\n`), env: {} });
  } finally {
    await server?.close();
  }
}

async function main(): Promise<number> {
  for (const target of targets) {
    const code = await conformAgainst(target);
    process.stderr.write(`mutation-test: ${target.name}: exit ${code}\n`);
    // One run that fails is enough to kill the mutant.
    if (code !== 0) return code;
  }
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  // A mutant that breaks start-up is caught too; one line, no stack.
  process.stderr.write(`mutation-test: could not run: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
