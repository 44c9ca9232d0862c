import { describe, expect, it } from 'vitest';
import { conformForTest } from '../../test/support/conform-for-test.js';

describe('stateful area against the faulty reference server', () => {
  const rows: Array<{ fault: string; want: string[] }> = [
    { fault: 'patch-not-persisted', want: ['STATEFUL-MODEL'] },
    { fault: 'truncate-names-50', want: ['STATEFUL-MODEL'] },
    { fault: 'list-omits-last', want: ['STATEFUL-MODEL'] },
  ];
  it.each(rows)('$fault fails $want', async ({ fault, want }) => {
    const outcome = await conformForTest(['--only=stateful', `--fault=${fault}`, '--seed=7']);
    expect(outcome.code).toBe(1);
    expect(outcome.failed).toEqual(expect.arrayContaining(want));
  });

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
