import { objectBody } from '../../src/run/object-body.js';
import { judgeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';
import { fieldDifferences } from '../support/differences.js';
import { userFields, userRequired } from '../support/users.js';

export default requirement({
  id: 'READ-SUCCESS',
  level: 'MUST',
  title: 'A user reads back with 200 and its documented fields',
  rule: 'GET /v1/users/{userId} success: 200, body with at least userId, email, firstName, lastName, status, createdAt, verificationStatus.',
  contract: ['GET /v1/users/{userId} — read'],
  operations: ['createUser', 'getUser'],
  writes: true,
  async run(ctx) {
    const { userId, sent } = await ctx.createUser();
    const exchange = await ctx.send('getUser', { pathParams: { userId } });
    // Status, JSON content type, and the User schema: the required fields, their types, verificationStatus values among the schema's.
    const findings: Finding[] = judgeResponse(ctx.validators, exchange, [200]).map((message) => ctx.finding(message, exchange));
    const user = objectBody(exchange);
    if (exchange.status !== 200 || !user) return findings;
    const expected = { ...sent, userId };
    // Fields the GET need not carry (dateOfBirth, country, phoneNumber) are compared only when it does.
    const differences = fieldDifferences(expected, user, userFields, (f) => userRequired.has(f));
    if (differences.length > 0) {
      findings.push(ctx.finding(`GET /v1/users/${userId} of a user just created does not show what was created: ${differences.join('; ')}`, exchange));
    }
    return findings;
  },
});
