import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validCountry, validDateOfBirth, validName, validPhone } from './valid-values.js';
import { validCreateBody, validPatch } from './valid-bodies.js';
import { validEmail, validEmailLocal } from './email.js';
import type { ExampleArbitrary } from './with-examples.js';
import { accept, codes, createRules, domain, now, updateRules } from '../../test/support/contract-sets.js';

const base = { email: `base@${domain}`, firstName: 'John', lastName: 'Doe', dateOfBirth: '1990-01-01', country: 'US' };

/** Every listed example and a few hundred generated values. */
function valuesOf<T>(arbitrary: ExampleArbitrary<T>, seed = 42): T[] {
  return [...arbitrary.examples, ...fc.sample(arbitrary, { seed, numRuns: 300 })];
}

const codePoints = (text: string): number => [...text].length;

interface Row {
  name: string;
  arbitrary: () => ExampleArbitrary<unknown>;
  /** The create or update body the value goes in. */
  body: (value: unknown) => Record<string, unknown>;
  rules: 'create' | 'update';
  accepted: (value: unknown) => boolean;
}

const rows: Row[] = [
  { name: 'validEmailLocal', arbitrary: validEmailLocal, body: (v) => ({ ...base, email: `${String(v)}@${domain}` }), rules: 'create', accepted: (v) => accept.email(`${String(v)}@${domain}`, domain) },
  { name: 'validEmail', arbitrary: () => validEmail(domain), body: (v) => ({ ...base, email: v }), rules: 'create', accepted: (v) => accept.email(String(v), domain) },
  { name: 'validName (firstName)', arbitrary: validName, body: (v) => ({ ...base, firstName: v }), rules: 'create', accepted: (v) => accept.name(String(v)) },
  { name: 'validName (lastName)', arbitrary: validName, body: (v) => ({ ...base, lastName: v }), rules: 'create', accepted: (v) => accept.name(String(v)) },
  { name: 'validDateOfBirth', arbitrary: () => validDateOfBirth(now), body: (v) => ({ ...base, dateOfBirth: v }), rules: 'create', accepted: (v) => accept.dateOfBirth(String(v), now) },
  { name: 'validCountry', arbitrary: () => validCountry(codes), body: (v) => ({ ...base, country: v }), rules: 'create', accepted: (v) => accept.country(String(v), codes) },
  { name: 'validPhone', arbitrary: validPhone, body: (v) => ({ ...base, phoneNumber: v }), rules: 'create', accepted: (v) => accept.phoneNumber(String(v)) },
  {
    name: 'validCreateBody',
    arbitrary: () => validCreateBody(domain, { countries: codes, now }),
    body: (v) => v as Record<string, unknown>,
    rules: 'create',
    accepted: (v) => {
      const b = v as Record<string, string>;
      return (
        accept.email(b.email, domain) &&
        accept.name(b.firstName) &&
        accept.name(b.lastName) &&
        accept.dateOfBirth(b.dateOfBirth, now) &&
        accept.country(b.country, codes) &&
        (b.phoneNumber === undefined || accept.phoneNumber(b.phoneNumber))
      );
    },
  },
  {
    name: 'validPatch',
    arbitrary: validPatch,
    body: (v) => v as Record<string, unknown>,
    rules: 'update',
    accepted: (v) => {
      const p = v as Record<string, string>;
      const keys = Object.keys(p);
      return (
        keys.length > 0 &&
        keys.every((k) => ['firstName', 'lastName', 'phoneNumber'].includes(k)) &&
        (p.firstName === undefined || accept.name(p.firstName)) &&
        (p.lastName === undefined || accept.name(p.lastName)) &&
        (p.phoneNumber === undefined || accept.phoneNumber(p.phoneNumber))
      );
    },
  },
];

describe('valid-value generators', () => {
  it.each(rows)('$name: every value passes the request schema and is in the accept set', ({ arbitrary, body, rules, accepted }) => {
    const check = rules === 'create' ? createRules : updateRules;
    for (const value of valuesOf(arbitrary())) {
      expect(check(body(value)), JSON.stringify(value)).toEqual([]);
      expect(accepted(value), JSON.stringify(value)).toBe(true);
    }
  });

  it.each(rows)('$name: the same seed generates the same values', ({ arbitrary }) => {
    expect(fc.sample(arbitrary(), { seed: 7, numRuns: 30 })).toEqual(fc.sample(arbitrary(), { seed: 7, numRuns: 30 }));
  });
});

describe('boundaries among the examples', () => {
  const rows: Array<{ name: string; examples: () => unknown[]; want: (examples: unknown[]) => boolean }> = [
    { name: 'e-mail local part of 1 character', examples: () => validEmailLocal().examples, want: (xs) => xs.some((x) => String(x).length === 1) },
    { name: 'e-mail local part of 64 characters', examples: () => validEmailLocal().examples, want: (xs) => xs.some((x) => String(x).length === 64) },
    { name: 'e-mail local part with a +tag', examples: () => validEmailLocal().examples, want: (xs) => xs.some((x) => String(x).includes('+')) },
    { name: 'e-mail of exactly 254 characters', examples: () => validEmail(domain).examples, want: (xs) => xs.some((x) => String(x).length === 254) },
    { name: 'e-mail in mixed case', examples: () => validEmail(domain).examples, want: (xs) => xs.some((x) => /[A-Z]/.test(String(x)) && /[a-z]/.test(String(x))) },
    { name: 'e-mail with a mixed-case domain', examples: () => validEmail(domain).examples, want: (xs) => xs.some((x) => /[A-Z]/.test(String(x).split('@')[1]) && /[a-z]/.test(String(x).split('@')[1])) },
    { name: 'name of 1 code point', examples: () => validName().examples, want: (xs) => xs.some((x) => codePoints(String(x)) === 1) },
    { name: 'name of 100 code points', examples: () => validName().examples, want: (xs) => xs.some((x) => codePoints(String(x)) === 100) },
    { name: 'name of 100 code points, 200 UTF-16 units', examples: () => validName().examples, want: (xs) => xs.some((x) => codePoints(String(x)) === 100 && String(x).length === 200) },
    { name: 'name with leading or trailing spaces', examples: () => validName().examples, want: (xs) => xs.some((x) => String(x) !== String(x).trim()) },
    { name: 'date of birth 1900-01-01', examples: () => validDateOfBirth(now).examples, want: (xs) => xs.includes('1900-01-01') },
    { name: 'date of birth 2000-02-29', examples: () => validDateOfBirth(now).examples, want: (xs) => xs.includes('2000-02-29') },
    {
      name: 'date of birth today − 2 days',
      examples: () => validDateOfBirth(now).examples,
      want: (xs) => xs.includes(new Date(now.getTime() - 2 * 86_400_000).toISOString().slice(0, 10)),
    },
    { name: 'phone of 2 digits', examples: () => validPhone().examples, want: (xs) => xs.some((x) => String(x).length === 3) },
    { name: 'phone of 15 digits', examples: () => validPhone().examples, want: (xs) => xs.some((x) => String(x).length === 16) },
    { name: 'create body without a phone', examples: () => validCreateBody(domain, { countries: codes, now }).examples, want: (xs) => xs.some((x) => !('phoneNumber' in (x as object))) },
    {
      name: 'create body with every name boundary',
      examples: () => validCreateBody(domain, { countries: codes, now }).examples,
      want: (xs) => validName().examples.every((n) => xs.some((x) => (x as { firstName: string }).firstName === n || (x as { lastName: string }).lastName === n)),
    },
  ];
  it.each(rows)('$name', ({ examples, want }) => {
    expect(want(examples())).toBe(true);
  });
});

describe('fresh domains', () => {
  it('validCreateBody calls the domain source for every value, shrunk ones included', () => {
    let n = 0;
    const arbitrary = validCreateBody(() => `d${++n}.example.com`, { countries: codes, now });
    const emails = [...arbitrary.examples, ...fc.sample(arbitrary, { seed: 1, numRuns: 100 })].map((b) => b.email);
    expect(new Set(emails).size).toBe(emails.length);
    // A failing property shrinks: every body tried must still carry its own address.
    const tried: string[] = [];
    fc.check(
      fc.property(arbitrary, (body) => {
        tried.push(body.email);
        return [...body.firstName].length < 20;
      }),
      { seed: 3, numRuns: 200 },
    );
    expect(new Set(tried).size).toBe(tried.length);
  });

  it('validEmail keeps the case of the domain\'s first label (it carries the run id), and changes the case of others sometimes', () => {
    const hosts = valuesOf(validEmail(domain)).map((x) => x.split('@')[1]);
    expect(hosts.every((h) => h.includes('.r0123abcdtagn1.') || h.startsWith('r0123abcdtagn1.'))).toBe(true);
    const cased = hosts.filter((h) => /[A-Z]/.test(h)).length;
    expect(cased).toBeGreaterThan(hosts.length / 10);
    expect(cased).toBeLessThan(hosts.length);
  });

  it('validEmail calls the domain source for every value', () => {
    let n = 0;
    const arbitrary = validEmail(() => `d${++n}.example.com`);
    const emails = [...arbitrary.examples, ...fc.sample(arbitrary, { seed: 1, numRuns: 200 })];
    expect(new Set(emails).size).toBe(emails.length);
  });
});

describe('validDateOfBirth', () => {
  const rows = [
    { now: '2024-03-01T00:00:00Z', want: '2024-02-28' },
    { now: '2024-03-01T23:59:59Z', want: '2024-02-28' },
    { now: '2025-01-01T12:00:00Z', want: '2024-12-30' },
  ];
  it.each(rows)('on $now the latest date is $want', ({ now, want }) => {
    const arbitrary = validDateOfBirth(new Date(now));
    expect(arbitrary.examples).toContain(want);
    const dates = fc.sample(arbitrary, { seed: 5, numRuns: 500 });
    expect(dates.every((d) => d <= want && d >= '1900-01-01')).toBe(true);
  });
});
