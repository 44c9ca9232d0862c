import { describe, expect, it } from 'vitest';
import { echoMismatches, fieldDifferences, listedDifferences } from './differences.js';

describe('fieldDifferences', () => {
  const cases: Array<{ name: string; given: Parameters<typeof fieldDifferences>; want: string[] }> = [
    { name: 'equal', given: [{ a: 'x' }, { a: 'x', b: 1 }, ['a', 'b']], want: [] },
    { name: 'changed', given: [{ a: 'x' }, { a: 'y' }, ['a']], want: ['a is "y", expected "x"'] },
    { name: 'absent counts', given: [{ a: 'x' }, {}, ['a']], want: ['a is (absent), expected "x"'] },
    { name: 'absent ignored', given: [{ a: 'x' }, {}, ['a'], false], want: [] },
    { name: 'absent counts for some', given: [{ a: 'x', b: 'y' }, {}, ['a', 'b'], (f) => f === 'b'], want: ['b is (absent), expected "y"'] },
    { name: 'not expected', given: [{}, { a: 'y' }, ['a']], want: [] },
    { name: 'null is a value', given: [{ a: 'x' }, { a: null }, ['a'], false], want: ['a is null, expected "x"'] },
    { name: 'objects compared deeply', given: [{ v: { e: 'pending' } }, { v: { e: 'pending' } }, ['v']], want: [] },
    { name: 'only listed fields', given: [{ a: 'x', b: 'y' }, { a: 'x', b: 'z' }, ['a']], want: [] },
    { name: 'e-mail in any case', given: [{ email: 'Ann.Lee@Example.com' }, { email: 'ann.lee@example.com' }, ['email']], want: [] },
    { name: 'another e-mail', given: [{ email: 'ann@example.com' }, { email: 'anne@example.com' }, ['email']], want: ['email is "anne@example.com", expected "ann@example.com"'] },
    { name: 'other fields keep their case', given: [{ firstName: 'Ann' }, { firstName: 'ann' }, ['firstName']], want: ['firstName is "ann", expected "Ann"'] },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(fieldDifferences(...given)).toEqual(want);
  });
});

describe('listedDifferences', () => {
  const listed = { userId: 'usr_1', email: 'Ann@example.com', firstName: 'Ann', lastName: 'Lee', status: 'active', createdAt: '2024-01-01T10:00:00Z' };
  const rows: Array<{ name: string; given: Record<string, unknown>; want: string[] }> = [
    { name: 'the same user', given: { ...listed }, want: [] },
    { name: 'createdAt as another rendering of the instant', given: { ...listed, createdAt: '2024-01-01T11:00:00.000+01:00' }, want: [] },
    { name: 'another status (a target may change it)', given: { ...listed, status: 'closed' }, want: [] },
    { name: 'a field the GET leaves out', given: { ...listed, lastName: undefined }, want: [] },
    { name: 'createdAt not a date-time', given: { ...listed, createdAt: 'yesterday' }, want: [] },
    { name: 'another id', given: { ...listed, userId: 'usr_2' }, want: ['userId is "usr_2", the list shows "usr_1"'] },
    { name: 'e-mail in another case', given: { ...listed, email: 'ann@example.com' }, want: ['email is "ann@example.com", the list shows "Ann@example.com"'] },
    { name: 'another name', given: { ...listed, firstName: 'Anne' }, want: ['firstName is "Anne", the list shows "Ann"'] },
    {
      name: 'another instant',
      given: { ...listed, createdAt: '2024-01-01T10:00:00.001Z' },
      want: ['createdAt is "2024-01-01T10:00:00.001Z", the list shows "2024-01-01T10:00:00Z"'],
    },
  ];
  it.each(rows)('$name', ({ given, want }) => {
    expect(listedDifferences(listed, given)).toEqual(want);
  });
});

describe('echoMismatches', () => {
  const sent = { email: 'A@x.example.com', firstName: ' Ann ', lastName: 'Lee', dateOfBirth: '1990-01-01', country: 'US' };
  const rows: Array<{ name: string; got: Record<string, unknown>; want: string[] }> = [
    { name: 'equal', got: { ...sent, userId: 'usr_1', status: 'pending_verification' }, want: [] },
    { name: 'trimmed name', got: { ...sent, firstName: 'Ann' }, want: ['firstName "Ann" instead of " Ann "'] },
    { name: 'lower-cased e-mail', got: { ...sent, email: 'a@x.example.com' }, want: ['email "a@x.example.com" instead of "A@x.example.com"'] },
    { name: 'optional fields left out', got: { email: sent.email, firstName: sent.firstName, lastName: sent.lastName }, want: [] },
    { name: 'null phone when none was sent', got: { ...sent, phoneNumber: null }, want: [] },
    { name: 'a phone when none was sent', got: { ...sent, phoneNumber: '+12' }, want: ['phoneNumber "+12" instead of undefined'] },
    { name: 'country changed', got: { ...sent, country: 'us' }, want: ['country "us" instead of "US"'] },
    { name: 'required field missing', got: { ...sent, lastName: undefined }, want: ['lastName undefined instead of "Lee"'] },
  ];
  it.each(rows)('$name', ({ got, want }) => expect(echoMismatches(sent, got)).toEqual(want));

  it('compares e-mails case-insensitively when asked', () => {
    expect(echoMismatches(sent, { ...sent, email: 'a@X.example.com' }, { emailAnyCase: true })).toEqual([]);
    expect(echoMismatches(sent, { ...sent, email: 'b@x.example.com' }, { emailAnyCase: true })).toEqual(['email "b@x.example.com" instead of "A@x.example.com"']);
  });

  it('says the lengths of long values, so a cut-off shows', () => {
    const long = 'a'.repeat(100);
    expect(echoMismatches({ ...sent, lastName: long }, { ...sent, lastName: long.slice(0, 50) })).toEqual([
      `lastName "${'a'.repeat(50)}" instead of "${'a'.repeat(59)}… (100 code points)`,
    ]);
  });
});
