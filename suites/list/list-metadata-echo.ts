import fc from 'fast-check';
import { requirement } from '../../src/run/requirement.js';
import { limitArbitrary, limitBoundaries, limitRules, offsetAt, type Spot, spotArbitrary } from '../support/limits.js';
import { readPage } from '../support/page.js';
import { requestLine } from '../support/show.js';

export default requirement({
  id: 'LIST-METADATA-ECHO',
  level: 'MUST',
  title: 'metadata.limit and metadata.offset are the values sent',
  rule: '`metadata.limit` and `metadata.offset` are the values in effect.',
  contract: ['GET /v1/users — list'],
  operations: ['listUsers'],
  writes: false,
  property: true,
  async run(ctx) {
    const { min, max } = limitRules(ctx);
    let total = (await readPage(ctx, { limit: min })).page.total;
    const cases = fc.record({ limit: limitArbitrary(min, max), spot: spotArbitrary(['zero', 'one', 'last', 'end', 'past']) });
    const [small, , , large] = limitBoundaries(min, max);
    const examples: Array<{ limit: number; spot: Spot }> = [
      // A non-zero offset first: a zero one cannot tell an echo from a constant.
      { limit: small, spot: 'one' },
      { limit: small, spot: 'zero' },
      { limit: large, spot: 'last' },
      { limit: 7, spot: 'past' },
    ];
    return ctx.property(
      cases,
      async ({ limit, spot }) => {
        const offset = offsetAt(spot, total, limit);
        const { exchange, page } = await readPage(ctx, { limit, offset });
        total = page.total;
        const wrong = [page.limit !== limit ? `metadata.limit ${page.limit}` : '', page.offset !== offset ? `metadata.offset ${page.offset}` : ''].filter(Boolean);
        if (wrong.length === 0) return undefined;
        return { message: `${requestLine(exchange)} answered ${wrong.join(' and ')}; the values in effect are the ones sent (limit ${limit}, offset ${offset})`, exchange };
      },
      { examples },
    );
  },
});
