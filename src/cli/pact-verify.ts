#!/usr/bin/env node
import { createUsersClient } from '../client/create-users-client.js';
import { UsersApiError } from '../client/users-api-error.js';
import { readPactFile } from '../pact/read-pact-file.js';
import { verifyPact, type PactVerification } from '../pact/verify-pact.js';
import type { FaultName } from '../reference/faults.js';
import { startReferenceServer, type ReferenceServer } from '../reference/start-reference-server.js';
import { CliError } from './cli-error.js';
import { isCommandEntry } from './command-entry.js';
import type { Io } from './conform-command.js';
import { parsePactVerifyArgs, pactVerifyUsage, type PactVerifyOptions } from './parse-pact-verify-args.js';

/** The same codes as `conform`: verified, a mismatch, could not run. */
const exit = { ok: 0, mismatch: 1, error: 2 } as const;

/** Throws CliError when the target does not answer at all; any HTTP answer will do. */
async function ensureReachable(baseUrl: string, options: PactVerifyOptions): Promise<void> {
  const client = createUsersClient({ baseUrl, headers: options.headers, timeoutMs: options.timeoutMs, retries: 0 });
  try {
    await client.users.list({ limit: 1 });
  } catch (error) {
    if (error instanceof UsersApiError && (error.kind === 'network' || error.kind === 'timeout')) {
      throw new CliError(`cannot reach ${baseUrl}: ${error.message.replace(/^GET \S+: /, '')}`);
    }
  } finally {
    await client.close();
  }
}

function printVerdicts(result: PactVerification, target: string, io: Io): void {
  io.out('');
  io.out(`pact-verify: ${result.consumer} → ${result.provider} at ${target}`);
  for (const interaction of result.interactions) {
    const given = interaction.states.length > 0 ? ` (given ${interaction.states.join(', ')})` : '';
    io.out(`  ${interaction.ok ? 'PASS' : 'FAIL'} ${interaction.description}${given}`);
    // A list page repeats one mismatch per user; the first few tell the story.
    for (const problem of interaction.problems.slice(0, 5)) io.out(`         ${problem}`);
    if (interaction.problems.length > 5) io.out(`         … and ${interaction.problems.length - 5} more`);
  }
  const failed = result.interactions.filter((i) => !i.ok).length;
  io.out(`${result.interactions.length} interactions: ${result.interactions.length - failed} verified, ${failed} failed`);
}

/** The whole `pact:verify` command; returns the exit code, never throws, never exits. */
export async function runPactVerify(argv: string[], io: Io): Promise<number> {
  let options: PactVerifyOptions;
  try {
    options = parsePactVerifyArgs(argv);
    if (options.help) return io.out(pactVerifyUsage), exit.ok;
    await readPactFile(options.pactFile);
  } catch (error) {
    io.err(`pact-verify: ${error instanceof Error ? error.message : String(error)}`);
    return exit.error;
  }

  let server: ReferenceServer | undefined;
  try {
    if (options.baseUrl === undefined) server = await startReferenceServer({ faults: options.faults as FaultName[], seedUsers: 20 });
    const baseUrl = options.baseUrl ?? server!.url;
    await ensureReachable(baseUrl, options);
    const result = await verifyPact({ baseUrl, pactFile: options.pactFile, headers: options.headers, timeoutMs: options.timeoutMs });
    const target = server ? `${baseUrl} (embedded reference${options.faults.length > 0 ? `, faults: ${options.faults.join(', ')}` : ''})` : baseUrl;
    printVerdicts(result, target, io);
    return result.ok ? exit.ok : exit.mismatch;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`pact-verify: ${message.split('\n')[0]}`);
    return exit.error;
  } finally {
    await server?.close();
  }
}

// Run as a command.
if (isCommandEntry(import.meta.url)) {
  const code = await runPactVerify(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
  process.exit(code);
}
