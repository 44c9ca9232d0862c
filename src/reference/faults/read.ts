import type { FaultDefinition } from './fault-definition.js';

/** Faults of the read area (by the id of the requirement each proves first). */
export const readFaults = [
  {
    name: 'get-omits-verification-status',
    rule: 'GET /v1/users/{userId}: 200 with at least userId, email, firstName, lastName, status, createdAt, verificationStatus.',
    description: 'GET of a user answers without verificationStatus.',
    proves: ['READ-SUCCESS'],
  },
  {
    name: 'get-closed-404',
    rule: 'GET /v1/users/{userId} success: 200; the list shows users that exist.',
    description: 'GET of a closed user answers 404, as if closed users were deleted, while the list still shows them.',
    proves: ['READ-LISTED-USERS'],
  },
  {
    name: 'unknown-user-returns-empty-200',
    rule: 'GET of an id that no user has: 404.',
    description: 'GET of an unknown (well-formed) id answers 200 {}.',
    proves: ['READ-UNKNOWN-404'],
  },
  {
    name: 'user-id-case-insensitive',
    rule: 'GET of an id that no user has: 404 (ids are case-sensitive strings).',
    description: 'GET looks ids up ignoring case (as under a _ci collation): usr_000000000A answers 200 with user usr_000000000a.',
    proves: ['READ-UNKNOWN-404'],
  },
  {
    name: 'malformed-id-422',
    rule: 'An id that does not match the userId pattern: 404 or 400.',
    description: 'GET and PATCH of an id off the pattern answer 422.',
    proves: ['READ-MALFORMED-ID'],
  },
] as const satisfies readonly FaultDefinition[];
