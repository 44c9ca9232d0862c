import { describe, expect, it } from 'vitest';
import { conformForTest } from '../../test/support/conform-for-test.js';
import { createHttpClient } from '../../src/http/http-client.js';
import { startReferenceServer } from '../../src/reference/start-reference-server.js';
import { runRequirements } from '../../src/run/run-requirements.js';
import { loadSpec } from '../../src/spec/load-spec.js';
import { createValidators } from '../../src/validate/create-ajv.js';
import { describeFaultMatrix } from '../../test/fault-matrix.js';
import { statusRequirements } from '../status/index.js';
import { listRequirements } from './index.js';

describeFaultMatrix('list');

describe('list requirements pass the correct server', () => {
  it.each([1, 2, 3, 4, 5])('seed %i', async (seed) => {
    const outcome = await conformForTest(['--only=list', `--seed=${seed}`]);
    expect({ failed: outcome.failed, errored: outcome.errored }).toEqual({ failed: [], errored: [] });
    expect(outcome.code).toBe(0);
  });

  it('under --read-only too', async () => {
    const outcome = await conformForTest(['--only=list,status', '--read-only', '--seed=3']);
    expect({ failed: outcome.failed, errored: outcome.errored }).toEqual({ failed: [], errored: [] });
    // Only the checks that must write (to have writes to judge against) are skipped.
    const writing = [...listRequirements, ...statusRequirements].filter((r) => r.writes).map((r) => r.id);
    expect(writing).toEqual(['LIST-CONSISTENT-UNDER-WRITES']);
    expect(outcome.report?.requirements.filter((r) => r.status === 'skipped').map((r) => r.id)).toEqual(writing);
  });
});

// An empty target: the checks that need users create them, or skip under --read-only; none fails.
describe('list and status requirements on an empty target', () => {
  it.each([{ args: [] }, { args: ['--read-only'] }])('$args', async ({ args }) => {
    const server = await startReferenceServer({ seedUsers: 0 });
    try {
      const outcome = await conformForTest(['--only=list,status', `--base-url=${server.url}`, '--seed=4', ...args]);
      expect({ failed: outcome.failed, errored: outcome.errored }).toEqual({ failed: [], errored: [] });
      expect(outcome.code).toBe(0);
    } finally {
      await server.close();
    }
  });
});

// The checks sample pages around boundaries and never walk the collection:
// a million seeded users (virtual in the reference store, so seeding is instant)
// cost them no more requests than 150 (wall time is measured by `npm run bench`).
describe('list and status requirements on a million users', () => {
  it('pass, with the request count of a small collection', async () => {
    const spec = await loadSpec();
    const validators = createValidators(spec);
    const requirements = [...listRequirements, ...statusRequirements];
    const run = async (seedUsers: number) => {
      const server = await startReferenceServer({ seedUsers });
      const http = createHttpClient({ baseUrl: server.url, timeoutMs: 10_000 });
      try {
        const results = await runRequirements({ spec, validators, http, requirements, runId: 'big1', seed: 11, runs: 20, readOnly: false, concurrency: 4 });
        return { results, requests: http.requests };
      } finally {
        await http.close();
        await server.close();
      }
    };
    const big = await run(1_000_000);
    expect(big.results.filter((r) => r.status !== 'passed').map((r) => `${r.id}: ${r.status} ${r.reason ?? r.findings[0]?.message ?? ''}`)).toEqual([]);
    const small = await run(150);
    // The same cases on either collection, give or take a retry.
    expect(big.requests).toBeLessThan(small.requests * 1.5);
  });
});
