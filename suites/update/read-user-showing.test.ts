import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../src/http/exchange.js';
import type { CheckContext } from '../../src/run/check-context.js';
import { readUserShowing } from './read-user-showing.js';

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
