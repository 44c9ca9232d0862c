import { describe, expect, it } from 'vitest';
import { conformForTest } from '../../test/support/conform-for-test.js';

describe('update area against the faulty reference server', () => {
  // `strict`: the requirement is a SHOULD, which fails the run only under --strict.
  const rows: Array<{ fault: string; want: string[]; strict?: boolean }> = [
    { fault: 'timestamps-without-timezone', want: ['UPDATE-SUCCESS'] },
    { fault: 'patch-echoes-old-values', want: ['UPDATE-SUCCESS'] },
    { fault: 'patch-clears-unsent', want: ['UPDATE-CHANGES-ONLY-SENT'] },
    { fault: 'patch-not-persisted', want: ['UPDATE-READ-BACK'] },
    { fault: 'updated-user-unlisted', want: ['UPDATE-LISTED'] },
    { fault: 'patch-lost-update', want: ['UPDATE-CONCURRENT-FIELDS'] },
    { fault: 'patch-rebases-on-original', want: ['UPDATE-CHANGES-ONLY-SENT'] },
    { fault: 'updated-at-timezone-shift', want: ['UPDATE-UPDATED-AT-MONOTONIC', 'USER-TIMESTAMPS-ORDER'] },
    { fault: 'updated-at-unchanged', want: ['UPDATE-UPDATED-AT-LATER'], strict: true },
    { fault: 'updated-at-kept-without-change', want: ['UPDATE-UPDATED-AT-LATER'], strict: true },
    { fault: 'updated-at-stops-after-3', want: ['UPDATE-UPDATED-AT-LATER'], strict: true },
    { fault: 'patch-activates-user', want: ['UPDATE-CHANGES-ONLY-SENT'] },
    { fault: 'empty-patch-200', want: ['UPDATE-EMPTY-422'] },
    { fault: 'patch-email-allowed', want: ['UPDATE-NOT-WRITABLE'] },
    { fault: 'patch-skips-validation', want: ['UPDATE-FIELD-RULES'] },
    { fault: 'patch-partial-apply', want: ['UPDATE-REJECTED-UNCHANGED'] },
    { fault: 'malformed-json-422', want: ['UPDATE-NOT-JSON-OBJECT'] },
    { fault: 'patch-unknown-creates', want: ['UPDATE-UNKNOWN-404'] },
    { fault: 'patch-unknown-invalid-500', want: ['UPDATE-UNKNOWN-BAD-BODY'] },
  ];
  it.each(rows)('$fault fails $want', async ({ fault, want, strict }) => {
    const outcome = await conformForTest(['--only=update', `--fault=${fault}`, '--seed=7', ...(strict ? ['--strict'] : [])]);
    expect(outcome.code).toBe(1);
    expect(outcome.failed).toEqual(expect.arrayContaining(want));
  });

  it.each([1, 2, 3, 4, 5])('passes the correct server, seed %i', async (seed) => {
    const outcome = await conformForTest(['--only=update', `--seed=${seed}`, '--strict']);
    expect({ code: outcome.code, failed: outcome.failed, errored: outcome.errored }).toEqual({ code: 0, failed: [], errored: [] });
  });
});
