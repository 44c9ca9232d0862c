import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../src/http/exchange.js';
import type { CheckContext } from '../../src/run/check-context.js';
import { loadSpec } from '../../src/spec/load-spec.js';
import { isUserStatus, readUserShowing, swapCase, unknownIdBoundaries, unlikelyId, userStatuses, wellFormedId } from './users.js';

const pattern = /^usr_[A-Za-z0-9]{1,64}$/;

describe('user ids', () => {
  it('unknown ids are on the userId pattern', () => {
    const ids = [...unknownIdBoundaries, ...fc.sample(wellFormedId, { seed: 1, numRuns: 200 }), ...fc.sample(unlikelyId('0a1b2c3d'), { seed: 1, numRuns: 200 })];
    for (const id of ids) expect(id).toMatch(pattern);
  });

  it('unlikely ids carry the run id', () => {
    for (const id of fc.sample(unlikelyId('0a1b2c3d'), { seed: 2, numRuns: 50 })) expect(id.startsWith('usr_ZZconform0a1b2c3d')).toBe(true);
  });
});

describe('swapCase', () => {
  const rows = [
    { given: 'Dup.Case+Check', want: 'dUP.cASE+cHECK' },
    { given: 'abc', want: 'ABC' },
    { given: '1.+', want: '1.+' },
  ];
  it.each(rows)('$given', ({ given, want }) => expect(swapCase(given)).toBe(want));
});

describe('user statuses', () => {
  it('equal the spec enum', async () => {
    const spec = await loadSpec();
    expect([...userStatuses]).toEqual(spec.schema('UserStatus').enum);
  });
  it.each([
    { given: 'active', want: true },
    { given: 'ACTIVE', want: false },
    { given: 'pending', want: false },
    { given: undefined, want: false },
  ])('isUserStatus($given)', ({ given, want }) => {
    expect(isUserStatus(given)).toBe(want);
  });
});

/** A context whose reads answer these users in turn (the last one again once they run out). */
function reads(...users: Array<Record<string, unknown>>): { ctx: CheckContext; count: () => number } {
  let n = 0;
  const ctx = {
    readUser: async () => ({ user: users[Math.min(n++, users.length - 1)], exchange: { status: 200 } as Exchange }),
  } as unknown as CheckContext;
  return { ctx, count: () => n };
}

const base = { userId: 'usr_a', email: 'a@example.com', firstName: 'Ann', lastName: 'Lee', status: 'active', createdAt: '2026-01-01T00:00:00Z', verificationStatus: {} };
const earlier = { ...base, phoneNumber: '+12', country: 'DE' };

describe('readUserShowing', () => {
  const cases: Array<{ name: string; given: Array<Record<string, unknown>>; want: Record<string, unknown>; reads: number }> = [
    { name: 'all shown at once', given: [earlier], want: earlier, reads: 1 },
    { name: 'left out once, shown on the next read', given: [base, earlier], want: earlier, reads: 2 },
    { name: 'a changed value is kept', given: [{ ...base, phoneNumber: '+99' }, earlier], want: { ...base, phoneNumber: '+99', country: 'DE' }, reads: 2 },
    { name: 'gone on three reads', given: [base, base, base], want: base, reads: 3 },
    { name: 'a required field left out is not read again', given: [{ ...earlier, email: undefined }], want: { ...earlier, email: undefined }, reads: 1 },
  ];
  it.each(cases)('$name', async ({ given, want, reads: wantReads }) => {
    const { ctx, count } = reads(...given);
    const { user } = await readUserShowing(ctx, 'usr_a', { ...earlier }, ['email', 'country', 'phoneNumber']);
    expect(user).toEqual(want);
    expect(count()).toBe(wantReads);
  });
});
