import { requirement } from '../../src/run/requirement.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { limitArbitrary, limitBoundaries, limitRules } from '../support/limits.js';
import { listQuery, parsePage, readPage } from '../support/page.js';
import { requestLine } from '../support/show.js';

/** Users left after the offset the pages start at. */
const tailLength = 5;

export default requirement({
  id: 'LIST-LIMIT-ACCEPTED',
  level: 'MUST',
  title: 'Every limit from 1 to 1000 is accepted and in effect',
  rule: '`limit` integer 1..1000. `metadata.limit` is the value in effect.',
  contract: ['GET /v1/users — list'],
  operations: ['listUsers'],
  writes: false,
  property: true,
  async run(ctx) {
    const { min, max } = limitRules(ctx);
    // Pages read near the end of the collection: the limit's effect shows in metadata.limit,
    // and the pages stay short however many users the target holds (run time must not grow with it).
    const total = (await readPage(ctx, { limit: min })).page.total;
    const offset = Math.max(0, total - tailLength);
    return ctx.property(
      limitArbitrary(min, max),
      async (limit) => {
        const exchange = await ctx.send('listUsers', { query: listQuery({ limit, offset }) });
        if (exchange.status !== 200) return { message: `${requestLine(exchange)} answered ${describeResponse(exchange)}; a limit from ${min} to ${max} is valid (200)`, exchange };
        const page = parsePage(exchange.json);
        if (typeof page === 'string') return { message: `${requestLine(exchange)} answered 200 but ${page}`, exchange };
        if (page.limit !== limit) return { message: `${requestLine(exchange)} answered metadata.limit ${page.limit}; the limit in effect is the one sent, ${limit}`, exchange };
        return undefined;
      },
      { examples: limitBoundaries(min, max) },
    );
  },
});
