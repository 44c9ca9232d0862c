import type { FaultDefinition } from './fault-definition.js';

/** Faults of the update area (by the id of the requirement each proves first). */
export const updateFaults = [
  {
    name: 'patch-echoes-old-values',
    rule: 'PATCH: 200 with a body showing the new values.',
    description: 'PATCH stores the change but answers with the user as it was before.',
    proves: ['UPDATE-SUCCESS'],
  },
  {
    name: 'patch-clears-unsent',
    rule: 'PATCH: fields not sent keep their values.',
    description: 'PATCH replaces the writable fields: phoneNumber is removed when not sent.',
    proves: ['UPDATE-CHANGES-ONLY-SENT'],
  },
  {
    name: 'patch-not-persisted',
    rule: 'PATCH: a later GET shows the same values as the 200.',
    description: 'PATCH answers with the new values but does not store them.',
    proves: ['UPDATE-READ-BACK', 'STATEFUL-MODEL'],
  },
  {
    name: 'updated-user-unlisted',
    rule: 'A user MUST be listed by GET /v1/users; a later GET shows the same values (also after PATCHes).',
    description: 'After its second successful PATCH a user drops out of the list and of metadata.total (a re-index removes it and never puts it back); GET still reads it.',
    proves: ['UPDATE-LISTED'],
  },
  {
    name: 'patch-lost-update',
    rule: 'PATCH: fields not sent keep their values, also when two PATCHes of one user arrive at once.',
    description: 'PATCH reads the whole user, awaits (a remote check), then writes the whole record back with nothing held: of two concurrent PATCHes of different fields, one change is lost.',
    proves: ['UPDATE-CONCURRENT-FIELDS'],
  },
  {
    name: 'patch-rebases-on-original',
    rule: 'PATCH: fields not sent keep their values, including values an earlier PATCH set.',
    description: 'Each PATCH is applied to the user as it was before its first PATCH, so a second PATCH undoes the first one (the first PATCH of a user is right).',
    proves: ['UPDATE-CHANGES-ONLY-SENT'],
  },
  {
    name: 'updated-at-timezone-shift',
    rule: 'updatedAt is never earlier than it was before the update, nor than createdAt.',
    description: 'updatedAt after PATCH is set one hour in the past (local time written as Z).',
    proves: ['UPDATE-UPDATED-AT-MONOTONIC', 'USER-TIMESTAMPS-ORDER'],
  },
  {
    name: 'updated-at-unchanged',
    rule: 'PATCH: updatedAt SHOULD be strictly later than before.',
    description: 'PATCH does not change updatedAt.',
    proves: ['UPDATE-UPDATED-AT-LATER'],
  },
  {
    name: 'updated-at-kept-without-change',
    rule: 'PATCH: updatedAt SHOULD be strictly later than before (any successful update, also one that sends the values the user has).',
    description: 'A PATCH whose values equal the stored ones leaves updatedAt where it was.',
    proves: ['UPDATE-UPDATED-AT-LATER'],
  },
  {
    name: 'updated-at-stops-after-3',
    rule: 'PATCH: updatedAt SHOULD be strictly later than before, on every update.',
    description: "From a user's 4th PATCH on, updatedAt no longer moves.",
    proves: ['UPDATE-UPDATED-AT-LATER'],
  },
  {
    name: 'patch-activates-user',
    rule: 'PATCH: fields not sent keep their values (status among them).',
    description: 'A PATCH sets the user active.',
    proves: ['UPDATE-CHANGES-ONLY-SENT'],
  },
  {
    name: 'empty-patch-200',
    rule: 'PATCH: at least one writable field must be sent; an empty object is 422.',
    description: 'An empty PATCH ({}) answers 200 with the unchanged user.',
    proves: ['UPDATE-EMPTY-422'],
  },
  {
    name: 'patch-email-allowed',
    rule: 'PATCH: email is not writable (422, user unchanged).',
    description: 'PATCH accepts email and changes it.',
    proves: ['UPDATE-NOT-WRITABLE'],
  },
  {
    name: 'patch-skips-validation',
    rule: 'PATCH: a value that breaks a field rule is 422, and the user is left unchanged.',
    description: 'PATCH stores firstName, lastName and phoneNumber without checking their values (only that they are strings).',
    proves: ['UPDATE-FIELD-RULES'],
  },
  {
    name: 'patch-partial-apply',
    rule: 'PATCH: on 422 the user is left unchanged.',
    description: 'PATCH applies the valid fields before an invalid one triggers 422.',
    proves: ['UPDATE-REJECTED-UNCHANGED'],
  },
  {
    name: 'patch-unknown-creates',
    rule: 'PATCH of an unknown user: 404.',
    description: 'PATCH of an unknown well-formed id answers 200 and creates a user under that id (upsert).',
    proves: ['UPDATE-UNKNOWN-404'],
  },
  {
    name: 'patch-unknown-invalid-500',
    rule: 'A bad body for an unknown id: 404 or 422 (the suite accepts either); never a 5xx.',
    description: 'PATCH of an unknown id with an invalid JSON body crashes (500): the rejected fields are described from a stored user that is not there.',
    proves: ['UPDATE-UNKNOWN-BAD-BODY'],
  },
] as const satisfies readonly FaultDefinition[];
