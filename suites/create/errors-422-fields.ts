import { applyInvalidCase, type InvalidCase } from '../../src/generate/invalid-cases.js';
import { objectBody } from '../../src/run/object-body.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';
import { describeCase, fieldNamed } from './create-answers.js';

/** Bodies breaking one rule each, and one breaking two: each offending field must be named. */
const casesFor = (domain: string): InvalidCase[][] => [
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

export default requirement({
  id: 'ERRORS-422-FIELDS',
  level: 'SHOULD',
  title: 'A 422 names each offending field',
  rule: 'A 422 SHOULD name each offending field in an errors array ({ "field", "message" }).',
  contract: ['Errors'],
  operations: ['createUser'],
  writes: true,
  async run(ctx) {
    const findings: Finding[] = [];
    let answered = 0;
    for (const offending of casesFor(ctx.emailDomain())) {
      const body = offending.reduce((b, c) => applyInvalidCase(b, c), ctx.validCreateBody());
      const exchange = await ctx.send('createUser', { body });
      // Only a 422 is judged here; other answers are the field checks' findings.
      if (exchange.status !== 422) continue;
      answered++;
      const what = offending.map(describeCase).join(' and ');
      const errors = objectBody(exchange)?.errors;
      if (!Array.isArray(errors)) {
        findings.push(ctx.finding(`POST /v1/users with ${what} answered 422 without an errors array; the contract asks it to name each offending field`, exchange));
        continue;
      }
      const unnamed = offending.filter((c) => !errors.some((entry) => fieldNamed(entry, c.field)));
      if (unnamed.length > 0) {
        findings.push(ctx.finding(`POST /v1/users with ${what} answered 422 with errors that do not name ${unnamed.map((c) => c.field).join(', ')}; the contract asks each offending field named`, exchange));
      }
    }
    if (answered === 0) return { skip: 'the target answered none of the invalid bodies with 422' };
    return findings;
  },
});
