import fc from 'fast-check';
import { describeResponse } from '../../src/run/judge-response.js';
import { objectBody } from '../../src/run/object-body.js';
import { requirement } from '../../src/run/requirement.js';
import { caseSwappedId, unknownIdBoundaries, wellFormedId } from '../support/users.js';

export default requirement({
  id: 'READ-UNKNOWN-404',
  level: 'MUST',
  title: 'Reading an id no user has answers 404',
  rule: 'GET /v1/users/{userId}: an id that no user has: 404 (ids are case-sensitive: a user\'s id in another case is not its id).',
  contract: ['GET /v1/users/{userId} — read'],
  operations: ['getUser', 'listUsers'],
  writes: false,
  property: true,
  async run(ctx) {
    // A listed user's id with its letters' case swapped, tried first (skipped when no listed id has a letter).
    const swap = await caseSwappedId(ctx);
    const examples = [...(swap ? [swap.swapped] : []), ...unknownIdBoundaries];
    return ctx.property(
      fc.oneof(fc.constantFrom(...unknownIdBoundaries), wellFormedId),
      async (userId) => {
        const exchange = await ctx.send('getUser', { pathParams: { userId } });
        if (exchange.status === 404) return undefined;
        // A user with this id exists after all (a short random id can be a real one): nothing to judge.
        const shown = objectBody(exchange)?.userId;
        if (exchange.status === 200 && shown === userId) return undefined;
        const what = userId === swap?.swapped ? `user ${swap.original}'s id with the case of its letters swapped` : 'an id no user has';
        if (exchange.status === 200 && typeof shown === 'string' && shown.toLowerCase() === userId.toLowerCase()) {
          return { message: `GET /v1/users/${userId} (${what}) answered 200 with user ${shown}; ids are case-sensitive, so an id no user has gets 404`, exchange };
        }
        return { message: `GET /v1/users/${userId} (${what}) answered ${describeResponse(exchange)}; expected 404`, exchange };
      },
      { runs: examples.length + ctx.runs, examples },
    );
  },
});
