import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyInvalidCase, invalidPatches, missingFields, notWritableOnCreate, wrongTypes, type InvalidCase } from './invalid-cases.js';
import { invalidCountries, invalidDatesOfBirth, invalidEmails, invalidNames, invalidPhones } from './invalid-values.js';
import type { ExampleArbitrary } from './with-examples.js';
import { reject, codes, createRules, domain, now, updateRules } from '../../test/support/contract-sets.js';

const base = { email: `base@${domain}`, firstName: 'John', lastName: 'Doe', dateOfBirth: '1990-01-01', country: 'US', phoneNumber: '+1234567890' };
const writableOnCreate = ['email', 'firstName', 'lastName', 'dateOfBirth', 'country', 'phoneNumber'];
const writableOnUpdate = ['firstName', 'lastName', 'phoneNumber'];
const required = ['email', 'firstName', 'lastName', 'dateOfBirth', 'country'];

function casesOf(arbitrary: ExampleArbitrary<InvalidCase>): InvalidCase[] {
  return [...arbitrary.examples, ...fc.sample(arbitrary, { seed: 42, numRuns: 400 })];
}

/** Whether a case is in the contract's reject set for a body of this operation. */
function inRejectSet(c: InvalidCase, op: 'create' | 'update'): boolean {
  const writable = op === 'create' ? writableOnCreate : writableOnUpdate;
  if (c.omit) return op === 'create' ? required.includes(c.field) : c.field === '(body)';
  if (!writable.includes(c.field)) return true;
  return reject[c.field](c.value, now);
}

const rows: Array<{ name: string; arbitrary: () => ExampleArbitrary<InvalidCase>; op: 'create' | 'update'; fields: string[] }> = [
  { name: 'invalidEmails', arbitrary: () => invalidEmails(domain), op: 'create', fields: ['email'] },
  { name: 'invalidNames (firstName)', arbitrary: () => invalidNames('firstName'), op: 'create', fields: ['firstName'] },
  { name: 'invalidNames (lastName)', arbitrary: () => invalidNames('lastName'), op: 'create', fields: ['lastName'] },
  { name: 'invalidDatesOfBirth', arbitrary: () => invalidDatesOfBirth(now), op: 'create', fields: ['dateOfBirth'] },
  { name: 'invalidCountries', arbitrary: () => invalidCountries(codes), op: 'create', fields: ['country'] },
  { name: 'invalidPhones', arbitrary: invalidPhones, op: 'create', fields: ['phoneNumber'] },
  { name: 'wrongTypes', arbitrary: () => wrongTypes(domain), op: 'create', fields: writableOnCreate },
  { name: 'missingFields', arbitrary: () => missingFields(), op: 'create', fields: required },
  { name: 'notWritableOnCreate', arbitrary: notWritableOnCreate, op: 'create', fields: [] },
  { name: 'invalidPatches', arbitrary: () => invalidPatches(domain), op: 'update', fields: [] },
];

describe('invalid-case generators', () => {
  it.each(rows)('$name: every case is in the reject set and rejected by the request schema', ({ arbitrary, op, fields }) => {
    const check = op === 'create' ? createRules : updateRules;
    for (const c of casesOf(arbitrary())) {
      const body = applyInvalidCase(op === 'create' ? base : {}, c);
      const what = JSON.stringify(c);
      expect(c.why.length, what).toBeGreaterThan(0);
      if (fields.length > 0) expect(fields, what).toContain(c.field);
      expect(inRejectSet(c, op), what).toBe(true);
      expect(check(body).length, what).toBeGreaterThan(0);
    }
  });

  it.each(rows)('$name: the same seed generates the same cases', ({ arbitrary }) => {
    expect(fc.sample(arbitrary(), { seed: 9, numRuns: 30 })).toEqual(fc.sample(arbitrary(), { seed: 9, numRuns: 30 }));
  });
});

const plusDays = (days: number): string => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

describe('the listed reject values are all examples', () => {
  const rows: Array<{ name: string; examples: () => InvalidCase[]; want: unknown[] }> = [
    {
      name: 'dateOfBirth',
      examples: () => invalidDatesOfBirth(now).examples,
      want: ['2021-02-30', '2023-02-29', '2021-04-31', '2021-13-01', '2021-00-10', '01/01/1990', '1990-1-1', '19900101', '1990-01-01T00:00:00Z', '١٩٩٠-٠١-٠١', '1899-12-31', plusDays(2), '2999-01-01'],
    },
    { name: 'country', examples: () => invalidCountries(codes).examples, want: ['us', 'USA', '1A', 'U', '', 'U S'] },
    { name: 'phoneNumber', examples: () => invalidPhones().examples, want: ['1234567890', '+0123', '+1', '+1234567890123456', '+1-800-FLOWERS', '+1 234 567', '+١٢٣٤٥٦٧', '+１２３４５６７'] },
    { name: 'names', examples: () => invalidNames().examples, want: ['', ' ', '\t', '\n', 'a'.repeat(101), String.fromCodePoint(0x20000).repeat(101)] },
    { name: 'email', examples: () => invalidEmails(domain).examples, want: [`a@@${domain}`, `@${domain}`, 'user@', `a b@${domain}`, `a\tb@${domain}`, ` ab@${domain}`, `ab@${domain} `] },
  ];
  it.each(rows)('$name', ({ examples, want }) => {
    const values = examples().map((c) => c.value);
    for (const value of want) expect(values).toContainEqual(value);
  });

  const fieldRows: Array<{ name: string; examples: () => InvalidCase[]; want: string[] }> = [
    { name: 'wrong types: phoneNumber null', examples: () => wrongTypes(domain).examples.filter((c) => c.value === null), want: writableOnCreate },
    { name: 'missing fields', examples: () => missingFields().examples, want: required },
    {
      name: 'not writable on create',
      examples: () => notWritableOnCreate().examples,
      want: ['userId', 'status', 'createdAt', 'updatedAt', 'verificationStatus', 'role', 'isAdmin', 'password'],
    },
    {
      name: 'invalid patches',
      examples: () => invalidPatches(domain).examples,
      want: ['(body)', 'email', 'status', 'userId', 'createdAt', 'dateOfBirth', 'country', 'role', 'firstName', 'lastName', 'phoneNumber'],
    },
  ];
  it.each(fieldRows)('$name', ({ examples, want }) => {
    const fields = examples().map((c) => c.field);
    for (const field of want) expect(fields).toContain(field);
  });

  it('every status is among the not-writable examples', () => {
    const statuses = notWritableOnCreate()
      .examples.filter((c) => c.field === 'status')
      .map((c) => c.value);
    expect(statuses).toEqual(['pending_verification', 'active', 'suspended', 'closed']);
  });

  it('an e-mail case made with a domain source gets a fresh domain each', () => {
    let n = 0;
    const arbitrary = invalidEmails(() => `d${++n}.example.com`);
    const withDomain = [...arbitrary.examples, ...fc.sample(arbitrary, { seed: 1, numRuns: 100 })]
      .map((c) => String(c.value))
      .filter((v) => /d[0-9]+\.example\.com/.test(v));
    expect(new Set(withDomain).size).toBe(withDomain.length);
  });
});

describe('applyInvalidCase', () => {
  const rows: Array<{ given: { base: Record<string, unknown>; c: InvalidCase }; want: Record<string, unknown> }> = [
    { given: { base: { a: 1, b: 2 }, c: { field: 'b', value: 3, why: 'x' } }, want: { a: 1, b: 3 } },
    { given: { base: { a: 1, b: 2 }, c: { field: 'b', omit: true, why: 'x' } }, want: { a: 1 } },
    { given: { base: { a: 1 }, c: { field: 'c', value: null, why: 'x' } }, want: { a: 1, c: null } },
    { given: { base: {}, c: { field: '(body)', omit: true, why: 'x' } }, want: {} },
  ];
  it.each(rows)('$given.c.field', ({ given, want }) => {
    const before = JSON.stringify(given.base);
    expect(applyInvalidCase(given.base, given.c)).toEqual(want);
    expect(JSON.stringify(given.base)).toBe(before);
  });

  it('makes __proto__ a key, not the prototype', () => {
    const body = applyInvalidCase({}, { field: '__proto__', value: { polluted: true }, why: 'x' });
    expect(JSON.stringify(body)).toBe('{"__proto__":{"polluted":true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
