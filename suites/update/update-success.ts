import { objectBody } from '../../src/run/object-body.js';
import { judgeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';
import { fieldDifferences } from '../support/differences.js';
import { docsPatch, fixedFields, updatedUserRequired } from '../support/users.js';

export default requirement({
  id: 'UPDATE-SUCCESS',
  level: 'MUST',
  title: 'The docs’ PATCH example answers 200 with the new values',
  rule: 'PATCH success: 200, body with at least userId, email, firstName, lastName, status, updatedAt, showing the new values.',
  contract: ['PATCH /v1/users/{userId} — update'],
  operations: ['createUser', 'updateUser'],
  writes: true,
  async run(ctx) {
    const created = await ctx.createUser();
    const patch = docsPatch(ctx);
    const exchange = await ctx.send('updateUser', { pathParams: { userId: created.userId }, body: patch });
    // Status, JSON content type, and the UpdatedUser schema (required fields and their formats).
    const findings: Finding[] = judgeResponse(ctx.validators, exchange, [200]).map((message) => ctx.finding(message, exchange));
    const user = objectBody(exchange);
    if (exchange.status !== 200 || !user) return findings;
    const expected = { ...created.sent, ...patch, userId: created.userId };
    // A field the 200 need not carry (phoneNumber, dateOfBirth, country) is compared only when it is there.
    const differences = fieldDifferences(expected, user, [...fixedFields, ...Object.keys(patch)], (f) => updatedUserRequired.has(f));
    if (differences.length > 0) {
      findings.push(ctx.finding(`PATCH /v1/users/${created.userId} ${JSON.stringify(patch)} answered 200 without the new values: ${differences.join('; ')}`, exchange));
    }
    return findings;
  },
});
