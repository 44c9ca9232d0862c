import { execFile } from 'node:child_process';
import { access } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPactFile } from '../pact/pact-names.js';
import { startReferenceServer, type ReferenceServer } from '../reference/start-reference-server.js';

/*
 * The provider side, end to end: the real command in a child process (so the
 * exit code and stdout are the real ones, and Pact's native verifier has a
 * process of its own). Runs in `npm run pact:provider`, after `pact:consumer`
 * wrote the pact — never in the main vitest run.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));

function pactVerify(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/pact-verify.ts', ...args],
      { cwd: root, env: { ...process.env, PACT_DO_NOT_TRACK: 'true', NO_COLOR: '1' }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: typeof error?.code === 'number' ? error.code : error ? -1 : 0, stdout, stderr }),
    );
  });
}

/** Our summary, after the verifier core's own report. */
const summaryOf = (stdout: string): string => stdout.slice(stdout.lastIndexOf('pact-verify: '));

let target: ReferenceServer;
let refusesWrites: Server;
let refusesWritesUrl: string;
beforeAll(async () => {
  await access(defaultPactFile).catch(() => {
    throw new Error(`no pact at ${defaultPactFile}: run npm run pact:consumer first`);
  });
  // A target that already holds users in every status, as a real one would.
  target = await startReferenceServer({ seedUsers: 40 });
  // A target whose public API will not create users, so no provider state can be set up.
  refusesWrites = createServer((req, res) => {
    res.writeHead(req.method === 'GET' ? 200 : 403, { 'content-type': 'application/json' });
    res.end(req.method === 'GET' ? '{"users":[],"metadata":{"total":0,"limit":100,"offset":0}}' : '{"title":"Forbidden"}');
  });
  await new Promise<void>((resolve) => refusesWrites.listen(0, '127.0.0.1', resolve));
  refusesWritesUrl = `http://127.0.0.1:${(refusesWrites.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await target?.close();
  refusesWrites?.closeAllConnections();
  await new Promise((resolve) => refusesWrites?.close(resolve));
});

describe.concurrent('pact:verify', () => {
  it('verifies every interaction against the embedded reference: exit 0', async () => {
    const { code, stdout, stderr } = await pactVerify([]);
    expect(stderr).toBe('');
    expect(summaryOf(stdout)).toMatch(/embedded reference\)\n/);
    expect(summaryOf(stdout)).toMatch(/12 interactions: 12 verified, 0 failed/);
    expect(code).toBe(0);
  });

  it('verifies any target given by --base-url, run after run (fresh e-mails each time)', async () => {
    for (let run = 0; run < 2; run++) {
      const { code, stdout } = await pactVerify([`--base-url=${target.url}`]);
      expect(summaryOf(stdout)).toContain(`at ${target.url}\n`);
      expect(summaryOf(stdout)).toMatch(/12 verified, 0 failed/);
      expect(code).toBe(0);
    }
  });

  const faults: { fault: string; want: RegExp[] }[] = [
    {
      fault: 'status-uppercase',
      want: [/FAIL a request to read a user \(given a user exists\)\n\s+\$\.status: Expected 'PENDING_VERIFICATION' to match '\^\(pending_verification\|active\|suspended\|closed\)\$'/],
    },
    {
      fault: 'timestamps-without-timezone',
      want: [/FAIL a request to create a user \(given an e-mail address no user has\)\n\s+\$\.createdAt: Expected '\d{4}-\d\d-\d\d \d\d:\d\d:\d\d' to match/],
    },
    { fault: 'create-status-active', want: [/FAIL a request to create a user \(.*\)\n\s+\$\.status: Expected 'active' \(String\) to be equal to 'pending_verification'/] },
    { fault: 'unknown-user-returns-empty-200', want: [/FAIL a request to read a user that does not exist\n\s+status: expected 404 but was 200/] },
    {
      fault: 'plain-text-404',
      want: [/FAIL a request to read a user that does not exist\n(\s+.*\n)*\s+header Content-Type: .*Expected 'text\/plain; charset=utf-8' to match/],
    },
    { fault: 'limit-clamped', want: [/FAIL a request to list users with limit 0\n\s+status: expected 400 but was 200/] },
  ];
  it.each(faults)('fails with a readable mismatch against the reference with fault $fault: exit 1', async ({ fault, want }) => {
    const { code, stdout } = await pactVerify([`--fault=${fault}`]);
    const summary = summaryOf(stdout);
    for (const pattern of want) expect(summary).toMatch(pattern);
    expect(summary).toMatch(/[1-9]\d* failed\n$/);
    expect(code).toBe(1);
  });

  it('names the provider state the public API could not set up: exit 1', async () => {
    const { code, stdout } = await pactVerify([`--base-url=${refusesWritesUrl}`]);
    expect(summaryOf(stdout)).toMatch(/FAIL a request to read a user \(given a user exists\)\n\s+given "a user exists": set-up through the public API failed: POST \/v1\/users: 403: Forbidden\n/);
    expect(code).toBe(1);
  });

  it('a target that does not answer: one line on stderr, exit 2', async () => {
    const { code, stdout, stderr } = await pactVerify(['--base-url=http://127.0.0.1:9']);
    expect(stderr).toMatch(/^pact-verify: cannot reach http:\/\/127\.0\.0\.1:9: .*ECONNREFUSED.*\n$/);
    expect(stdout).toBe('');
    expect(code).toBe(2);
  });

  it('bad arguments: one line on stderr, exit 2', async () => {
    const { code, stderr } = await pactVerify(['--base-url=http://x', '--fault=status-uppercase']);
    expect(stderr).toBe('pact-verify: --fault applies to the embedded server only; drop --base-url or --fault\n');
    expect(code).toBe(2);
  });
});
