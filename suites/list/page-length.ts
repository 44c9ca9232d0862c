import fc from 'fast-check';
import { requirement } from '../../src/run/requirement.js';
import { expectedLength } from './expected-length.js';
import { limitRules } from './limit-rules.js';
import { readPage } from './read-page.js';
import { requestLine } from './request-line.js';
import { limitArbitrary } from './limit-arbitrary.js';
import { limitBoundaries } from './limit-boundaries.js';
import { offsetAt } from './offset-at.js';
import { spotArbitrary } from './spot-arbitrary.js';
import type { Spot } from './spot.js';

export default requirement({
  id: 'LIST-PAGE-LENGTH',
  level: 'MUST',
  area: 'list',
  title: 'A page holds min(limit, max(0, total − offset)) users',
  rule: '`users.length` is `min(limit, max(0, total - offset))`; an offset at or past `total` gives an empty page.',
  contract: 'GET /v1/users — list',
  operations: ['listUsers'],
  writes: false,
  property: true,
  async run(ctx) {
    const { min, max } = limitRules(ctx);
    // The latest total seen places the boundary offsets; others append users meanwhile, so it is refreshed by every answer.
    let total = (await readPage(ctx, { limit: min })).page.total;
    const cases = fc.record({ limit: limitArbitrary(min, max), spot: spotArbitrary(['zero', 'last', 'end', 'past', 'past-limit']) });
    const [small, next, , large] = limitBoundaries(min, max);
    const examples: Array<{ limit: number; spot: Spot }> = [
      // The end first: that is where paging goes wrong.
      { limit: small, spot: 'end' },
      { limit: small, spot: 'last' },
      { limit: small, spot: 'zero' },
      { limit: next, spot: 'last' },
      { limit: next, spot: 'past' },
      { limit: large, spot: 'zero' },
      { limit: large, spot: 'last' },
      { limit: 10, spot: 'past-limit' },
    ];
    return ctx.property(
      cases,
      async ({ limit, spot }) => {
        const offset = offsetAt(spot, total, limit);
        let { exchange, page } = await readPage(ctx, { limit, offset });
        total = page.total;
        if (page.users.length === expectedLength(limit, offset, page.total)) return undefined;
        // Read again once: a target may count and page in two steps while others append users.
        ({ exchange, page } = await readPage(ctx, { limit, offset }));
        total = page.total;
        const want = expectedLength(limit, offset, page.total);
        if (page.users.length === want) return undefined;
        return {
          message: `${requestLine(exchange)} answered ${page.users.length} users with metadata.total ${page.total}; min(limit, max(0, total − offset)) = min(${limit}, max(0, ${page.total} − ${offset})) = ${want}`,
          exchange,
        };
      },
      { examples },
    );
  },
});
