import { describe, expect, it } from 'vitest';
import { conformForTest } from '../../test/support/conform-for-test.js';
import { describeFaultMatrix } from '../../test/fault-matrix.js';

describeFaultMatrix('read');

describe('read area against the correct reference server', () => {
  it.each([1, 2, 3, 4, 5])('passes the correct server, seed %i', async (seed) => {
    const outcome = await conformForTest(['--only=read', `--seed=${seed}`]);
    expect({ code: outcome.code, failed: outcome.failed, errored: outcome.errored }).toEqual({ code: 0, failed: [], errored: [] });
  });
});
