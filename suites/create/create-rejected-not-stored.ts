import { applyInvalidCase, type InvalidCase } from '../../src/generate/invalid-cases.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';
import { describeCase } from '../support/show.js';

/** One body per kind of rule a 422 answers; the e-mail itself is always valid, so it may be used again after. */
const cases: InvalidCase[] = [
  { field: 'firstName', value: '   ', why: 'blank' },
  { field: 'dateOfBirth', value: '2021-02-30', why: 'not a calendar date' },
  { field: 'country', value: 'us', why: 'lower case' },
  { field: 'phoneNumber', value: '+0123', why: 'first digit 0' },
  { field: 'phoneNumber', value: null, why: 'wrong type: null' },
  { field: 'dateOfBirth', omit: true, why: 'required field missing' },
  { field: 'status', value: 'active', why: 'status is not writable' },
  { field: 'role', value: 'admin', why: 'unknown field' },
];

export default requirement({
  id: 'CREATE-REJECTED-NOT-STORED',
  level: 'MUST',
  title: 'A rejected create leaves no user behind',
  rule: 'A JSON object that breaks a field rule: 422, and no user is created.',
  contract: ['POST /v1/users — create'],
  operations: ['createUser'],
  writes: true,
  async run(ctx) {
    const findings: Finding[] = [];
    let rejected = 0;
    for (const invalid of cases) {
      const email = ctx.email();
      const refused = await ctx.send('createUser', { body: applyInvalidCase(ctx.validCreateBody({ email }), invalid) });
      // Any other answer is the field checks' finding; only a 422 makes a claim to test here.
      if (refused.status !== 422) continue;
      rejected++;
      const exchange = await ctx.send('createUser', { body: ctx.validCreateBody({ email }) });
      if (exchange.status === 201) continue;
      const taken = exchange.status === 409;
      findings.push(
        ctx.finding(
          taken
            ? `POST /v1/users with ${describeCase(invalid)} (${invalid.why}) answered 422, yet a valid body with the same e-mail ${email} then got 409: the rejected body created a user or used up its e-mail; the contract asks that no user is created`
            : `after a 422 for ${describeCase(invalid)}, a valid body with the same e-mail ${email} answered ${describeResponse(exchange)}; the contract asks 201, as the rejected body created no user`,
          exchange,
        ),
      );
    }
    if (rejected === 0) return { skip: 'the target answered none of the invalid bodies with 422 (the field checks judge that)' };
    return findings;
  },
});
