import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { checkPactAgainstSpec } from '../pact/check-pact-against-spec.js';
import { defaultPactFile } from '../pact/pact-names.js';
import { readPactFile } from '../pact/read-pact-file.js';
import { defaultSpecPath, loadSpec } from '../spec/load-spec.js';
import { createValidators } from '../validate/create-ajv.js';
import type { Io } from './conform-command.js';

export const pactCheckSpecUsage = `Usage: npm run pact:check-spec -- [options]

Checks that every interaction of a pact — request and response — is allowed
by the OpenAPI document: a documented path, method and status, parameters
and bodies that fit the schemas.

Options:
  --pact=PATH   the pact file (default: pacts/users-api-client-users-api.json)
  --spec=PATH   the OpenAPI document (default: spec/users.openapi.yaml)
  --help

Exit codes: 0 the spec allows every interaction, 1 it does not, 2 the check could not run.`;

const exit = { ok: 0, mismatch: 1, error: 2 } as const;

/** The whole `pact:check-spec` command; returns the exit code, never throws, never exits. */
export async function runPactCheckSpec(argv: string[], io: Io): Promise<number> {
  let pactPath: string;
  let specPath: string;
  try {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: { pact: { type: 'string' }, spec: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) return io.out(pactCheckSpecUsage), exit.ok;
    pactPath = values.pact ?? defaultPactFile;
    specPath = values.spec ?? defaultSpecPath;
  } catch (error) {
    io.err(`pact-check-spec: ${(error as Error).message.split('\n')[0]} (see --help)`);
    return exit.error;
  }

  try {
    const [pact, spec] = await Promise.all([readPactFile(pactPath), loadSpec(specPath)]);
    const results = checkPactAgainstSpec(pact, spec, createValidators(spec));
    io.out(`pact-check-spec: ${relative(process.cwd(), pactPath)} against ${relative(process.cwd(), specPath)}`);
    for (const result of results) {
      io.out(`  ${result.problems.length === 0 ? 'PASS' : 'FAIL'} ${result.description}${result.operationId ? ` (${result.operationId})` : ''}`);
      for (const problem of result.problems) io.out(`         ${problem}`);
    }
    const failed = results.filter((r) => r.problems.length > 0).length;
    io.out(`${results.length} interactions: ${results.length - failed} allowed by the spec, ${failed} not`);
    return failed === 0 ? exit.ok : exit.mismatch;
  } catch (error) {
    io.err(`pact-check-spec: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    return exit.error;
  }
}

// Run as a command.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const code = await runPactCheckSpec(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
  process.exit(code);
}
