import { describe, expect, it } from 'vitest';
import { conformForTest } from '../../test/support/conform-for-test.js';

describe('read area against the faulty reference server', () => {
  const rows: Array<{ fault: string; want: string[] }> = [
    { fault: 'wrong-content-type', want: ['READ-SUCCESS'] },
    { fault: 'timestamps-without-timezone', want: ['READ-SUCCESS'] },
    { fault: 'get-omits-verification-status', want: ['READ-SUCCESS'] },
    { fault: 'get-closed-404', want: ['READ-LISTED-USERS'] },
    { fault: 'unknown-user-returns-empty-200', want: ['READ-UNKNOWN-404'] },
    { fault: 'user-id-case-insensitive', want: ['READ-UNKNOWN-404'] },
    { fault: 'malformed-id-422', want: ['READ-MALFORMED-ID'] },
  ];
  it.each(rows)('$fault fails $want', async ({ fault, want }) => {
    const outcome = await conformForTest(['--only=read', `--fault=${fault}`, '--seed=7']);
    expect(outcome.code).toBe(1);
    expect(outcome.failed).toEqual(expect.arrayContaining(want));
  });

  it.each([1, 2, 3, 4, 5])('passes the correct server, seed %i', async (seed) => {
    const outcome = await conformForTest(['--only=read', `--seed=${seed}`]);
    expect({ code: outcome.code, failed: outcome.failed, errored: outcome.errored }).toEqual({ code: 0, failed: [], errored: [] });
  });
});
