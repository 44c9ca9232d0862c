import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectSpec } from '../spec/load-spec.js';
import { latestAcceptedDate } from '../validate/contract-rules.js';
import type { Validators } from '../validate/validators.js';
import { createValidators } from '../validate/create-ajv.js';
import { findInputErrors } from './find-input-errors.js';

let validators: Validators;
beforeAll(async () => {
  validators = createValidators(await projectSpec());
});

const valid = { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace', dateOfBirth: '1990-01-01', country: 'GB' };
const fieldsOf = (errors: { field: string }[]): string[] => errors.map((e) => e.field);

describe('findInputErrors', () => {
  const today = new Date().toISOString().slice(0, 10);
  const cases: { name: string; given: { operation: 'createUser' | 'updateUser'; input: unknown }; want: string[] }[] = [
    { name: 'a valid create', given: { operation: 'createUser', input: valid }, want: [] },
    { name: 'with a phone', given: { operation: 'createUser', input: { ...valid, phoneNumber: '+12' } }, want: [] },
    { name: '15-digit phone', given: { operation: 'createUser', input: { ...valid, phoneNumber: '+123456789012345' } }, want: [] },
    { name: 'born today', given: { operation: 'createUser', input: { ...valid, dateOfBirth: today } }, want: [] },
    { name: 'born 1900-01-01', given: { operation: 'createUser', input: { ...valid, dateOfBirth: '1900-01-01' } }, want: [] },
    { name: '29 February of a leap year', given: { operation: 'createUser', input: { ...valid, dateOfBirth: '2000-02-29' } }, want: [] },
    { name: 'a plus-addressed e-mail', given: { operation: 'createUser', input: { ...valid, email: 'a.b+c%d@sub.example.com' } }, want: [] },
    { name: 'other fields are left to the server', given: { operation: 'createUser', input: { ...valid, country: 'usa', firstName: ' ' } }, want: [] },
    { name: 'e-mail without @', given: { operation: 'createUser', input: { ...valid, email: 'ada.example.com' } }, want: ['email'] },
    { name: 'e-mail with two @', given: { operation: 'createUser', input: { ...valid, email: 'a@b@example.com' } }, want: ['email'] },
    { name: 'e-mail with a space', given: { operation: 'createUser', input: { ...valid, email: 'a b@example.com' } }, want: ['email'] },
    { name: 'e-mail over 254', given: { operation: 'createUser', input: { ...valid, email: `${'a'.repeat(64)}@${'b'.repeat(190)}.com` } }, want: ['email'] },
    { name: 'e-mail missing', given: { operation: 'createUser', input: { ...valid, email: undefined } }, want: ['email'] },
    { name: 'e-mail not a string', given: { operation: 'createUser', input: { ...valid, email: 42 } }, want: ['email'] },
    { name: 'phone without +', given: { operation: 'createUser', input: { ...valid, phoneNumber: '1234567' } }, want: ['phoneNumber'] },
    { name: 'phone of 16 digits', given: { operation: 'createUser', input: { ...valid, phoneNumber: '+1234567890123456' } }, want: ['phoneNumber'] },
    { name: 'phone null', given: { operation: 'createUser', input: { ...valid, phoneNumber: null } }, want: ['phoneNumber'] },
    { name: '2021-02-30', given: { operation: 'createUser', input: { ...valid, dateOfBirth: '2021-02-30' } }, want: ['dateOfBirth'] },
    { name: '1900-02-29', given: { operation: 'createUser', input: { ...valid, dateOfBirth: '1900-02-29' } }, want: ['dateOfBirth'] },
    { name: 'born 1899', given: { operation: 'createUser', input: { ...valid, dateOfBirth: '1899-12-31' } }, want: ['dateOfBirth'] },
    { name: 'born in 3000', given: { operation: 'createUser', input: { ...valid, dateOfBirth: '3000-01-01' } }, want: ['dateOfBirth'] },
    { name: 'a date-time', given: { operation: 'createUser', input: { ...valid, dateOfBirth: '1990-01-01T00:00:00Z' } }, want: ['dateOfBirth'] },
    { name: 'not an object', given: { operation: 'createUser', input: [] }, want: [''] },
    { name: 'a valid patch', given: { operation: 'updateUser', input: { lastName: 'Smith' } }, want: [] },
    { name: 'an empty patch', given: { operation: 'updateUser', input: {} }, want: [''] },
    { name: 'a patch of undefineds', given: { operation: 'updateUser', input: { lastName: undefined } }, want: [''] },
    { name: 'a bad phone in a patch', given: { operation: 'updateUser', input: { phoneNumber: '+0123' } }, want: ['phoneNumber'] },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(fieldsOf(findInputErrors(given.operation, given.input))).toEqual(want);
  });
});

/** Digits joined into date-like strings, near and far from the real calendar. */
const dateLike = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1890, max: 2200 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.date({ min: new Date('1899-12-25T00:00:00Z'), max: new Date(Date.now() + 5 * 86_400_000), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom(latestAcceptedDate(), latestAcceptedDate(new Date(Date.now() + 86_400_000))),
  fc.string({ maxLength: 12 }),
);
const emailLike = fc.oneof(
  fc.emailAddress(),
  fc.tuple(fc.string(), fc.constantFrom('@', '@@', ' @', '@ ', ''), fc.string()).map(([a, at, b]) => a + at + b),
  fc.tuple(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 180, max: 200 })).map(([l, d]) => `${'x'.repeat(l)}@${'y'.repeat(d)}.example.com`),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const phoneLike = fc.oneof(fc.stringMatching(/^\+?[0-9]{0,17}$/), fc.string({ maxLength: 18 }));

// The client may only refuse what the spec refuses (a server must accept the
// rest), and should refuse all of it for the fields it checks.
describe('findInputErrors agrees with the spec', () => {
  const fields = [
    { field: 'email', schema: 'Email', values: emailLike },
    { field: 'phoneNumber', schema: 'PhoneNumber', values: phoneLike },
    { field: 'dateOfBirth', schema: 'DateOfBirth', values: dateLike },
  ] as const;
  it.each(fields)('$field: rejected by the client exactly when the spec rejects it', ({ field, schema, values }) => {
    const check = validators.schema(schema);
    fc.assert(
      fc.property(values, (value) => {
        const byClient = fieldsOf(findInputErrors('createUser', { ...valid, [field]: value })).includes(field);
        const bySpec = check(value).length > 0;
        expect(byClient, `${JSON.stringify(value)}: client ${byClient}, spec ${bySpec}`).toBe(bySpec);
      }),
      { numRuns: 2000, seed: 4 },
    );
  });

  const bodies = fc.record(
    {
      email: fc.oneof(emailLike, fc.constant(valid.email)),
      firstName: fc.oneof(fc.string(), fc.constant('Ada')),
      lastName: fc.oneof(fc.string(), fc.constant('L')),
      dateOfBirth: fc.oneof(dateLike, fc.constant(valid.dateOfBirth)),
      country: fc.oneof(fc.constant('GB'), fc.string({ maxLength: 3 })),
      phoneNumber: fc.oneof(phoneLike, fc.constant('+4420')),
    },
    { requiredKeys: [] },
  );
  const cases = [
    { operation: 'createUser', bodies },
    { operation: 'updateUser', bodies: bodies.map(({ firstName, lastName, phoneNumber }) => JSON.parse(JSON.stringify({ firstName, lastName, phoneNumber })) as object) },
  ] as const;
  it.each(cases)('$operation: a body the client refuses is one the spec refuses', ({ operation, bodies: values }) => {
    const check = validators.requestBody(operation);
    fc.assert(
      fc.property(values, (body) => {
        if (findInputErrors(operation, body).length > 0) expect(check(body), JSON.stringify(body)).not.toEqual([]);
      }),
      { numRuns: 2000, seed: 4 },
    );
  });
});
