import fc from 'fast-check';
import { requirement } from '../../src/run/requirement.js';
import { idOf, readPage, trackTotals } from '../support/page.js';
import { limitArbitrary, limitBoundaries, limitRules, offsetAt, type Spot, spotArbitrary, statusFilterArbitrary } from '../support/limits.js';
import { requestLine } from '../support/show.js';
import { userStatuses } from '../support/users.js';

/** The largest limit a random case draws. */
const randomLimitCap = 50;

/** Tries for three reads that saw one total before judging only the stable part. */
const quietTries = 3;

export default requirement({
  id: 'LIST-PAGES-CONTIGUOUS',
  level: 'MUST',
  title: 'Consecutive pages neither overlap nor leave gaps',
  rule: 'Order: `createdAt` ascending, ties broken by `userId` ascending. So pages are stable while users are only being added, consecutive pages neither overlap nor leave gaps (with or without a `status` filter).',
  contract: ['GET /v1/users — list'],
  operations: ['listUsers'],
  writes: false,
  afterWriters: true,
  property: true,
  async run(ctx) {
    const { min, max } = limitRules(ctx);
    // Two pages of l join into one of 2l, which must itself be a valid limit.
    const half = Math.floor(max / 2);
    const totals = trackTotals(ctx, min);
    await totals.of(undefined);
    // A filter must page through the filtered users: an offset counted over all users shows here.
    const status = statusFilterArbitrary();
    // Random cases page in small steps (the boundary examples still try the largest);
    // full pages would make the run's cost grow with the target's collection.
    const cases = fc.record({ limit: limitArbitrary(min, Math.min(half, randomLimitCap)), spot: spotArbitrary(['zero', 'one', 'end-minus-2-limits', 'end-minus-limit', 'last']), status });
    const [small, next, , large] = limitBoundaries(min, half);
    // Offset 0 first: a page that starts one late only when offset > 0 shows only there.
    const examples: Array<{ limit: number; spot: Spot; status: string | undefined }> = [
      { limit: small, spot: 'zero', status: undefined },
      { limit: next, spot: 'zero', status: undefined },
      { limit: 10, spot: 'zero', status: undefined },
      { limit: large, spot: 'zero', status: undefined },
      { limit: small, spot: 'one', status: undefined },
      { limit: 10, spot: 'end-minus-2-limits', status: undefined },
      { limit: 10, spot: 'end-minus-limit', status: undefined },
      { limit: small, spot: 'last', status: undefined },
      ...userStatuses.map((s) => ({ limit: next, spot: 'one' as const, status: s })),
    ];
    return ctx.property(
      cases,
      async ({ limit, spot, status }) => {
        const offset = offsetAt(spot, await totals.of(status), limit);
        for (let attempt = 1; ; attempt++) {
          // The three reads at once: whether they saw one total is judged below, whatever order they were answered in.
          const [first, second, joined] = await Promise.all([
            readPage(ctx, { limit, offset, status }),
            readPage(ctx, { limit, offset: offset + limit, status }),
            readPage(ctx, { limit: 2 * limit, offset, status }),
          ]);
          const seen = [first.page.total, second.page.total, joined.page.total];
          totals.saw(status, Math.max(...seen));
          const quiet = seen.every((t) => t === seen[0]);
          if (!quiet && attempt < quietTries) continue;
          // Users are appended at the end: positions below the smallest total seen are the same in all three reads.
          const stable = Math.max(0, Math.min(...seen) - offset);
          const pieces = [...first.page.users, ...second.page.users].map(idOf);
          const whole = joined.page.users.map(idOf);
          const count = quiet ? Math.max(pieces.length, whole.length) : Math.min(stable, 2 * limit);
          for (let i = 0; i < count; i++) {
            if (pieces[i] === whole[i]) continue;
            const where = i < first.page.users.length ? first : second;
            const shown = (id: string | undefined) => id ?? 'no user';
            return {
              message: `at offset ${offset + i}, ${requestLine(where.exchange)} shows ${shown(pieces[i])} but ${requestLine(joined.exchange)} shows ${shown(whole[i])}; pages (offset ${offset}, limit ${limit}) and (offset ${offset + limit}, limit ${limit}) join into page (offset ${offset}, limit ${2 * limit}) — no overlap, no gap${quiet ? '' : ` (compared below total ${Math.min(...seen)}, which every read reached)`}`,
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
