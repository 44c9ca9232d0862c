import { describe, expect, it } from 'vitest';
import type { InvalidCase } from '../../src/generate/invalid-cases.js';
import { echoMismatches } from './echo-mismatches.js';
import { describeCase } from './describe-case.js';
import { fieldNamed } from './field-named.js';
import { locationProblem } from './location-problem.js';
import { showValue } from './show-value.js';
import { swapCase } from './swap-case.js';

describe('showValue', () => {
  const rows = [
    { given: 'ab', want: '"ab"' },
    { given: null, want: 'null' },
    { given: undefined, want: 'undefined' },
    { given: 'x'.repeat(100), want: `"${'x'.repeat(79)}…` },
    { given: { a: [1] }, want: '{"a":[1]}' },
  ];
  it.each(rows)('$given', ({ given, want }) => expect(showValue(given)).toBe(want));
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

describe('locationProblem', () => {
  const url = 'http://127.0.0.1:8080/v1/users';
  const rows: Array<{ location: string | undefined; want: string | undefined }> = [
    { location: '/v1/users/usr_1', want: undefined },
    { location: 'http://127.0.0.1:8080/v1/users/usr_1', want: undefined },
    { location: 'users/usr_1', want: undefined },
    { location: '/api/v1/users/usr_1/', want: undefined },
    { location: undefined, want: 'no Location header' },
    { location: '', want: 'no Location header' },
    { location: '/v1/users/usr_2', want: 'Location "/v1/users/usr_2" does not point at /v1/users/usr_1' },
    { location: '/v1/users', want: 'Location "/v1/users" does not point at /v1/users/usr_1' },
    { location: 'http://evil.example/v1/users/usr_1', want: 'Location "http://evil.example/v1/users/usr_1" is on another origin than http://127.0.0.1:8080' },
  ];
  it.each(rows)('$location', ({ location, want }) => expect(locationProblem(location, url, 'usr_1')).toBe(want));
});

describe('fieldNamed', () => {
  const rows: Array<{ entry: unknown; field: string; want: boolean }> = [
    { entry: { field: 'email', message: 'bad' }, field: 'email', want: true },
    { entry: { field: '/email', message: 'bad' }, field: 'email', want: true },
    { entry: { field: '#/email', message: 'bad' }, field: 'email', want: true },
    { entry: { field: 'body.email', message: 'bad' }, field: 'email', want: true },
    { entry: { field: "$['email']", message: 'bad' }, field: 'email', want: true },
    { entry: { field: 'EMAIL', message: 'bad' }, field: 'email', want: true },
    { entry: { field: '', message: "must have required property 'lastName'" }, field: 'lastName', want: true },
    { entry: { field: '(body)', message: 'lastName is required' }, field: 'lastName', want: true },
    { entry: { field: '(body)', message: 'something is required' }, field: 'lastName', want: false },
    { entry: { field: 'firstName', message: 'lastName too' }, field: 'lastName', want: false },
    { entry: { field: 'emailAddress', message: 'bad' }, field: 'email', want: false },
    { entry: { message: 'email is bad' }, field: 'email', want: false },
    { entry: 'email', field: 'email', want: false },
    { entry: null, field: 'email', want: false },
  ];
  it.each(rows)('$entry names $field: $want', ({ entry, field, want }) => expect(fieldNamed(entry, field)).toBe(want));
});

describe('swapCase', () => {
  const rows = [
    { given: 'Dup.Case+Check', want: 'dUP.cASE+cHECK' },
    { given: 'abc', want: 'ABC' },
    { given: '1.+', want: '1.+' },
  ];
  it.each(rows)('$given', ({ given, want }) => expect(swapCase(given)).toBe(want));
});

describe('describeCase', () => {
  const rows: Array<{ given: InvalidCase; want: string }> = [
    { given: { field: 'country', value: 'us', why: 'lower case' }, want: 'country "us"' },
    { given: { field: 'dateOfBirth', omit: true, why: 'missing' }, want: 'dateOfBirth left out' },
    { given: { field: 'phoneNumber', value: null, why: 'null' }, want: 'phoneNumber null' },
  ];
  it.each(rows)('$want', ({ given, want }) => expect(describeCase(given)).toBe(want));
});
