import { parseArgs } from 'node:util';
import { parseBaseUrl } from '../http/http-client.js';
import { CliError } from './cli-error.js';

export interface ConformOptions {
  baseUrl?: string;
  reportDir: string;
  seed?: number;
  strict: boolean;
  readOnly: boolean;
  headers: Record<string, string>;
  timeoutMs: number;
  runs: number;
  only: string[];
  skip: string[];
  concurrency: number;
  maxTimeMs: number;
  /** Requests per second at most. */
  rateLimit?: number;
  faults: string[];
  listRequirements: boolean;
  help: boolean;
  version: boolean;
}

export const conformUsage = `Usage: npm run conform -- [options]

Runs the Users API conformance suite against a target and writes reports.
Without --base-url it starts the embedded reference server and tests that.

Options:
  --base-url=URL          the target (http or https); all requests stay on its origin
  --report-dir=DIR        where reports go (default: reports)
  --seed=N                replay a run: the same seed sends the same requests
  --runs=N                generated cases per property (default: 20)
  --strict                SHOULD failures fail the run too
  --read-only             send only GET requests (checks that write are skipped)
  --header='Name: value'  sent with every request, redacted in reports (repeatable)
  --timeout=MS            per request (default: 10000)
  --max-time=S            bound on the whole run in seconds (default: 300)
  --concurrency=N         requirements run at once (default: 4)
  --rate-limit=N/s        at most N requests a second (a 429 is always waited out)
  --only=ID|AREA,...      run only these requirements or areas (repeatable)
  --skip=ID|AREA,...      leave these out (repeatable)
  --fault=NAME            with no --base-url: switch a fault on in the embedded server
  --list-requirements     print the catalogue and exit
  --help, --version

Exit codes: 0 conformant, 1 not conformant, 2 the run could not be done.`;

function integer(name: string, value: string | undefined, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  if (!/^-?[0-9]+$/.test(value)) throw new CliError(`--${name} must be a whole number, got '${value}'`);
  const n = Number(value);
  if (n < min || n > max) throw new CliError(`--${name} must be from ${min} to ${max}, got ${value}`);
  return n;
}

function list(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

/** Parses `conform`'s arguments; throws CliError with a one-line message. */
export function parseConformArgs(argv: string[]): ConformOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        'base-url': { type: 'string' },
        'report-dir': { type: 'string' },
        seed: { type: 'string' },
        runs: { type: 'string' },
        strict: { type: 'boolean' },
        'read-only': { type: 'boolean' },
        header: { type: 'string', multiple: true },
        timeout: { type: 'string' },
        'max-time': { type: 'string' },
        concurrency: { type: 'string' },
        'rate-limit': { type: 'string' },
        only: { type: 'string', multiple: true },
        skip: { type: 'string', multiple: true },
        fault: { type: 'string', multiple: true },
        'list-requirements': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message.split('\n')[0]} (see --help)`);
  }
  const v = parsed.values;
  const headers: Record<string, string> = {};
  for (const header of v.header ?? []) {
    const match = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):\s*(.*)$/.exec(header);
    if (!match) throw new CliError(`--header must look like 'Name: value', got '${header.split(':')[0]}…'`);
    headers[match[1]] = match[2];
  }
  if (v['base-url'] !== undefined) {
    try {
      parseBaseUrl(v['base-url']);
    } catch (error) {
      throw new CliError(`--base-url: ${(error as Error).message}`);
    }
  }
  let rateLimit: number | undefined;
  if (v['rate-limit'] !== undefined) {
    const match = /^([0-9]+(?:\.[0-9]+)?)(?:\/s)?$/.exec(v['rate-limit']);
    if (!match || Number(match[1]) <= 0) throw new CliError(`--rate-limit must look like 50/s, got '${v['rate-limit']}'`);
    rateLimit = Number(match[1]);
  }
  const faults = list(v.fault);
  if (faults.length > 0 && v['base-url'] !== undefined) throw new CliError('--fault applies to the embedded server only; drop --base-url or --fault');
  return {
    baseUrl: v['base-url'],
    reportDir: v['report-dir'] ?? 'reports',
    seed: v.seed === undefined ? undefined : integer('seed', v.seed, 0, -2147483648, 2147483647),
    strict: v.strict ?? false,
    readOnly: v['read-only'] ?? false,
    headers,
    timeoutMs: integer('timeout', v.timeout, 10_000, 1, 600_000),
    runs: integer('runs', v.runs, 20, 1, 100_000),
    only: list(v.only),
    skip: list(v.skip),
    concurrency: integer('concurrency', v.concurrency, 4, 1, 64),
    maxTimeMs: integer('max-time', v['max-time'], 300, 1, 86_400) * 1000,
    rateLimit,
    faults,
    listRequirements: v['list-requirements'] ?? false,
    help: v.help ?? false,
    version: v.version ?? false,
  };
}
