import { describe, expect, it } from 'vitest';
import { defaultPactFile } from '../pact/pact-names.js';
import { CliError } from './cli-error.js';
import { parsePactVerifyArgs, type PactVerifyOptions } from './parse-pact-verify-args.js';

describe('parsePactVerifyArgs', () => {
  const defaults: PactVerifyOptions = { baseUrl: undefined, pactFile: defaultPactFile, faults: [], headers: {}, timeoutMs: 10_000, help: false };
  const cases: { name: string; given: string[]; want: PactVerifyOptions }[] = [
    { name: 'nothing: the embedded reference', given: [], want: defaults },
    { name: 'a base URL', given: ['--base-url=http://127.0.0.1:8080'], want: { ...defaults, baseUrl: 'http://127.0.0.1:8080' } },
    { name: 'a pact file', given: ['--pact=x.json'], want: { ...defaults, pactFile: 'x.json' } },
    { name: 'faults, repeated or comma-separated', given: ['--fault=status-uppercase,plain-text-404', '--fault=create-status-active'], want: { ...defaults, faults: ['status-uppercase', 'plain-text-404', 'create-status-active'] } },
    { name: 'headers', given: ['--header=Authorization: Bearer x', '--header=X-Team:a'], want: { ...defaults, headers: { Authorization: 'Bearer x', 'X-Team': 'a' } } },
    { name: 'a timeout', given: ['--timeout=500'], want: { ...defaults, timeoutMs: 500 } },
    { name: 'help', given: ['-h'], want: { ...defaults, help: true } },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(parsePactVerifyArgs(given)).toEqual(want);
  });

  const bad: { name: string; given: string[]; want: RegExp }[] = [
    { name: 'an unknown option', given: ['--nope'], want: /Unknown option '--nope'.*see --help/ },
    { name: 'a positional', given: ['http://x'], want: /see --help/ },
    { name: 'a base URL that is not one', given: ['--base-url=nope'], want: /^--base-url: not a URL/ },
    { name: 'a non-http base URL', given: ['--base-url=ftp://x'], want: /^--base-url: base URL must be http or https/ },
    { name: 'a fault with a base URL', given: ['--base-url=http://x', '--fault=status-uppercase'], want: /embedded server only/ },
    { name: 'an unknown fault', given: ['--fault=nope'], want: /^unknown fault: nope/ },
    { name: 'a malformed header', given: ['--header=nocolon'], want: /^--header must look like/ },
    { name: 'a zero timeout', given: ['--timeout=0'], want: /^--timeout must be/ },
    { name: 'a word for a timeout', given: ['--timeout=soon'], want: /^--timeout must be/ },
  ];
  it.each(bad)('refuses $name with a one-line CliError', ({ given, want }) => {
    let error: unknown;
    try {
      parsePactVerifyArgs(given);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as Error).message).toMatch(want);
    expect((error as Error).message).not.toContain('\n');
  });
});
