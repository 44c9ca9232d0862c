import { objectBody } from '../../src/run/object-body.js';
import { judgeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';

export default requirement({
  id: 'DOCS-EXAMPLE-FLOW',
  level: 'MUST',
  title: 'The public docs’ examples work: create, read, update, list',
  rule: 'The docs’ example requests succeed in turn — POST 201, GET 200, PATCH 200, GET list 200 — each with a JSON content type and a body matching its schema.',
  contract: ['Public docs — Examples', 'POST /v1/users — create', 'GET /v1/users/{userId} — read', 'PATCH /v1/users/{userId} — update', 'GET /v1/users — list'],
  operations: ['createUser', 'getUser', 'updateUser', 'listUsers'],
  writes: true,
  async run(ctx) {
    const findings: Finding[] = [];
    const step = (exchange: Parameters<typeof judgeResponse>[1], status: number) => {
      for (const message of judgeResponse(ctx.validators, exchange, [status])) findings.push(ctx.finding(message, exchange));
      return findings.length === 0;
    };
    const created = await ctx.send('createUser', { body: ctx.validCreateBody() });
    if (!step(created, 201)) return findings;
    const userId = String(objectBody(created)?.userId);
    if (!step(await ctx.send('getUser', { pathParams: { userId } }), 200)) return findings;
    const patch = ctx.spec.operation('updateUser').requestBody?.examples?.docs?.value;
    if (!step(await ctx.send('updateUser', { pathParams: { userId }, body: patch }), 200)) return findings;
    step(await ctx.send('listUsers', { query: { status: 'pending_verification', limit: '50' } }), 200);
    return findings;
  },
});
