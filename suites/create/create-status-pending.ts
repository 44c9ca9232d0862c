import { describeResponse, objectBody } from '../../src/run/check-context.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/report/report-model.js';

export default requirement({
  id: 'CREATE-STATUS-PENDING',
  level: 'MUST',
  area: 'create',
  title: 'A new user is pending_verification',
  rule: 'status MUST be pending_verification.',
  contract: 'POST /v1/users — create',
  operations: ['createUser', 'getUser'],
  writes: true,
  async run(ctx) {
    const exchange = await ctx.send('createUser', { body: ctx.validCreateBody() });
    const body = objectBody(exchange);
    if ((exchange.status !== 201 && exchange.status !== 200) || typeof body?.userId !== 'string') {
      return [ctx.finding(`POST /v1/users with a valid body answered ${describeResponse(exchange)}; the contract asks 201 with a pending_verification user`, exchange)];
    }
    const findings: Finding[] = [];
    if (body.status !== 'pending_verification') {
      findings.push(ctx.finding(`POST /v1/users answered a new user with status ${JSON.stringify(body.status)}; the contract asks pending_verification`, exchange));
    }
    const { user, exchange: read } = await ctx.readUser(body.userId);
    if (user.status !== 'pending_verification') {
      findings.push(ctx.finding(`GET /v1/users/${body.userId} right after it was created shows status ${JSON.stringify(user.status)}; the contract asks pending_verification`, read));
    }
    return findings;
  },
});
