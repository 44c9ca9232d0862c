import { describeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';
import { docsPatch, unlikelyId } from '../support/users.js';

export default requirement({
  id: 'UPDATE-UNKNOWN-404',
  level: 'MUST',
  title: 'PATCH of an unknown user answers 404 and creates nothing',
  rule: 'PATCH of an unknown user: 404 (and no user is then readable under that id).',
  contract: ['PATCH /v1/users/{userId} — update'],
  operations: ['updateUser', 'getUser'],
  writes: true,
  property: true,
  async run(ctx) {
    const patch = docsPatch(ctx);
    // Ids no real user can have (they carry the run id): a PATCH that found one would change someone's data.
    return ctx.property(
      unlikelyId(ctx.runId),
      async (userId) => {
        const exchange = await ctx.send('updateUser', { pathParams: { userId }, body: patch });
        if (exchange.status !== 404) {
          return { message: `PATCH /v1/users/${userId} ${JSON.stringify(patch)} (an id no user has) answered ${describeResponse(exchange)}; expected 404`, exchange };
        }
        const read = await ctx.send('getUser', { pathParams: { userId } });
        if (read.status !== 404) {
          return { message: `after PATCH of unknown /v1/users/${userId} answered 404, GET of that id answered ${describeResponse(read)}; expected 404`, exchange: read };
        }
        return undefined;
      },
      { runs: Math.max(1, Math.ceil(ctx.runs / 4)) },
    );
  },
});
