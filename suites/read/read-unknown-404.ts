import fc from 'fast-check';
import { describeResponse } from '../../src/run/describe-response.js';
import { objectBody } from '../../src/run/object-body.js';
import { requirement } from '../../src/run/requirement.js';
import { unknownIdBoundaries, wellFormedId } from './unknown-user-id.js';

export default requirement({
  id: 'READ-UNKNOWN-404',
  level: 'MUST',
  area: 'read',
  title: 'Reading an id no user has answers 404',
  rule: 'GET /v1/users/{userId}: an id that no user has: 404.',
  contract: 'GET /v1/users/{userId} — read',
  operations: ['getUser'],
  writes: false,
  property: true,
  async run(ctx) {
    return ctx.property(
      fc.oneof(fc.constantFrom(...unknownIdBoundaries), wellFormedId),
      async (userId) => {
        const exchange = await ctx.send('getUser', { pathParams: { userId } });
        if (exchange.status === 404) return undefined;
        // A user with this id exists after all (a short random id can be a real one): nothing to judge.
        if (exchange.status === 200 && objectBody(exchange)?.userId === userId) return undefined;
        return { message: `GET /v1/users/${userId} (an id no user has) answered ${describeResponse(exchange)}; expected 404`, exchange };
      },
      { runs: unknownIdBoundaries.length + ctx.runs, examples: [...unknownIdBoundaries] },
    );
  },
});
