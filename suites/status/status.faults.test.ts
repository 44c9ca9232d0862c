import { describe, expect, it } from 'vitest';
import { conformForTest } from '../../test/support/conform-for-test.js';
import type { FaultName } from '../../src/reference/faults.js';

// Each status requirement is proven able to fail: the fault named in its row makes it fail.
const rows: Array<{ fault: FaultName; want: string[] }> = [
  { fault: 'status-uppercase', want: ['STATUS-VALUES'] },
  { fault: 'status-filter-ignored', want: ['STATUS-FILTER', 'STATUS-TOTALS-ADD-UP'] },
  { fault: 'closed-excluded-from-total', want: ['STATUS-TOTALS-ADD-UP'] },
  { fault: 'unknown-status-ignored', want: ['STATUS-UNKNOWN-400'] },
];

describe('status requirements catch their faults', () => {
  it.each(rows)('$fault fails $want', async ({ fault, want }) => {
    const outcome = await conformForTest(['--only=status', `--fault=${fault}`, '--seed=7']);
    expect(outcome.code).toBe(1);
    expect(outcome.failed).toEqual(expect.arrayContaining(want));
  });
});

describe('status requirements pass the correct server', () => {
  it.each([1, 2, 3, 4, 5])('seed %i', async (seed) => {
    const outcome = await conformForTest(['--only=status', `--seed=${seed}`]);
    expect({ failed: outcome.failed, errored: outcome.errored }).toEqual({ failed: [], errored: [] });
    expect(outcome.code).toBe(0);
  });
});
