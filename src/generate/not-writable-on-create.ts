import fc from 'fast-check';
import type { InvalidCase } from './apply-invalid-case.js';
import { unknownFieldName } from './unknown-field-name.js';
import { withExamples, type ExampleArbitrary } from './with-examples.js';

const statuses = ['pending_verification', 'active', 'suspended', 'closed'];

/**
 * Fields that must not be sent on create, each with a plausible value:
 * the server-assigned ones (userId, every status — pending_verification
 * too —, createdAt, updatedAt, verificationStatus) and unknown names
 * (role, isAdmin, password, generated ones).
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
  ];
  const generated = fc
    .tuple(unknownFieldName(), fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean(), fc.constant(null)))
    .map(([field, value]) => unknown(field, value));
  return withExamples(fc.oneof(fc.constantFrom(...examples), generated), examples);
}
