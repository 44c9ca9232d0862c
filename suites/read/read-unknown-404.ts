import fc from 'fast-check';
import { describeResponse } from '../../src/run/judge-response.js';
import { objectBody } from '../../src/run/object-body.js';
import { requirement } from '../../src/run/requirement.js';
import { idVariants, unknownIdBoundaries, wellFormedId } from '../support/users.js';

export default requirement({
  id: 'READ-UNKNOWN-404',
  level: 'MUST',
  title: 'Reading an id no user has answers 404',
  rule: 'GET /v1/users/{userId}: an id that no user has: 404 (ids are case-sensitive: a user\'s id in another case is not its id; nor is it with a character appended).',
  contract: ['GET /v1/users/{userId} — read'],
  operations: ['getUser', 'listUsers'],
  writes: false,
  property: true,
  async run(ctx) {
    // Listed users' ids with their letters' case swapped and with a character appended, tried first.
    const variants = await idVariants(ctx);
    const examples = [...variants.map((v) => v.variant), ...unknownIdBoundaries];
    return ctx.property(
      fc.oneof(fc.constantFrom(...unknownIdBoundaries), wellFormedId),
      async (userId) => {
        const exchange = await ctx.send('getUser', { pathParams: { userId } });
        if (exchange.status === 404) return undefined;
        // A user with this id exists after all (a short random id can be a real one): nothing to judge.
        const shown = objectBody(exchange)?.userId;
        if (exchange.status === 200 && shown === userId) return undefined;
        const variant = variants.find((v) => v.variant === userId);
        const what = variant ? `user ${variant.original}'s id ${variant.how}` : 'an id no user has';
        if (exchange.status === 200 && typeof shown === 'string' && shown.toLowerCase() === userId.toLowerCase()) {
          return { message: `GET /v1/users/${userId} (${what}) answered 200 with user ${shown}; ids are case-sensitive, so an id no user has gets 404`, exchange };
        }
        return { message: `GET /v1/users/${userId} (${what}) answered ${describeResponse(exchange)}; expected 404`, exchange };
      },
      { runs: examples.length + ctx.runs, examples },
    );
  },
});
