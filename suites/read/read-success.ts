import { objectBody } from '../../src/run/check-context.js';
import { judgeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/report/report-model.js';
import { fieldDifferences } from '../update/field-differences.js';

export default requirement({
  id: 'READ-SUCCESS',
  level: 'MUST',
  area: 'read',
  title: 'A user reads back with 200 and its documented fields',
  rule: 'GET /v1/users/{userId} success: 200, body with at least userId, email, firstName, lastName, status, createdAt, verificationStatus.',
  contract: 'GET /v1/users/{userId} — read',
  operations: ['createUser', 'getUser', 'listUsers'],
  // Under --read-only it reads a listed user instead of creating one.
  writes: false,
  async run(ctx) {
    let userId: string;
    let sent: Record<string, unknown> = {};
    if (ctx.readOnly) {
      const page = await ctx.send('listUsers', { query: { limit: '1' } });
      const first = (objectBody(page)?.users as unknown[] | undefined)?.[0] as Record<string, unknown> | undefined;
      if (page.status !== 200 || typeof first?.userId !== 'string') return { skip: 'under --read-only it reads a listed user, and the list showed none' };
      userId = first.userId;
    } else {
      const created = await ctx.createUser();
      userId = created.userId;
      sent = created.sent;
    }
    const exchange = await ctx.send('getUser', { pathParams: { userId } });
    // Status, JSON content type, and the User schema: the required fields, their types, verificationStatus values among the schema's.
    const findings: Finding[] = judgeResponse(ctx.validators, exchange, [200]).map((message) => ctx.finding(message, exchange));
    const user = objectBody(exchange);
    if (exchange.status !== 200 || !user) return findings;
    const expected = { ...sent, userId };
    const differences = fieldDifferences(expected, user, ['userId', 'email', 'firstName', 'lastName', 'dateOfBirth', 'country', 'phoneNumber'], (f) =>
      ['userId', 'email', 'firstName', 'lastName'].includes(f),
    );
    if (differences.length > 0) {
      findings.push(ctx.finding(`GET /v1/users/${userId} of a user just created does not show what was created: ${differences.join('; ')}`, exchange));
    }
    return findings;
  },
});
