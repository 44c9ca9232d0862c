import fc from 'fast-check';
import { requirement } from '../../src/run/requirement.js';
import { expectedLength, readPage, trackTotals } from '../support/page.js';
import { limitArbitrary, limitBoundaries, limitRules, offsetAt, type Spot, spotArbitrary, statusFilterArbitrary } from '../support/limits.js';
import { requestLine } from '../support/show.js';
import { userStatuses } from '../support/users.js';

export default requirement({
  id: 'LIST-PAGE-LENGTH',
  level: 'MUST',
  title: 'A page holds min(limit, max(0, total − offset)) users',
  rule: '`users.length` is `min(limit, max(0, total - offset))`, with or without a `status` filter; an offset at or past `total` gives an empty page.',
  contract: ['GET /v1/users — list'],
  operations: ['listUsers'],
  writes: false,
  afterWriters: true,
  property: true,
  async run(ctx) {
    const { min, max } = limitRules(ctx);
    const totals = trackTotals(ctx, min);
    await totals.of(undefined);
    // A filter must cut the page from the filtered users, not filter a page cut from all of them.
    const status = statusFilterArbitrary();
    const cases = fc.record({ limit: limitArbitrary(min, max), spot: spotArbitrary(['zero', 'last', 'end', 'past', 'past-limit']), status });
    const [small, next, , large] = limitBoundaries(min, max);
    const examples: Array<{ limit: number; spot: Spot; status: string | undefined }> = [
      // The end first: that is where paging goes wrong.
      { limit: small, spot: 'end', status: undefined },
      { limit: small, spot: 'last', status: undefined },
      { limit: small, spot: 'zero', status: undefined },
      { limit: next, spot: 'last', status: undefined },
      { limit: next, spot: 'past', status: undefined },
      { limit: large, spot: 'zero', status: undefined },
      { limit: large, spot: 'last', status: undefined },
      { limit: 10, spot: 'past-limit', status: undefined },
      ...userStatuses.map((s) => ({ limit: next, spot: 'zero' as const, status: s })),
      { limit: small, spot: 'last', status: 'pending_verification' },
    ];
    return ctx.property(
      cases,
      async ({ limit, spot, status }) => {
        const offset = offsetAt(spot, await totals.of(status), limit);
        let { exchange, page } = await readPage(ctx, { limit, offset, status });
        totals.saw(status, page.total);
        if (page.users.length === expectedLength(limit, offset, page.total)) return undefined;
        // Read again once: a target may count and page in two steps while others append users.
        ({ exchange, page } = await readPage(ctx, { limit, offset, status }));
        totals.saw(status, page.total);
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
