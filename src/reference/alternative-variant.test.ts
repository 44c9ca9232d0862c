import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { conformForTest, type ConformOutcome } from '../../test/support/conform-for-test.js';
import { callApi } from '../../test/support/call-api.js';
import { startReferenceServer, type ReferenceServer } from './start-reference-server.js';

// The suite against a second correct implementation with other habits than
// the reference's (see alternative/create-alternative-handler.ts): a check
// that fails it relies on a habit of ours, not on the contract.

/** SHOULD rules the alternative breaks on purpose: its 400, 404 and 409 bodies are plain JSON, not problem documents. */
const expectedWarnings = ['ERRORS-PROBLEM-DOCUMENT'];
/** Why a run may skip a check: the suite's own writers (or another client) kept the collection moving. */
const busySkip = /could not get a quiet snapshot/;
/** Why a read-only run may skip a check besides: it writes, or it reads back what the run created. */
const readOnlySkip = /it writes|could not get a quiet snapshot|creates no user to read back/;
/** Why a run on an empty target may skip a check besides: there is no user the suite did not create. */
const emptySkip = /could not get a quiet snapshot|no pre-existing user/;

const servers: ReferenceServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function alternative(seedUsers = 150): Promise<ReferenceServer> {
  const server = await startReferenceServer({ variant: 'alternative', seedUsers });
  servers.push(server);
  return server;
}

/** The outcome by level: MUST failures, SHOULD failures (warnings), errors, skips with their reasons. */
function verdict(outcome: ConformOutcome) {
  const requirements = outcome.report?.requirements ?? [];
  const failed = (level: string) => requirements.filter((r) => r.status === 'failed' && r.level === level).map((r) => `${r.id}: ${r.findings[0]?.message ?? ''}`);
  return {
    code: outcome.code,
    mustFailed: failed('MUST'),
    warnings: requirements.filter((r) => r.status === 'failed' && r.level === 'SHOULD').map((r) => r.id),
    errored: requirements.filter((r) => r.status === 'errored').map((r) => `${r.id}: ${r.reason ?? ''}`),
    skipped: requirements.filter((r) => r.status === 'skipped').map((r) => `${r.id}: ${r.reason ?? ''}`),
  };
}

describe('the whole suite against the alternative variant', () => {
  it.each([1, 2, 3, 4, 5])('seed %i: conformant, no MUST failed, nothing errored', { timeout: 60_000 }, async (seed) => {
    const server = await alternative();
    // Served under a path prefix too, as behind a gateway.
    const outcome = await conformForTest([`--base-url=${server.url}/api`, `--seed=${seed}`]);
    const { skipped, ...rest } = verdict(outcome);
    expect(rest).toEqual({ code: 0, mustFailed: [], warnings: expectedWarnings, errored: [] });
    expect(skipped.filter((s) => !busySkip.test(s))).toEqual([]);
  });

  it('on an empty target', { timeout: 60_000 }, async () => {
    const server = await alternative(0);
    const outcome = await conformForTest([`--base-url=${server.url}`, '--seed=9']);
    const { skipped, ...rest } = verdict(outcome);
    expect(rest).toEqual({ code: 0, mustFailed: [], warnings: expectedWarnings, errored: [] });
    expect(skipped.filter((s) => !emptySkip.test(s))).toEqual([]);
  });

  it.each([1, 2])('read-only, seed %i, while another client creates users', { timeout: 60_000 }, async (seed) => {
    const server = await alternative();
    let writing = true;
    let n = 0;
    const writer = (async () => {
      while (writing) {
        n += 1;
        const body = JSON.stringify({ email: `other.client.${n}@example.com`, firstName: 'Other', lastName: 'Client', dateOfBirth: '1980-05-05', country: 'FR' });
        const res = await request(`${server.url}/v1/users`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        expect(res.statusCode).toBe(201);
        await res.body.text();
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
    let outcome: ConformOutcome;
    try {
      outcome = await conformForTest([`--base-url=${server.url}/api`, `--seed=${seed}`, '--read-only']);
    } finally {
      writing = false;
      await writer;
    }
    const { skipped, ...rest } = verdict(outcome);
    expect(rest).toEqual({ code: 0, mustFailed: [], warnings: expectedWarnings, errored: [] });
    expect(skipped.filter((s) => !readOnlySkip.test(s))).toEqual([]);
    expect(n).toBeGreaterThan(5);
  });
});

describe('the alternative variant takes the other choices', () => {
  const valid = (email: string, overrides: Record<string, unknown> = {}) => ({ email, firstName: 'Ann', lastName: 'Lee', dateOfBirth: '1990-01-01', country: 'DE', ...overrides });
  const rows: Array<{ name: string; method: string; path: string; body?: unknown; contentType?: string | null; want: number }> = [
    { name: 'a malformed id: 400', method: 'GET', path: '/v1/users/123', want: 400 },
    { name: 'a non-JSON content type: 400', method: 'POST', path: '/v1/users', body: JSON.stringify(valid('ct@example.com')), contentType: 'text/plain', want: 400 },
    { name: 'no content type: 400', method: 'POST', path: '/v1/users', body: JSON.stringify(valid('none@example.com')), contentType: null, want: 400 },
    { name: 'a bad body for an unknown id: 422', method: 'PATCH', path: '/v1/users/usr_unknown1', body: { role: 'admin' }, want: 422 },
    { name: 'not JSON for an unknown id: 404', method: 'PATCH', path: '/v1/users/usr_unknown1', body: '{', want: 404 },
    { name: 'a duplicate e-mail in an invalid body: 409', method: 'POST', path: '/v1/users', body: valid('TAKEN@example.com', { country: 'us' }), want: 409 },
    { name: 'an unassigned country: 422', method: 'POST', path: '/v1/users', body: valid('zz@example.com', { country: 'ZZ' }), want: 422 },
    { name: 'a dotless domain: 422', method: 'POST', path: '/v1/users', body: valid('someone@localhost'), want: 422 },
    { name: 'status=pending: 400', method: 'GET', path: '/v1/users?status=pending', want: 400 },
    { name: 'an unknown query parameter: 400', method: 'GET', path: '/v1/users?page=2', want: 400 },
    { name: 'leading zeros: 200', method: 'GET', path: '/v1/users?limit=007', want: 200 },
    { name: 'a body over 1 MiB: 413', method: 'POST', path: '/v1/users', body: 'x'.repeat(1024 * 1024 + 1), want: 413 },
  ];
  it.each(rows)('$name', async ({ method, path, body, contentType, want }) => {
    const server = await alternative(3);
    await callApi(server.url, 'POST', '/v1/users', { body: valid('taken@example.com') });
    const answer = await callApi(server.url, method, path, { body, ...(contentType !== undefined ? { contentType } : {}) });
    expect(answer.status, answer.text.slice(0, 200)).toBe(want);
    expect(answer.headers.connection).toBe('close');
    if (want >= 400 && want !== 413 && want !== 422) expect(answer.json).toEqual({ error: expect.any(String), code: expect.any(String) });
  });

  it('answers a create with an absolute Location, a chunked ASCII-escaped body and microsecond timestamps at an offset or whole seconds', async () => {
    const server = await alternative(0);
    const answer = await callApi(server.url, 'POST', '/api/v1/users', { body: valid('ann@example.com', { firstName: 'Zoë' }) });
    expect(answer.status).toBe(201);
    const { userId, createdAt } = answer.json as { userId: string; createdAt: string };
    expect(answer.headers.location).toBe(`${server.url}/api/v1/users/${userId}`);
    expect(answer.headers['content-type']).toBe('application/json;charset=UTF-8');
    expect(answer.headers['content-length']).toBeUndefined();
    expect(answer.text).toContain('Zo\\u00eb');
    expect(createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3}|\.\d{6})?(Z|[+-]\d{2}:\d{2})$/);
  });

  it('refuses faults', async () => {
    await expect(startReferenceServer({ variant: 'alternative', faults: ['trim-names'] })).rejects.toThrow(/reference variant only/);
  });
});
