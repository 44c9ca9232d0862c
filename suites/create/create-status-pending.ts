import { describeResponse } from '../../src/run/judge-response.js';
import { objectBody } from '../../src/run/object-body.js';
import { HttpFailure } from '../../src/http/http-failure.js';
import { requirement } from '../../src/run/requirement.js';

export default requirement({
  id: 'CREATE-STATUS-PENDING',
  level: 'MUST',
  title: 'A new user is pending_verification',
  rule: 'status MUST be pending_verification.',
  contract: ['POST /v1/users — create'],
  operations: ['createUser'],
  writes: true,
  async run(ctx) {
    // Judged on the 201 body only: the contract does not forbid the target itself
    // moving a user on (say, verifying it) by the time a later GET comes.
    const exchange = await ctx.send('createUser', { body: ctx.validCreateBody() });
    const body = objectBody(exchange);
    if ((exchange.status !== 201 && exchange.status !== 200) || typeof body?.userId !== 'string') {
      throw new HttpFailure(`could not create a user to test with: POST /v1/users answered ${describeResponse(exchange)}`, exchange);
    }
    if (body.status === 'pending_verification') return [];
    return [ctx.finding(`POST /v1/users answered a new user with status ${JSON.stringify(body.status)}; the contract asks pending_verification`, exchange)];
  },
});
