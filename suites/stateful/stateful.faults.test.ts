import { describe, expect, it } from 'vitest';
import { conformForTest } from '../../test/support/conform-for-test.js';
import { describeFaultMatrix } from '../../test/fault-matrix.js';

describeFaultMatrix('stateful');

describe('stateful area against the faulty reference server', () => {
  it('reports the shrunk command sequence and the failing request', async () => {
    const outcome = await conformForTest(['--only=stateful', '--fault=patch-not-persisted', '--seed=7']);
    const finding = outcome.report?.requirements.find((r) => r.id === 'STATEFUL-MODEL')?.findings[0];
    expect(finding?.message).toMatch(/after CreateUser\(.*\) → UpdateUser\(.*\) → ReadUser\(/);
    expect(finding?.curl).toMatch(/^curl .*GET/);
    expect(typeof finding?.counterexample).toBe('string');
  });

  it.each([1, 2, 3, 4, 5])('passes the correct server, seed %i', async (seed) => {
    const outcome = await conformForTest(['--only=stateful', `--seed=${seed}`]);
    expect({ code: outcome.code, failed: outcome.failed, errored: outcome.errored }).toEqual({ code: 0, failed: [], errored: [] });
  });
});
