import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PactFile } from '../pact/pact-file.js';
import { runPactCheckSpec } from './pact-check-spec.js';

const user = { userId: 'usr_1', email: 'a@example.com', firstName: 'A', lastName: 'B', status: 'pending_verification', createdAt: '2024-01-01T00:00:00Z' };
const json = (content: unknown) => ({ content, contentType: 'application/json', encoded: false });
const pactWith = (status: string): PactFile => ({
  consumer: { name: 'c' },
  provider: { name: 'p' },
  metadata: { pactSpecification: { version: '4.0' } },
  interactions: [
    {
      description: 'a request to create a user',
      request: { method: 'POST', path: '/v1/users', body: json({ email: 'a@example.com', firstName: 'A', lastName: 'B', dateOfBirth: '1990-01-01', country: 'GB' }) },
      response: { status: 201, headers: { 'Content-Type': ['application/json'] }, body: json({ ...user, status }) },
    },
    {
      description: 'a request to read a user that does not exist',
      request: { method: 'GET', path: '/v1/users/usr_none' },
      response: { status: 404, headers: { 'Content-Type': ['application/problem+json'] }, body: json({}) },
    },
  ],
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pact-check-spec-'));
  await writeFile(join(dir, 'good.json'), JSON.stringify(pactWith('pending_verification')));
  await writeFile(join(dir, 'bad.json'), JSON.stringify(pactWith('ACTIVE')));
  await writeFile(join(dir, 'not-a-pact.json'), '{"hello":1}');
  await writeFile(join(dir, 'not-json.json'), 'nope');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runPactCheckSpec(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('pact-check-spec', () => {
  const cases: { name: string; given: () => string[]; want: { code: number; out?: RegExp[]; err?: RegExp } }[] = [
    {
      name: 'a pact the spec allows: exit 0, a line per interaction',
      given: () => [`--pact=${join(dir, 'good.json')}`],
      want: { code: 0, out: [/PASS a request to create a user \(createUser\)/, /PASS a request to read a user that does not exist \(getUser\)/, /2 interactions: 2 allowed by the spec, 0 not/] },
    },
    {
      name: 'a pact the spec refuses: exit 1 with the reason',
      given: () => [`--pact=${join(dir, 'bad.json')}`],
      want: { code: 1, out: [/FAIL a request to create a user/, /response: body \/status must be equal to one of the allowed values/, /1 not$/] },
    },
    { name: 'a missing pact: exit 2', given: () => [`--pact=${join(dir, 'missing.json')}`], want: { code: 2, err: /^pact-check-spec: no pact file at .*run npm run pact:consumer first/ } },
    { name: 'a JSON file that is no pact: exit 2', given: () => [`--pact=${join(dir, 'not-a-pact.json')}`], want: { code: 2, err: /is not a pact file/ } },
    { name: 'a file that is not JSON: exit 2', given: () => [`--pact=${join(dir, 'not-json.json')}`], want: { code: 2, err: /is not JSON/ } },
    { name: 'a spec that does not load: exit 2', given: () => [`--pact=${join(dir, 'good.json')}`, `--spec=${join(dir, 'good.json')}`], want: { code: 2, err: /is not valid/ } },
    { name: 'an unknown option: exit 2', given: () => ['--nope'], want: { code: 2, err: /^pact-check-spec: Unknown option '--nope'.*see --help/ } },
    { name: 'help: exit 0', given: () => ['--help'], want: { code: 0, out: [/^Usage: npm run pact:check-spec/] } },
  ];
  it.each(cases)('$name', async ({ given, want }) => {
    const { code, out, err } = await run(given());
    expect(code).toBe(want.code);
    for (const pattern of want.out ?? []) expect(out.some((line) => pattern.test(line)), `${pattern} in\n${out.join('\n')}`).toBe(true);
    if (want.err) {
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(want.err);
    } else {
      expect(err).toEqual([]);
    }
  });
});
