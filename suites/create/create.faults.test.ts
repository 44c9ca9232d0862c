import { describe, expect, it } from 'vitest';
import { conformForTest } from '../../test/support/conform-for-test.js';
import type { FaultName } from '../../src/reference/faults.js';
import { startReferenceServer } from '../../src/reference/start-reference-server.js';

// Each create requirement is proven able to fail: the fault named in its row makes it fail.
// SHOULD requirements fail the run only under --strict.
const rows: Array<{ fault: FaultName; want: string[]; strict?: boolean }> = [
  { fault: 'create-returns-200', want: ['CREATE-SUCCESS'] },
  { fault: 'trim-names', want: ['CREATE-ECHO'] },
  { fault: 'lowercase-email', want: ['CREATE-ECHO'] },
  { fault: 'create-status-active', want: ['CREATE-STATUS-PENDING'] },
  { fault: 'client-status-honoured', want: ['CREATE-STATUS-NOT-SETTABLE'] },
  { fault: 'no-location-header', want: ['CREATE-LOCATION'], strict: true },
  { fault: 'reject-non-latin-names', want: ['CREATE-ACCEPTS-VALID'] },
  { fault: 'truncate-names-50', want: ['CREATE-READ-BACK'] },
  { fault: 'list-omits-last', want: ['CREATE-LISTED'] },
  { fault: 'duplicate-email-allowed', want: ['CREATE-DUPLICATE-EMAIL'] },
  { fault: 'duplicate-email-race', want: ['CREATE-DUPLICATE-EMAIL-CONCURRENT'] },
  { fault: 'user-id-collision', want: ['CREATE-CONCURRENT-DISTINCT'] },
  { fault: 'duplicate-invalid-500', want: ['CREATE-DUPLICATE-INVALID-BODY'] },
  { fault: 'email-unique-case-sensitive', want: ['CREATE-DUPLICATE-EMAIL-CASE'] },
  { fault: 'email-tag-normalized', want: ['CREATE-DISTINCT-EMAILS'] },
  { fault: 'names-nfc-normalized', want: ['CREATE-NAMES-NOT-NORMALIZED'] },
  { fault: 'dob-optional', want: ['CREATE-MISSING-FIELD'] },
  { fault: 'phone-null-accepted', want: ['CREATE-WRONG-TYPE'] },
  { fault: 'email-loose-check', want: ['CREATE-EMAIL-INVALID'] },
  { fault: 'blank-names-accepted', want: ['CREATE-NAME-INVALID'] },
  { fault: 'date-not-calendar-checked', want: ['CREATE-DATE-OF-BIRTH-INVALID'] },
  { fault: 'country-case-insensitive', want: ['CREATE-COUNTRY-INVALID'] },
  { fault: 'phone-16-digits-accepted', want: ['CREATE-PHONE-INVALID'] },
  { fault: 'phone-unicode-digits', want: ['CREATE-PHONE-INVALID'] },
  { fault: 'date-unicode-digits', want: ['CREATE-DATE-OF-BIRTH-INVALID'] },
  { fault: 'email-upper-domain-rejected', want: ['CREATE-ACCEPTS-VALID'] },
  { fault: 'unknown-fields-ignored', want: ['CREATE-NOT-WRITABLE'] },
  { fault: 'persist-before-validate', want: ['CREATE-REJECTED-NOT-STORED'] },
  { fault: 'malformed-json-422', want: ['CREATE-NOT-JSON-OBJECT'] },
  { fault: 'ignore-content-type', want: ['CREATE-CONTENT-TYPE'] },
  { fault: '422-without-errors', want: ['ERRORS-422-FIELDS'], strict: true },
];

describe('create requirements catch their faults', () => {
  it.each(rows)('$fault fails $want', async ({ fault, want, strict }) => {
    const outcome = await conformForTest(['--only=create', `--fault=${fault}`, '--seed=7', ...(strict ? ['--strict'] : [])]);
    expect(outcome.code).toBe(1);
    expect(outcome.failed).toEqual(expect.arrayContaining(want));
  });
});

describe('create requirements pass the correct server', () => {
  it.each([1, 2, 3, 4, 5])('seed %i', async (seed) => {
    const outcome = await conformForTest(['--only=create', `--seed=${seed}`, '--strict']);
    expect({ failed: outcome.failed, errored: outcome.errored }).toEqual({ failed: [], errored: [] });
    expect(outcome.report?.requirements.filter((r) => r.status === 'skipped').map((r) => r.id)).toEqual([]);
    expect(outcome.code).toBe(0);
  });

  it('with more generated cases per property', async () => {
    const outcome = await conformForTest(['--only=create', '--seed=11', '--runs=100', '--strict']);
    expect({ failed: outcome.failed, errored: outcome.errored }).toEqual({ failed: [], errored: [] });
  });

  it('on an empty target', async () => {
    const server = await startReferenceServer({ seedUsers: 0 });
    try {
      const outcome = await conformForTest(['--only=create', `--base-url=${server.url}`, '--seed=4', '--strict']);
      expect({ failed: outcome.failed, errored: outcome.errored }).toEqual({ failed: [], errored: [] });
      expect(outcome.code).toBe(0);
    } finally {
      await server.close();
    }
  });

  it('skips every create requirement under --read-only', async () => {
    const outcome = await conformForTest(['--only=create', '--read-only', '--seed=2']);
    expect(outcome.report?.requirements.every((r) => r.status === 'skipped')).toBe(true);
  });
});
