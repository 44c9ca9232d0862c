import { describe, expect, it } from 'vitest';
import { conformForTest } from '../../test/support/conform-for-test.js';
import { isAcceptSetEmail, isAcceptSetName, isTestUser, touchExistingOff } from './existing-users.js';

describe('isAcceptSetEmail', () => {
  it.each([
    { given: 'seed-1@example.com', want: true },
    { given: 'A.b+c%d-e_f@Sub.Example.COM', want: true },
    { given: `${'a'.repeat(64)}@example.com`, want: true },
    { given: `${'a'.repeat(65)}@example.com`, want: false },
    { given: '.a@example.com', want: false },
    { given: 'a.@example.com', want: false },
    { given: 'a..b@example.com', want: false },
    { given: 'a@localhost', want: false },
    { given: 'a@-x.com', want: false },
    { given: `a@${'x'.repeat(64)}.com`, want: false },
    { given: 'jos\u00e9@example.com', want: false },
    { given: '"a b"@example.com', want: false },
    { given: 42, want: false },
  ])('$given: $want', ({ given, want }) => {
    expect(isAcceptSetEmail(given)).toBe(want);
  });
});

describe('isAcceptSetName', () => {
  it.each([
    { given: 'Ada', want: true },
    { given: '美咲', want: true },
    { given: '\u{1F600}'.repeat(100), want: true },
    { given: 'a'.repeat(101), want: false },
    { given: '', want: false },
    { given: ' \u00a0\t', want: false },
    { given: null, want: false },
  ])('$given: $want', ({ given, want }) => {
    expect(isAcceptSetName(given)).toBe(want);
  });
});

describe('isTestUser', () => {
  it.each([
    { given: 'conform.abc123.x1.1@example.com', want: true },
    { given: 'Dup.Case+Check@rrun42tagn3.example.com', want: true },
    { given: 'seed-1@example.com', want: false },
  ])('$given: $want', ({ given, want }) => {
    expect(isTestUser({ email: given }, 'run42')).toBe(want);
  });
});

describe('--no-touch-existing', () => {
  it('skips the checks that reach users the suite did not create, says why, and the run record says so', async () => {
    const outcome = await conformForTest(['--only=UPDATE-EXISTING-USERS,CREATE-DUPLICATE-EXISTING', '--no-touch-existing', '--seed=1']);
    expect(outcome.report?.run.existingUsersUntouched).toBe(true);
    expect(outcome.report?.requirements.map((r) => [r.id, r.status, r.reason])).toEqual([
      ['CREATE-DUPLICATE-EXISTING', 'skipped', touchExistingOff],
      ['UPDATE-EXISTING-USERS', 'skipped', touchExistingOff],
    ]);
    expect(outcome.code).toBe(0);
  });

  it('is absent from the run record of a run that may touch them', async () => {
    const outcome = await conformForTest(['--only=CREATE-DUPLICATE-EXISTING', '--seed=1']);
    expect(outcome.report?.run.existingUsersUntouched).toBeUndefined();
  });
});
