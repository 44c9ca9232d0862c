import { describe, expect, it } from 'vitest';
import { conformForTest } from '../../test/support/conform-for-test.js';
import { runConform } from './conform.js';

describe('conform: arguments', () => {
  const rows: Array<{ given: string[]; want: { code: number; err?: RegExp; out?: RegExp } }> = [
    { given: ['--help'], want: { code: 0, out: /Usage: users-api-conformance .*npm run conform/ } },
    { given: ['--version'], want: { code: 0, out: /^users-api-conformance \d+\.\d+\.\d+$/ } },
    { given: ['--list-requirements'], want: { code: 0, out: /TRANSPORT-NO-5XX/ } },
    { given: ['--bogus'], want: { code: 2, err: /^conform: Unknown option '--bogus'/ } },
    { given: ['--base-url=ftp://x'], want: { code: 2, err: /^conform: --base-url: base URL must be http or https/ } },
    { given: ['--base-url=not a url'], want: { code: 2, err: /^conform: --base-url: not a URL/ } },
    { given: ['--seed=abc'], want: { code: 2, err: /^conform: --seed must be a whole number/ } },
    { given: ['--runs=0'], want: { code: 2, err: /^conform: --runs must be from 1/ } },
    { given: ['--header=NoColon'], want: { code: 2, err: /^conform: --header must look like 'Name: value'/ } },
    { given: ['--only=NOPE-NOPE'], want: { code: 2, err: /^conform: unknown requirement or area: NOPE-NOPE/ } },
    { given: ['--fault=no-such-fault'], want: { code: 2, err: /^conform: unknown fault: no-such-fault/ } },
    { given: ['--fault=trim-names', '--base-url=http://127.0.0.1:1'], want: { code: 2, err: /--fault applies to the embedded server only/ } },
    { given: ['--fail-on=maybe'], want: { code: 2, err: /^conform: --fail-on must be must or should, got 'maybe'$/ } },
    { given: ['--strict', '--fail-on=must'], want: { code: 2, err: /^conform: --strict and --fail-on(=must)? disagree; give one$/ } },
    { given: ['--quiet', '--verbose'], want: { code: 2, err: /^conform: --quiet and --verbose disagree; give one$/ } },
    { given: ['--shard=3/2'], want: { code: 2, err: /^conform: --shard must be I\/N with 1 ≤ I ≤ N ≤ 64, got '3\/2'$/ } },
    { given: ['--base-url=http://me:s3cret@127.0.0.1:1'], want: { code: 2, err: /^conform: --base-url: base URL must not carry a user name or password \(http:\/\/\*\*\*@127\.0\.0\.1:1\): / } },
    { given: ['stray'], want: { code: 2, err: /^conform: unexpected argument 'stray' \(see --help\)$/ } },
    { given: ['--diff', 'only-one.json'], want: { code: 2, err: /^conform: --diff takes two reports: --diff OLD\.json NEW\.json$/ } },
    { given: ['--diff', 'a.json', 'b.json'], want: { code: 2, err: /^conform: cannot read report a\.json: no such file$/ } },
    { given: ['--merge-reports'], want: { code: 2, err: /^conform: --merge-reports takes the shard report dirs/ } },
    { given: ['--config=missing.json'], want: { code: 2, err: /^conform: cannot read config file missing\.json: no such file$/ } },
    { given: ['--client-cert=c.pem'], want: { code: 2, err: /^conform: --client-cert and --client-key go together; give both$/ } },
    { given: ['--client-key-passphrase=x'], want: { code: 2, err: /^conform: --client-key-passphrase needs --client-key$/ } },
    { given: ['--ca-cert=missing.pem', '--base-url=https://127.0.0.1:1'], want: { code: 2, err: /^conform: --ca-cert: cannot read missing\.pem: no such file$/ } },
    { given: ['--ca-cert=package.json', '--base-url=https://127.0.0.1:1'], want: { code: 2, err: /^conform: --ca-cert: package\.json holds no PEM certificate$/ } },
  ];
  it.each(rows)('$given → exit $want.code', async ({ given, want }) => {
    const result = await conformForTest(given);
    expect(result.code).toBe(want.code);
    if (want.err) {
      expect(result.err).toHaveLength(1);
      expect(result.err[0]).toMatch(want.err);
    }
    if (want.out) expect(result.out.join('\n')).toMatch(want.out);
  });
});

describe('conform: exit codes against targets', () => {
  it('exits 2 with one line when the target is unreachable, and still writes a report', async () => {
    const result = await conformForTest(['--base-url=http://127.0.0.1:1']);
    expect(result.code).toBe(2);
    expect(result.err).toEqual([expect.stringMatching(/^conform: target unreachable: http:\/\/127\.0\.0\.1:1: ECONNREFUSED/)]);
    expect(result.report?.summary.verdict).toBe('error');
  });

  it('exits 2 with one line when the reports cannot be written (under /proc, where Node 20\'s recursive mkdir never settles)', async () => {
    const err: string[] = [];
    const code = await runConform(['--only=READ-SUCCESS', '--seed=1', '--report-dir=/proc/conform-no-such-dir/reports'], { out: () => {}, err: (line) => err.push(line), env: {} });
    expect(code).toBe(2);
    // The progress line of the requirement, then the one line that says why no report was written.
    expect(err.at(-1)).toMatch(/^conform: could not write the reports to \/proc\/conform-no-such-dir\/reports: /);
  });

  it('exits 0 against the embedded reference server, with the summary', async () => {
    const result = await conformForTest(['--seed=1']);
    expect(result.failed).toEqual([]);
    expect(result.errored).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out[0]).toMatch(/^✔ conformant — \d+ passed, 0 failed/);
    expect(result.report?.summary.verdict).toBe('conformant');
    expect(result.report?.run.seed).toBe(1);
  });

  it('exits 1 against a server that breaks one rule, naming the requirement', async () => {
    const result = await conformForTest(['--seed=1', '--fault=500-on-malformed-json', '--only=TRANSPORT-NO-5XX,CREATE-NOT-JSON-OBJECT']);
    expect(result.code).toBe(1);
    expect(result.failed).toContain('TRANSPORT-NO-5XX');
    expect(result.out.join('\n')).toMatch(/FAIL {2}TRANSPORT-NO-5XX/);
  });

  it('skips every writing check under --read-only, with a reason', async () => {
    const result = await conformForTest(['--seed=1', '--read-only']);
    expect(result.code).toBe(0);
    const skipped = result.report!.requirements.filter((r) => r.status === 'skipped');
    expect(skipped.length).toBeGreaterThan(0);
    for (const r of skipped) expect(r.reason).toBeTruthy();
  });
});
