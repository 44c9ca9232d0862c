import { describeResponse } from '../../src/run/judge-response.js';
import { objectBody } from '../../src/run/object-body.js';
import { requirement } from '../../src/run/requirement.js';

const fields = ['userId', 'email', 'firstName', 'lastName', 'status', 'createdAt'];

export default requirement({
  id: 'CREATE-SUCCESS',
  level: 'MUST',
  title: 'A valid create answers 201 with the new user',
  rule: 'Success: 201, body with at least userId, email, firstName, lastName, status, createdAt.',
  contract: ['POST /v1/users — create'],
  operations: ['createUser'],
  writes: true,
  async run(ctx) {
    const exchange = await ctx.send('createUser', { body: ctx.validCreateBody() });
    if (exchange.status !== 201) {
      return [ctx.finding(`POST /v1/users with a valid body answered ${describeResponse(exchange)}; the contract asks 201`, exchange)];
    }
    const body = objectBody(exchange);
    if (!body) return [ctx.finding('POST /v1/users answered 201 with a body that is not a JSON object; the contract asks for the new user', exchange)];
    const missing = fields.filter((field) => body[field] === undefined || body[field] === null);
    if (missing.length > 0) {
      return [ctx.finding(`POST /v1/users answered 201 without ${missing.join(', ')}; the contract asks for at least ${fields.join(', ')}`, exchange)];
    }
    return [];
  },
});
