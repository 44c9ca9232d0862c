import fc from 'fast-check';
import { userFieldNames } from '../client/types.js';
import { resolveDomain, type DomainSource } from './email.js';
import { invalidNames, invalidPhones } from './invalid-values.js';
import { withExamples, type ExampleArbitrary } from './with-examples.js';

// Invalid bodies: a case is one offending field (or the body as a whole) and why the contract rejects it.

/**
 * One reject-set case: the offending field, the value sent (or `omit` to
 * leave the field out), and why the contract rejects it — the label a
 * finding quotes when a target accepts the case.
 */
export interface InvalidCase {
  /** The offending field; `(body)` when the body as a whole breaks the rule (an empty PATCH). */
  field: string;
  /** Why the contract rejects it, e.g. `white space`. */
  why: string;
  /** The value sent in `field` (unless `omit`). */
  value?: unknown;
  /** Leave `field` out of the body instead. */
  omit?: boolean;
}

/** `base` with the case applied: the field set to the case's value, or left out. A new object; `base` is unchanged. */
export function applyInvalidCase(base: Record<string, unknown>, invalid: InvalidCase): Record<string, unknown> {
  const body = { ...base };
  if (invalid.omit) delete body[invalid.field];
  // defineProperty, not assignment: a field named `__proto__` must become a key, not the prototype.
  else Object.defineProperty(body, invalid.field, { value: invalid.value, enumerable: true, writable: true, configurable: true });
  return body;
}

const requiredOnCreate = ['email', 'firstName', 'lastName', 'dateOfBirth', 'country'];

/** Each required field of a create body left out (default: the five the contract lists). */
export function missingFields(required: readonly string[] = requiredOnCreate): ExampleArbitrary<InvalidCase> {
  const examples = required.map((field): InvalidCase => ({ field, omit: true, why: `required field ${field} missing` }));
  return withExamples(fc.constantFrom(...examples), examples);
}

const statuses = ['pending_verification', 'active', 'suspended', 'closed'];

/**
 * Fields that must not be sent on create, each with a plausible value:
 * the server-assigned ones (userId, every status — pending_verification
 * too —, createdAt, updatedAt, verificationStatus) and unknown names
 * (role, isAdmin, password, case variants of writable ones, generated ones).
 */
export function notWritableOnCreate(): ExampleArbitrary<InvalidCase> {
  const assigned = (field: string, value: unknown): InvalidCase => ({ field, value, why: `${field} is assigned by the server, not writable` });
  const unknown = (field: string, value: unknown): InvalidCase => ({ field, value, why: `unknown field ${field}` });
  const examples: InvalidCase[] = [
    assigned('userId', 'usr_chosenByClient1'),
    ...statuses.map((s) => assigned('status', s)),
    assigned('createdAt', '2024-01-01T00:00:00Z'),
    assigned('updatedAt', '2024-01-01T00:00:00Z'),
    assigned('verificationStatus', { email: 'verified', identity: 'verified', address: 'verified' }),
    unknown('role', 'admin'),
    unknown('isAdmin', true),
    unknown('password', 'hunter2hunter2'),
    // Names are case-sensitive: a case variant of a writable field, with a valid value, is an unknown name
    // (Go's encoding/json, and .NET's and Jackson's case-insensitive options, bind it to the field).
    unknown('FirstName', 'Jane'),
    unknown('COUNTRY', 'DE'),
  ];
  const generated = fc
    .tuple(unknownFieldName(), fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean(), fc.constant(null)))
    .map(([field, value]) => unknown(field, value));
  return withExamples(fc.oneof(fc.constantFrom(...examples), generated), examples);
}

/** Names an object key must never take in a body built by assignment, and the documented fields. */
const reserved = new Set<string>(['__proto__', 'constructor', 'prototype', ...userFieldNames]);

/** Field names the API does not know: lower camel case identifiers, none of the documented fields. */
export function unknownFieldName(): fc.Arbitrary<string> {
  return fc.stringMatching(/^[a-z][a-zA-Z0-9]{1,19}$/).filter((name) => !reserved.has(name));
}

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

/**
 * PATCH /v1/users/{userId} cases from the reject set, each applied to `{}`
 * (`applyInvalidCase({}, c)`) or to a valid patch: fields not writable here
 * (email, status, userId, createdAt, updatedAt, dateOfBirth, country,
 * verificationStatus, unknown names) with otherwise valid values; invalid
 * firstName, lastName and phoneNumber values; wrong types (phoneNumber
 * null among them); and the empty object (`field: '(body)'`). Give
 * `() => ctx.emailDomain()` so a wrongly accepted e-mail is a fresh one.
 */
export function invalidPatches(domain: DomainSource): ExampleArbitrary<InvalidCase> {
  const notWritable = (field: string, value: unknown): InvalidCase => ({ field, value, why: `${field} is not writable on update` });
  const fixed = (): InvalidCase[] => [
    { field: '(body)', omit: true, why: 'empty object: at least one writable field must be sent' },
    notWritable('email', `changed@${resolveDomain(domain)}`),
    notWritable('status', 'active'),
    notWritable('status', 'closed'),
    notWritable('userId', 'usr_chosenByClient1'),
    notWritable('createdAt', '2024-01-01T00:00:00Z'),
    notWritable('updatedAt', '2024-01-01T00:00:00Z'),
    notWritable('dateOfBirth', '1990-01-01'),
    notWritable('country', 'DE'),
    notWritable('verificationStatus', { email: 'verified', identity: 'verified', address: 'verified' }),
    { field: 'role', value: 'admin', why: 'unknown field role' },
    { field: 'isAdmin', value: true, why: 'unknown field isAdmin' },
    { field: 'FirstName', value: 'Jane', why: 'unknown field FirstName (names are case-sensitive)' },
  ];
  const first = invalidNames('firstName');
  const last = invalidNames('lastName');
  const phones = invalidPhones();
  const types = wrongTypes(domain, ['firstName', 'lastName', 'phoneNumber']);
  const examples = [...fixed(), ...first.examples, ...last.examples.slice(0, 3), ...phones.examples, ...types.examples];
  const unknown = unknownFieldName().map((field): InvalidCase => ({ field, value: 'x', why: `unknown field ${field}` }));
  const arbitrary = fc.oneof(
    fc.constant(null).chain(() => fc.constantFrom(...fixed())),
    first,
    last,
    phones,
    types,
    unknown,
  );
  return withExamples(arbitrary, examples);
}
