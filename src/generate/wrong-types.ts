import fc from 'fast-check';
import type { InvalidCase } from './apply-invalid-case.js';
import { resolveDomain, type DomainSource } from './resolve-domain.js';
import { withExamples, type ExampleArbitrary } from './with-examples.js';

/** The string fields of a create body, and a valid value of each (wrapped in arrays and objects below). */
const fields = ['email', 'firstName', 'lastName', 'dateOfBirth', 'country', 'phoneNumber'] as const;
export type StringField = (typeof fields)[number];

function validValueOf(field: StringField, domain: DomainSource): string {
  switch (field) {
    case 'email':
      return `wrong.type@${resolveDomain(domain)}`;
    case 'firstName':
      return 'John';
    case 'lastName':
      return 'Doe';
    case 'dateOfBirth':
      return '1990-01-01';
    case 'country':
      return 'US';
    case 'phoneNumber':
      return '+1234567890';
  }
}

/** A number that reads like the field's value, so a target coercing types would take it. */
const numberOf: Record<StringField, number> = { email: 42, firstName: 1, lastName: 0, dateOfBirth: 19900101, country: 840, phoneNumber: 1234567890 };

/**
 * Wrong JSON types for each string field (default: all six of a create
 * body): a number, a boolean, an array, an object, and null — `phoneNumber:
 * null` included, it is a wrong type. Arrays and objects wrap a valid value,
 * so a target that unwraps them is caught. Labelled with the type sent.
 */
export function wrongTypes(domain: DomainSource, only: readonly StringField[] = fields): ExampleArbitrary<InvalidCase> {
  const casesOf = (field: StringField): InvalidCase[] => [
    { field, value: numberOf[field], why: 'wrong type: a number, not a string' },
    { field, value: true, why: 'wrong type: a boolean, not a string' },
    { field, value: [validValueOf(field, domain)], why: 'wrong type: an array, not a string' },
    { field, value: { value: validValueOf(field, domain) }, why: 'wrong type: an object, not a string' },
    { field, value: null, why: 'wrong type: null, not a string' },
  ];
  const examples = only.flatMap(casesOf);
  const generated = fc
    .record({
      field: fc.constantFrom(...only),
      kind: fc.constantFrom('number', 'boolean', 'array', 'object', 'null'),
      int: fc.integer(),
      real: fc.double({ noNaN: true, noDefaultInfinity: true }),
      flag: fc.boolean(),
      items: fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), { maxLength: 3 }),
      entries: fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
    })
    .map(({ field, kind, int, real, flag, items, entries }): InvalidCase => {
      const value = kind === 'number' ? (flag ? int : real) : kind === 'boolean' ? flag : kind === 'array' ? items : kind === 'object' ? entries : null;
      return { field, value, why: `wrong type: ${kind === 'null' ? 'null' : kind === 'array' || kind === 'object' ? `an ${kind}` : `a ${kind}`}, not a string` };
    });
  return withExamples(fc.oneof(fc.constantFrom(...only).chain((field) => fc.constantFrom(...casesOf(field))), generated), examples);
}
