#!/usr/bin/env node
import { faultNames, faults, type FaultName } from '../reference/faults.js';
import { startReferenceServer, type ReferenceServerOptions } from '../reference/start-reference-server.js';
import { CliError } from './cli-error.js';
import { isCommandEntry } from './command-entry.js';
import { parseCommandLine, splitListArgs } from './option-values.js';

export const serveUsage = `Usage: users-api-reference-server [options]   (in a clone: npm run serve -- [options])

Starts the embedded reference implementation of the Users API (in memory).

Options:
  --port=N          the port (default: 8080; 0 picks a free one)
  --host=HOST       the address to listen on (default: 127.0.0.1)
  --seed-users=N    start with N users, spread over the four statuses (default: 0)
  --max-users=N     refuse creates past N stored users (default: 2000000)
  --fault=NAME      switch a deliberate fault on (repeatable, or comma-separated)
  --variant=NAME    reference (default), or alternative: a second correct implementation
                    that takes the other choice wherever the contract leaves one open
  --list-faults     print the faults and the rule each breaks, and exit
  --help            print this and exit

Stops on SIGINT or SIGTERM.`;

export interface ServeIo {
  out(line: string): void;
  err(line: string): void;
  /** Stops the server (besides SIGINT and SIGTERM). */
  stop?: AbortSignal;
  /** Told the URL once the server listens. */
  onListening?(url: string): void;
}

const processIo: ServeIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

function whole(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^[0-9]+$/.test(value)) throw new CliError(`--${name} must be a whole number, got '${value}'`);
  const n = Number(value);
  if (n < min || n > max) throw new CliError(`--${name} must be from ${min} to ${max}, got ${value}`);
  return n;
}

type Parsed = { kind: 'help' } | { kind: 'list-faults' } | { kind: 'serve'; options: ReferenceServerOptions };

function parseServeArgs(argv: string[]): Parsed {
  const parsed = parseCommandLine({
    args: argv,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'seed-users': { type: 'string' },
      'max-users': { type: 'string' },
      fault: { type: 'string', multiple: true },
      variant: { type: 'string' },
      'list-faults': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const v = parsed.values;
  if (v.help) return { kind: 'help' };
  if (v['list-faults']) return { kind: 'list-faults' };
  const names = splitListArgs(v.fault);
  const unknown = names.filter((name) => !Object.hasOwn(faults, name));
  if (unknown.length > 0) throw new CliError(`unknown fault '${unknown[0]}' (see --list-faults)`);
  const maxUsers = whole('max-users', v['max-users'], 2_000_000, 1, Number.MAX_SAFE_INTEGER);
  const seedUsers = whole('seed-users', v['seed-users'], 0, 0, maxUsers);
  if (v.host !== undefined && v.host.trim() === '') throw new CliError('--host must not be empty');
  const variant = v.variant ?? 'reference';
  if (variant !== 'reference' && variant !== 'alternative') throw new CliError(`--variant must be reference or alternative, got '${variant}'`);
  if (variant === 'alternative' && names.length > 0) throw new CliError('--fault applies to --variant=reference only');
  return {
    kind: 'serve',
    options: {
      host: v.host ?? '127.0.0.1',
      port: whole('port', v.port, 8080, 0, 65535),
      seedUsers,
      maxUsers,
      faults: names as FaultName[],
      variant,
    },
  };
}

/**
 * The `serve` command: parses `argv`, starts the reference server and runs
 * until SIGINT, SIGTERM or `io.stop`. Returns the exit code: 0 done, 1 the
 * server could not start, 2 bad arguments.
 */
export async function runServe(argv: string[], io: ServeIo = processIo): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseServeArgs(argv);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.err(`serve: ${error.message}`);
    return 2;
  }
  if (parsed.kind === 'help') {
    io.out(serveUsage);
    return 0;
  }
  if (parsed.kind === 'list-faults') {
    for (const name of faultNames) io.out(`${name} — ${faults[name].rule}`);
    return 0;
  }

  let server;
  try {
    server = await startReferenceServer(parsed.options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EADDRINUSE' ? `port ${parsed.options.port} is in use` : (error as Error).message.split('\n')[0];
    io.err(`serve: cannot start the server: ${why}`);
    return 1;
  }
  io.out(`Users API reference server${parsed.options.variant === 'alternative' ? ' (alternative variant)' : ''} listening on ${server.url}`);
  if (parsed.options.faults?.length) io.err(`serve: faults on: ${parsed.options.faults.join(', ')}`);
  io.onListening?.(server.url);

  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      io.stop?.removeEventListener('abort', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    if (io.stop?.aborted) stop();
    else io.stop?.addEventListener('abort', stop);
  });
  await server.close();
  return 0;
}

// Run as a command (the installed bin, or tsx src/cli/serve.ts), not when imported by a test.
if (isCommandEntry(import.meta.url)) {
  // A closed pipe (`--list-faults | head`) ends the output, not with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = await runServe(process.argv.slice(2));
}
