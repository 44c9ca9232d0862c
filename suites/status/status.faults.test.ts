import { describe, expect, it } from 'vitest';
import { conformForTest } from '../../test/support/conform-for-test.js';
import { describeFaultMatrix } from '../../test/fault-matrix.js';

describeFaultMatrix('status');

describe('status requirements pass the correct server', () => {
  it.each([1, 2, 3, 4, 5])('seed %i', async (seed) => {
    const outcome = await conformForTest(['--only=status', `--seed=${seed}`]);
    expect({ failed: outcome.failed, errored: outcome.errored }).toEqual({ failed: [], errored: [] });
    expect(outcome.code).toBe(0);
  });
});
