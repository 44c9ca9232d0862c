import { describe, expect, it } from 'vitest';
import { conformForTest } from '../../test/support/conform-for-test.js';
import { describeFaultMatrix } from '../../test/fault-matrix.js';

describeFaultMatrix('update');

describe('update area against the correct reference server', () => {
  it.each([1, 2, 3, 4, 5])('passes the correct server, seed %i', async (seed) => {
    const outcome = await conformForTest(['--only=update', `--seed=${seed}`, '--strict']);
    expect({ code: outcome.code, failed: outcome.failed, errored: outcome.errored }).toEqual({ code: 0, failed: [], errored: [] });
  });
});
