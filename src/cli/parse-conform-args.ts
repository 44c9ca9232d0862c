import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseBaseUrl } from '../http/parse-base-url.js';
import { CliError } from './cli-error.js';
import { parseHeaderArgs } from './parse-header-args.js';
import { parseShard, type Shard } from './parse-shard.js';
import { splitListArgs } from './split-list-args.js';

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
  /** What fails the gate; `should` is --strict (and sets `strict`). */
  failOn: 'must' | 'should';
  quiet: boolean;
  verbose: boolean;
  shard?: Shard;
  /** A previous conformance.json to compare this run with. */
  compare?: string;
  /** The config file given with --config (read by resolveConformArgv). */
  config?: string;
  /** `--diff OLD NEW` and `--merge-reports DIR...`: run nothing, work on reports. */
  diff: boolean;
  mergeReports: boolean;
  /** The paths after --diff or --merge-reports. */
  paths: string[];
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
  --concurrency=N         requirements run at once (default: 8)
  --rate-limit=N/s        at most N requests a second (a 429 is always waited out)
  --only=ID|AREA,...      run only these requirements or areas (repeatable)
  --skip=ID|AREA,...      leave these out (repeatable)
  --fault=NAME            with no --base-url: switch a fault on in the embedded server
  --fail-on=must|should   what fails the gate (default: must; should is --strict)
  --shard=I/N             run part I of N of the requirements (a CI matrix; see README)
  --compare=FILE          after the run, list what newly fails or passes since FILE (a conformance.json)
  --config=FILE           read options from FILE (default: ./conform.config.json if present)
  --quiet                 print only the summary and errors
  --verbose               also print every finding as requirements end
  --list-requirements     print the catalogue and exit
  --diff OLD NEW          compare two conformance.json files and exit (1: something newly fails)
  --merge-reports DIR...  join the shards' reports into one, in all four formats, and exit
  --help, --version

Every option also comes from conform.config.json or a CONFORM_* environment variable
(CONFORM_BASE_URL, CONFORM_HEADERS, ...: see README); flags win over the environment,
the environment over the file.

Exit codes: 0 conformant, 1 not conformant, 2 the run could not be done.`;

function integer(name: string, value: string | undefined, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  if (!/^-?[0-9]+$/.test(value)) throw new CliError(`--${name} must be a whole number, got '${value}'`);
  const n = Number(value);
  if (n < min || n > max) throw new CliError(`--${name} must be from ${min} to ${max}, got ${value}`);
  return n;
}

/** conform's options for node:util parseArgs (shared with resolveConformArgv). */
export const conformArgOptions = {
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
  'fail-on': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean' },
  shard: { type: 'string' },
  compare: { type: 'string' },
  config: { type: 'string' },
  diff: { type: 'boolean' },
  'merge-reports': { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

/** Parses `conform`'s arguments; throws CliError with a one-line message. */
export function parseConformArgs(argv: string[]): ConformOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, strict: true, allowPositionals: true, options: conformArgOptions });
  } catch (error) {
    throw new CliError(`${(error as Error).message.split('\n')[0]} (see --help)`);
  }
  const v = parsed.values;
  const headers = parseHeaderArgs(v.header);
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
  const faults = splitListArgs(v.fault);
  if (faults.length > 0 && v['base-url'] !== undefined) throw new CliError('--fault applies to the embedded server only; drop --base-url or --fault');
  const failOn = v['fail-on'] ?? (v.strict ? 'should' : 'must');
  if (failOn !== 'must' && failOn !== 'should') throw new CliError(`--fail-on must be must or should, got '${failOn}'`);
  if (v.strict && failOn === 'must') throw new CliError('--strict and --fail-on=must disagree; give one');
  if (v.quiet && v.verbose) throw new CliError('--quiet and --verbose disagree; give one');
  if (v.diff && v['merge-reports']) throw new CliError('--diff and --merge-reports are two commands; give one');
  if (v.diff && parsed.positionals.length !== 2) throw new CliError('--diff takes two reports: --diff OLD.json NEW.json');
  if (v['merge-reports'] && parsed.positionals.length === 0) throw new CliError('--merge-reports takes the shard report dirs (or conformance.json files)');
  if (!v.diff && !v['merge-reports'] && parsed.positionals.length > 0) throw new CliError(`unexpected argument '${parsed.positionals[0]}' (see --help)`);
  return {
    baseUrl: v['base-url'],
    reportDir: v['report-dir'] ?? 'reports',
    seed: v.seed === undefined ? undefined : integer('seed', v.seed, 0, -2147483648, 2147483647),
    strict: failOn === 'should',
    readOnly: v['read-only'] ?? false,
    headers,
    timeoutMs: integer('timeout', v.timeout, 10_000, 1, 600_000),
    runs: integer('runs', v.runs, 20, 1, 100_000),
    only: splitListArgs(v.only),
    skip: splitListArgs(v.skip),
    concurrency: integer('concurrency', v.concurrency, 8, 1, 64),
    maxTimeMs: integer('max-time', v['max-time'], 300, 1, 86_400) * 1000,
    rateLimit,
    faults,
    listRequirements: v['list-requirements'] ?? false,
    help: v.help ?? false,
    version: v.version ?? false,
    failOn,
    quiet: v.quiet ?? false,
    verbose: v.verbose ?? false,
    shard: v.shard === undefined ? undefined : parseShard(v.shard),
    compare: v.compare,
    config: v.config,
    diff: v.diff ?? false,
    mergeReports: v['merge-reports'] ?? false,
    paths: parsed.positionals,
  };
}
