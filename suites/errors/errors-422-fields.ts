import { applyInvalidCase, type InvalidCase } from '../../src/generate/invalid-cases.js';
import type { Exchange } from '../../src/http/exchange.js';
import type { CheckContext } from '../../src/run/check-context.js';
import { objectBody } from '../../src/run/object-body.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';
import { describeCase } from '../support/show.js';
import { fieldNamed } from './judged-errors.js';

/** Create bodies breaking one rule each, and one breaking two: each offending field must be named. */
const createCases = (domain: string): InvalidCase[][] => [
  [{ field: 'email', value: `a b@${domain}`, why: 'white space' }],
  [{ field: 'firstName', value: '', why: 'empty' }],
  [{ field: 'dateOfBirth', value: '2021-02-30', why: 'not a calendar date' }],
  [{ field: 'country', value: 'us', why: 'lower case' }],
  [{ field: 'phoneNumber', value: '+0123', why: 'first digit 0' }],
  [{ field: 'lastName', omit: true, why: 'required field missing' }],
  [{ field: 'role', value: 'admin', why: 'unknown field' }],
  [
    { field: 'firstName', value: '   ', why: 'blank' },
    { field: 'country', value: 'USA', why: 'three letters' },
  ],
];

/** Patches breaking one rule each, and one breaking two (the rule is for every 422, not only a create's). */
const patchCases = (email: string): InvalidCase[][] => [
  [{ field: 'firstName', value: '', why: 'empty' }],
  [{ field: 'lastName', value: '  ', why: 'blank' }],
  [{ field: 'phoneNumber', value: '+0123', why: 'first digit 0' }],
  [{ field: 'email', value: email, why: 'not writable here' }],
  [{ field: 'role', value: 'admin', why: 'unknown field' }],
  [
    { field: 'firstName', value: 'a'.repeat(101), why: 'over 100 code points' },
    { field: 'phoneNumber', value: '12345', why: 'no +' },
  ],
];

/** What is wrong with the errors of a 422 to `request`, which broke the rules `offending`; undefined when each field is named. */
function namingProblem(ctx: CheckContext, request: string, offending: InvalidCase[], exchange: Exchange): Finding | undefined {
  const what = offending.map(describeCase).join(' and ');
  const errors = objectBody(exchange)?.errors;
  if (!Array.isArray(errors)) return ctx.finding(`${request} with ${what} answered 422 without an errors array; the contract asks it to name each offending field`, exchange);
  const unnamed = offending.filter((c) => !errors.some((entry) => fieldNamed(entry, c.field)));
  if (unnamed.length === 0) return undefined;
  return ctx.finding(`${request} with ${what} answered 422 with errors that do not name ${unnamed.map((c) => c.field).join(', ')}; the contract asks each offending field named`, exchange);
}

export default requirement({
  id: 'ERRORS-422-FIELDS',
  level: 'SHOULD',
  title: 'A 422 names each offending field',
  rule: 'A 422 SHOULD name each offending field in an errors array ({ "field", "message" }): the 422 of a create and of an update alike.',
  contract: ['Errors', 'POST /v1/users — create', 'PATCH /v1/users/{userId} — update'],
  operations: ['createUser', 'updateUser'],
  writes: true,
  async run(ctx) {
    const findings: Finding[] = [];
    let answered = 0;
    // Only a 422 is judged here; other answers are the field checks' findings.
    const judge = (request: string, offending: InvalidCase[], exchange: Exchange): void => {
      if (exchange.status !== 422) return;
      answered++;
      const finding = namingProblem(ctx, request, offending, exchange);
      if (finding) findings.push(finding);
    };
    for (const offending of createCases(ctx.emailDomain())) {
      const body = offending.reduce((b, c) => applyInvalidCase(b, c), ctx.validCreateBody());
      judge('POST /v1/users', offending, await ctx.send('createUser', { body }));
    }
    // One user for every patch: a 422 leaves it unchanged.
    const { userId } = await ctx.createUser();
    for (const offending of patchCases(ctx.email())) {
      const body = offending.reduce<Record<string, unknown>>((b, c) => applyInvalidCase(b, c), {});
      judge(`PATCH /v1/users/${userId}`, offending, await ctx.send('updateUser', { pathParams: { userId }, body }));
    }
    if (answered === 0) return { skip: 'the target answered none of the invalid bodies with 422' };
    return findings;
  },
});
