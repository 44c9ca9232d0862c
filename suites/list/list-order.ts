import type { Finding } from '../../src/run/results.js';
import type { Exchange } from '../../src/http/exchange.js';
import { requirement } from '../../src/run/requirement.js';
import { orderBreak, type Page, readPage } from '../support/page.js';
import { requestLine } from '../support/show.js';

/** Users a check wants in the collection so order can be seen at all. */
const fewest = 3;
/** Page size of the samples: a few pages, never a walk of the collection. */
const sampleLimit = 50;

export default requirement({
  id: 'LIST-ORDER',
  level: 'MUST',
  title: 'The list is ordered by createdAt, then userId, within and across pages',
  rule: 'Order: `createdAt` ascending, ties broken by `userId` ascending. So pages are stable while users are only being added, consecutive pages neither overlap nor leave gaps.',
  contract: ['GET /v1/users — list'],
  operations: ['listUsers', 'createUser'],
  // It creates users only on a near-empty target, and never under --read-only: it can run there.
  writes: false,
  afterWriters: true,
  async run(ctx) {
    let total = (await readPage(ctx, { limit: 1 })).page.total;
    if (total < fewest && !ctx.readOnly) {
      for (let i = total; i < fewest; i++) await ctx.createUser();
      total = (await readPage(ctx, { limit: 1 })).page.total;
    }

    // Pages of `limit` at the start, the middle and the end, each with the page after it (to see across the boundary).
    // Too few users by the total (an empty target, or a total that is wrong — LIST-TOTAL judges that): the first page alone.
    const limit = total >= fewest ? Math.min(sampleLimit, Math.floor(total / 3)) : sampleLimit;
    const starts = total >= fewest ? [...new Set([0, Math.floor((total - limit) / 2), total - limit])] : [0];
    const offsets = [...new Set(starts.flatMap((o) => (total >= fewest ? [o, o + limit] : [o])))].sort((a, b) => a - b);
    const pages = new Map<number, { page: Page; exchange: Exchange }>();
    for (const offset of offsets) pages.set(offset, await readPage(ctx, { limit, offset }));
    const listed = [...pages.values()].reduce((n, { page }) => n + page.users.length, 0);
    if (listed < 2) return { skip: `fewer than two users are listed, so there is no order to see${ctx.readOnly ? ' (--read-only creates none)' : ''}` };

    const findings: Finding[] = [];
    for (const [offset, { page, exchange }] of pages) {
      for (let i = 1; i < page.users.length; i++) {
        const problem = orderBreak(page.users[i - 1], page.users[i]);
        if (problem) {
          findings.push(ctx.finding(`${requestLine(exchange)}: users at offsets ${offset + i - 1} and ${offset + i} are out of order — ${problem}; the list is ordered by createdAt ascending, then userId`, exchange));
          break; // One per page: a reversed page would otherwise say the same thing 49 times.
        }
      }
    }
    for (const start of starts) {
      const before = pages.get(start)!;
      const after = pages.get(start + limit);
      if (!after) continue;
      const last = before.page.users.at(-1);
      const first = after.page.users[0];
      if (!last || !first || before.page.users.length < limit) continue;
      const problem = orderBreak(last, first);
      if (problem) {
        findings.push(ctx.finding(`${requestLine(before.exchange)} then ${requestLine(after.exchange)}: the last user of the first page and the first of the next are out of order — ${problem}`, after.exchange));
      }
    }
    return findings;
  },
});
