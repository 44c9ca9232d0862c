import { jsonReply, notFoundReply } from '../seams.js';
import type { UserRecord } from '../user-record.js';
import type { FaultDefinition, FaultEnv, SeamOverrides } from './fault-definition.js';
import { without } from './fault-helpers.js';

/** A GET of an id no user has answers 200 with the user `lookup` finds under another id. */
const readsAnother = (env: FaultEnv, lookup: (id: string) => UserRecord | undefined): SeamOverrides => ({
  readReply: (next) => (reply, id, user) => {
    const found = user ?? lookup(id);
    return next(found && !user ? jsonReply(200, env.seams.render(found)) : reply, id, found);
  },
});

/** Faults of the read area (by the id of the requirement each proves first). */
export const readFaults = [
  {
    name: 'get-omits-verification-status',
    rule: 'GET /v1/users/{userId}: 200 with at least userId, email, firstName, lastName, status, createdAt, verificationStatus.',
    description: 'GET of a user answers without verificationStatus.',
    proves: ['READ-SUCCESS'],
    hook: () => ({
      readReply: (next) => (reply, id, user) => {
        const answer = next(reply, id, user);
        return answer.kind === 'json' && answer.status === 200 && user ? { ...answer, body: without(answer.body as Record<string, unknown>, 'verificationStatus') } : answer;
      },
    }),
  },
  {
    name: 'get-closed-404',
    rule: 'GET /v1/users/{userId} success: 200; the list shows users that exist.',
    description: 'GET of a closed user answers 404, as if closed users were deleted, while the list still shows them.',
    proves: ['READ-LISTED-USERS'],
    hook: () => ({
      // Closed users are treated as deleted by GET, though the list still shows them.
      readReply: (next) => (reply, id, user) => (user?.status === 'closed' ? notFoundReply : next(reply, id, user)),
    }),
  },
  {
    name: 'unknown-user-returns-empty-200',
    rule: 'GET of an id that no user has: 404.',
    description: 'GET of an unknown (well-formed) id answers 200 {}.',
    proves: ['READ-UNKNOWN-404'],
    hook: () => ({ readReply: (next) => (reply, id, user) => (user ? next(reply, id, user) : jsonReply(200, {})) }),
  },
  {
    name: 'user-id-case-insensitive',
    rule: 'GET of an id that no user has: 404 (ids are case-sensitive strings).',
    description: 'GET looks ids up ignoring case (as under a _ci collation): usr_000000000A answers 200 with user usr_000000000a.',
    proves: ['READ-UNKNOWN-404'],
    // Ids looked up as under a _ci collation; this server's ids are lower case, so that finds the user whatever case was asked.
    hook: (env) => readsAnother(env, (id) => env.seams.store.get(id.toLowerCase())),
  },
  {
    name: 'user-id-parsed-leniently',
    rule: 'GET of an id that no user has: 404.',
    description: 'The number in an id is parsed leniently, up to the first character that does not fit (as parseInt does), so an id with a character appended finds the user it extends: usr_0000000001x answers 200 with user usr_0000000001.',
    proves: ['READ-UNKNOWN-404'],
    hook: (env) => readsAnother(env, (id) => env.seams.store.get(id.slice(0, -1))),
  },
  {
    name: 'malformed-id-422',
    rule: 'An id that does not match the userId pattern: 404 or 400.',
    description: 'GET and PATCH of an id off the pattern answer 422.',
    proves: ['READ-MALFORMED-ID'],
    hook: () => ({
      malformedIdReply: () => () => ({
        kind: 'problem',
        status: 422,
        detail: 'userId must match ^usr_[A-Za-z0-9]{1,64}$',
        extras: { errors: [{ field: 'userId', message: 'must match pattern "^usr_[A-Za-z0-9]{1,64}$"' }] },
      }),
    }),
  },
  {
    name: 'long-id-414',
    rule: 'An id that does not match the userId pattern: 404 or 400.',
    description: "A path parameter over 100 characters answers 414 URI Too Long, as Fastify does by default (its maxParamLength); shorter ids off the pattern get 404.",
    proves: ['READ-MALFORMED-ID'],
    hook: () => ({
      malformedIdReply: (next) => (segment) => (segment.length > 100 ? { kind: 'problem', status: 414, detail: 'URI Too Long' } : next(segment)),
    }),
  },
  {
    name: 'path-decode-crash',
    rule: 'A target MUST NOT answer any request of the suite with a 5xx; an id off the userId pattern: 404 or 400.',
    description: 'The id is decoded with decodeURIComponent unguarded: a malformed escape such as /v1/users/%zz throws, 500.',
    proves: ['READ-MALFORMED-ID', 'TRANSPORT-NO-5XX'],
    hook: () => ({ decodeId: () => (segment) => decodeURIComponent(segment) }),
  },
] as const satisfies readonly FaultDefinition[];
