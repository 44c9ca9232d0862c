import { defaultPactFile } from '../pact/pact-names.js';
import { faults as faultTable } from '../reference/faults.js';
import { CliError } from './cli-error.js';
import { checkBaseUrl, parseCommandLine, parseHeaderArgs, splitListArgs } from './option-values.js';

export interface PactVerifyOptions {
  /** Undefined: verify the embedded reference server. */
  baseUrl?: string;
  pactFile: string;
  /** Faults of the embedded server (only without a base URL). */
  faults: string[];
  headers: Record<string, string>;
  timeoutMs: number;
  help: boolean;
}

export const pactVerifyUsage = `Usage: users-api-pact-verify [options]        (in a clone: npm run pact:verify -- [options])

Verifies the client's pact against a running Users API implementation,
setting provider states up through the public API only. Without --base-url
it starts the embedded reference server, verifies it and stops it.

Options:
  --base-url=URL          the implementation to verify (http or https)
  --pact=PATH             the pact file (default: pacts/users-api-client-users-api.json)
  --header='Name: value'  sent with every request (repeatable), e.g. an authorization header
  --timeout=MS            per request (default: 10000)
  --fault=NAME            with no --base-url: switch a fault on in the embedded server (repeatable)
  --help

Exit codes: 0 every interaction verified, 1 a mismatch, 2 verification could not run.`;

/** Parses `pact:verify`'s arguments; throws CliError with a one-line message. */
export function parsePactVerifyArgs(argv: string[]): PactVerifyOptions {
  const parsed = parseCommandLine({
    args: argv,
    allowPositionals: false,
    options: {
      'base-url': { type: 'string' },
      pact: { type: 'string' },
      fault: { type: 'string', multiple: true },
      header: { type: 'string', multiple: true },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const v = parsed.values;
  if (v['base-url'] !== undefined) checkBaseUrl(v['base-url']);
  const faults = splitListArgs(v.fault);
  if (faults.length > 0 && v['base-url'] !== undefined) throw new CliError('--fault applies to the embedded server only; drop --base-url or --fault');
  const unknown = faults.filter((f) => !Object.hasOwn(faultTable, f));
  if (unknown.length > 0) throw new CliError(`unknown fault: ${unknown.join(', ')} (see npm run serve -- --list-faults)`);
  const headers = parseHeaderArgs(v.header);
  let timeoutMs = 10_000;
  if (v.timeout !== undefined) {
    if (!/^[0-9]+$/.test(v.timeout) || Number(v.timeout) < 1 || Number(v.timeout) > 600_000) {
      throw new CliError(`--timeout must be a whole number of milliseconds from 1 to 600000, got '${v.timeout}'`);
    }
    timeoutMs = Number(v.timeout);
  }
  return { baseUrl: v['base-url'], pactFile: v.pact ?? defaultPactFile, faults, headers, timeoutMs, help: v.help ?? false };
}
