import { describe, expect, it } from 'vitest';
import { alternativeBodyErrors, type BodyRules } from './alternative-body-errors.js';

const rules: BodyRules = { countries: new Set(['US', 'DE', 'GR']), today: '2026-11-27' };
const valid = { email: 'a@example.com', firstName: 'Ann', lastName: 'Lee', dateOfBirth: '1990-01-01', country: 'US' };
const omit = (body: Record<string, unknown>, key: string): Record<string, unknown> => Object.fromEntries(Object.entries(body).filter(([k]) => k !== key));
const fields = (body: Record<string, unknown>, kind: 'create' | 'update' = 'create') => alternativeBodyErrors(body, kind, rules).map((e) => e.field);

describe('alternativeBodyErrors', () => {
  const cases: Array<{ name: string; given: Record<string, unknown>; kind?: 'update'; want: string[] }> = [
    { name: 'a valid create', given: valid, want: [] },
    { name: 'a valid create with a phone', given: { ...valid, phoneNumber: '+12' }, want: [] },
    { name: 'astral and spaced names', given: { ...valid, firstName: String.fromCodePoint(0x20000).repeat(100), lastName: ' a ' }, want: [] },
    { name: 'today is taken', given: { ...valid, dateOfBirth: '2026-11-27' }, want: [] },
    { name: 'tomorrow is refused (grey)', given: { ...valid, dateOfBirth: '2026-11-28' }, want: ['dateOfBirth'] },
    { name: '1900-01-01 is taken', given: { ...valid, dateOfBirth: '1900-01-01' }, want: [] },
    { name: 'before 1900', given: { ...valid, dateOfBirth: '1899-12-31' }, want: ['dateOfBirth'] },
    { name: 'not a calendar date', given: { ...valid, dateOfBirth: '2023-02-29' }, want: ['dateOfBirth'] },
    { name: 'a leap day', given: { ...valid, dateOfBirth: '2000-02-29' }, want: [] },
    { name: 'an unassigned country (grey: refused)', given: { ...valid, country: 'ZZ' }, want: ['country'] },
    { name: 'a lower-case country', given: { ...valid, country: 'us' }, want: ['country'] },
    { name: 'a blank name', given: { ...valid, firstName: ' \t' }, want: ['firstName'] },
    { name: 'a name of 101 code points', given: { ...valid, lastName: 'a'.repeat(101) }, want: ['lastName'] },
    { name: 'phone null is a wrong type', given: { ...valid, phoneNumber: null }, want: ['phoneNumber'] },
    { name: 'a 16-digit phone', given: { ...valid, phoneNumber: '+1234567890123456' }, want: ['phoneNumber'] },
    { name: 'a missing field', given: omit(valid, 'country'), want: ['country'] },
    { name: 'status is not writable', given: { ...valid, status: 'active' }, want: ['status'] },
    { name: 'two offending fields', given: { ...valid, firstName: '   ', country: 'USA' }, want: ['firstName', 'country'] },
    { name: 'an empty update', given: {}, kind: 'update', want: [''] },
    { name: 'a valid update', given: { lastName: 'Smith' }, kind: 'update', want: [] },
    { name: 'email is not writable on update', given: { email: 'b@example.com' }, kind: 'update', want: ['email'] },
  ];
  it.each(cases)('$name', ({ given, kind, want }) => {
    expect(fields(given, kind)).toEqual(want);
  });
});
