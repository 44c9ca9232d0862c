import { describe, expect, it } from 'vitest';
import { conformForTest } from '../../test/support/conform-for-test.js';
import { startReferenceServer } from '../../src/reference/start-reference-server.js';
import { describeFaultMatrix } from '../../test/fault-matrix.js';

describeFaultMatrix('create');

describe('create requirements pass the correct server', () => {
  it.each([1, 2, 3, 4, 5])('seed %i', async (seed) => {
    const outcome = await conformForTest(['--only=create', `--seed=${seed}`, '--strict']);
    expect({ failed: outcome.failed, errored: outcome.errored }).toEqual({ failed: [], errored: [] });
    expect(outcome.report?.requirements.filter((r) => r.status === 'skipped').map((r) => r.id)).toEqual([]);
    expect(outcome.code).toBe(0);
  });

  it('with more generated cases per property', async () => {
    const outcome = await conformForTest(['--only=create', '--seed=11', '--runs=100', '--strict']);
    expect({ failed: outcome.failed, errored: outcome.errored }).toEqual({ failed: [], errored: [] });
  });

  it('on an empty target', async () => {
    const server = await startReferenceServer({ seedUsers: 0 });
    try {
      const outcome = await conformForTest(['--only=create', `--base-url=${server.url}`, '--seed=4', '--strict']);
      expect({ failed: outcome.failed, errored: outcome.errored }).toEqual({ failed: [], errored: [] });
      expect(outcome.code).toBe(0);
    } finally {
      await server.close();
    }
  });

  it('skips every create requirement under --read-only', async () => {
    const outcome = await conformForTest(['--only=create', '--read-only', '--seed=2']);
    expect(outcome.report?.requirements.every((r) => r.status === 'skipped')).toBe(true);
  });
});
