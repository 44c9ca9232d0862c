import { describeResponse } from '../../src/run/judge-response.js';
import { objectBody } from '../../src/run/object-body.js';
import { requirement } from '../../src/run/requirement.js';
import { locationProblem } from './create-answers.js';

export default requirement({
  id: 'CREATE-LOCATION',
  level: 'SHOULD',
  title: 'The 201 carries a Location header pointing at the new user',
  rule: 'SHOULD carry a Location header pointing at /v1/users/{userId} (relative or absolute).',
  contract: ['POST /v1/users — create'],
  operations: ['createUser'],
  writes: true,
  async run(ctx) {
    const exchange = await ctx.send('createUser', { body: ctx.validCreateBody() });
    const userId = objectBody(exchange)?.userId;
    if (exchange.status !== 201 || typeof userId !== 'string') {
      return { skip: `no user to look for: POST /v1/users answered ${describeResponse(exchange)} (CREATE-SUCCESS judges it)` };
    }
    const problem = locationProblem(exchange.headers.location, exchange.request.url, userId);
    return problem ? [ctx.finding(`POST /v1/users answered 201 with ${problem}; the contract asks a Location pointing at /v1/users/${userId}`, exchange)] : [];
  },
});
