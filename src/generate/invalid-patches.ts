import fc from 'fast-check';
import type { InvalidCase } from './apply-invalid-case.js';
import { invalidNames } from './invalid-names.js';
import { invalidPhones } from './invalid-phones.js';
import { resolveDomain, type DomainSource } from './resolve-domain.js';
import { unknownFieldName } from './unknown-field-name.js';
import { withExamples, type ExampleArbitrary } from './with-examples.js';
import { wrongTypes } from './wrong-types.js';

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
