import { describe, expect, it } from 'vitest';
import { isAcceptSetEmail } from './is-accept-set-email.js';

describe('isAcceptSetEmail', () => {
  const cases: Array<{ given: string; want: boolean; why: string }> = [
    { given: 'a@example.com', want: true, why: 'shortest local part' },
    { given: `${'x'.repeat(64)}@example.com`, want: true, why: '64-character local part' },
    { given: 'Mixed.Case+Tag_1%x-y@sub.example.com', want: true, why: 'every special character, mixed case' },
    { given: `a@${'p'.repeat(70)}.example.com`, want: true, why: 'a label over 63 characters (the contract sets no cap)' },
    { given: 'a@123.example.com', want: true, why: 'a label of digits' },
    { given: 'a@x-y.example.com', want: true, why: 'an inner hyphen' },
    { given: `a@${'p'.repeat(240)}.example.com`, want: true, why: 'exactly 254 characters' },
    { given: `a@${'p'.repeat(241)}.example.com`, want: false, why: '255 characters' },
    { given: `${'x'.repeat(65)}@example.com`, want: false, why: '65-character local part' },
    { given: '.a@example.com', want: false, why: 'leading dot' },
    { given: 'a.@example.com', want: false, why: 'trailing dot' },
    { given: 'a..b@example.com', want: false, why: 'two dots' },
    { given: 'a@localhost', want: false, why: 'a dotless domain (grey: refused)' },
    { given: '"a b"@example.com', want: false, why: 'a quoted local part (grey: refused)' },
    { given: 'a@[127.0.0.1]', want: false, why: 'an IP literal (grey: refused)' },
    { given: 'jösé@example.com', want: false, why: 'non-ASCII (grey: refused)' },
    { given: 'a@-x.example.com', want: false, why: 'a leading hyphen in a label' },
    { given: 'a@example..com', want: false, why: 'an empty label' },
    { given: 'a@@example.com', want: false, why: 'two @' },
    { given: 'example.com', want: false, why: 'no @' },
    { given: 'a b@example.com', want: false, why: 'white space' },
  ];
  it.each(cases)('$given → $want ($why)', ({ given, want }) => {
    expect(isAcceptSetEmail(given)).toBe(want);
  });
});
