import fc from 'fast-check';
import { requirement } from '../../src/run/requirement.js';
import { idOf } from './id-of.js';
import { limitRules } from './limit-rules.js';
import { readPage } from './read-page.js';
import { requestLine } from './request-line.js';
import { limitArbitrary } from './limit-arbitrary.js';
import { limitBoundaries } from './limit-boundaries.js';
import { offsetAt } from './offset-at.js';
import { spotArbitrary } from './spot-arbitrary.js';
import type { Spot } from './spot.js';

/** The largest limit a random case draws. */
const randomLimitCap = 50;

/** Tries for three reads that saw one total before judging only the stable part. */
const quietTries = 3;

export default requirement({
  id: 'LIST-PAGES-CONTIGUOUS',
  level: 'MUST',
  area: 'list',
  title: 'Consecutive pages neither overlap nor leave gaps',
  rule: 'Order: `createdAt` ascending, ties broken by `userId` ascending. So pages are stable while users are only being added, consecutive pages neither overlap nor leave gaps.',
  contract: 'GET /v1/users — list',
  operations: ['listUsers'],
  writes: false,
  property: true,
  async run(ctx) {
    const { min, max } = limitRules(ctx);
    // Two pages of l join into one of 2l, which must itself be a valid limit.
    const half = Math.floor(max / 2);
    let total = (await readPage(ctx, { limit: min })).page.total;
    // Random cases page in small steps (the boundary examples still try the largest);
    // full pages would make the run's cost grow with the target's collection.
    const cases = fc.record({ limit: limitArbitrary(min, Math.min(half, randomLimitCap)), spot: spotArbitrary(['zero', 'one', 'end-minus-2-limits', 'end-minus-limit', 'last']) });
    const [small, next, , large] = limitBoundaries(min, half);
    // Offset 0 first: a page that starts one late only when offset > 0 shows only there.
    const examples: Array<{ limit: number; spot: Spot }> = [
      { limit: small, spot: 'zero' },
      { limit: next, spot: 'zero' },
      { limit: 10, spot: 'zero' },
      { limit: large, spot: 'zero' },
      { limit: small, spot: 'one' },
      { limit: 10, spot: 'end-minus-2-limits' },
      { limit: 10, spot: 'end-minus-limit' },
      { limit: small, spot: 'last' },
    ];
    return ctx.property(
      cases,
      async ({ limit, spot }) => {
        const offset = offsetAt(spot, total, limit);
        for (let attempt = 1; ; attempt++) {
          const first = await readPage(ctx, { limit, offset });
          const second = await readPage(ctx, { limit, offset: offset + limit });
          const joined = await readPage(ctx, { limit: 2 * limit, offset });
          const totals = [first.page.total, second.page.total, joined.page.total];
          total = Math.max(...totals);
          const quiet = totals.every((t) => t === totals[0]);
          if (!quiet && attempt < quietTries) continue;
          // Users are appended at the end: positions below the smallest total seen are the same in all three reads.
          const stable = Math.max(0, Math.min(...totals) - offset);
          const pieces = [...first.page.users, ...second.page.users].map(idOf);
          const whole = joined.page.users.map(idOf);
          const count = quiet ? Math.max(pieces.length, whole.length) : Math.min(stable, 2 * limit);
          for (let i = 0; i < count; i++) {
            if (pieces[i] === whole[i]) continue;
            const where = i < first.page.users.length ? first : second;
            const shown = (id: string | undefined) => id ?? 'no user';
            return {
              message: `at offset ${offset + i}, ${requestLine(where.exchange)} shows ${shown(pieces[i])} but ${requestLine(joined.exchange)} shows ${shown(whole[i])}; pages (offset ${offset}, limit ${limit}) and (offset ${offset + limit}, limit ${limit}) join into page (offset ${offset}, limit ${2 * limit}) — no overlap, no gap${quiet ? '' : ` (compared below total ${Math.min(...totals)}, which every read reached)`}`,
              exchange: where.exchange,
            };
          }
          return undefined;
        }
      },
      { examples },
    );
  },
});
