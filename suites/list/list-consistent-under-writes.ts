import fc from 'fast-check';
import type { Finding } from '../../src/run/results.js';
import { requirement } from '../../src/run/requirement.js';
import { expectedLength, trackTotals, tryPage } from '../support/page.js';
import { capFindings, requestLine } from '../support/show.js';

/** Lists sent at once, each beside a create: the suite's concurrency, several writers kept busy. */
const readers = 4;
/** Lists each reader sends in turn. */
const listsPerReader = 20;

/**
 * A list case near the end of the (filtered) collection, where a total and a
 * page read at different moments disagree: `back` users before the end
 * (−1: one past it). Filters are the whole list and the statuses new users
 * do and do not get.
 */
const caseArbitrary = fc.record({
  limit: fc.integer({ min: 2, max: 50 }),
  back: fc.integer({ min: -1, max: 50 }),
  status: fc.constantFrom(undefined, undefined, 'pending_verification', 'active'),
});

export default requirement({
  id: 'LIST-CONSISTENT-UNDER-WRITES',
  level: 'MUST',
  title: 'Each page agrees with its own total while other clients create users',
  rule: '`users.length` is `min(limit, max(0, total - offset))` in every answer, also while users are being created: the page and its `total` come from one moment. Judged within each answer, never across answers.',
  contract: ['GET /v1/users — list'],
  operations: ['listUsers', 'createUser'],
  writes: true,
  async run(ctx) {
    const cases = fc.sample(caseArbitrary, { seed: ctx.seed, numRuns: readers * listsPerReader });
    const totals = trackTotals(ctx, 1);
    const findings: Finding[] = [];
    // Creates stop at the first that does not succeed (a full target, say): the create checks judge that.
    let writing = true;
    const create = async (): Promise<void> => {
      if (!writing) return;
      const exchange = await ctx.send('createUser', { body: ctx.validCreateBody() });
      if (exchange.status !== 201) writing = false;
    };
    const reader = async (first: number): Promise<void> => {
      for (let i = first; i < cases.length; i += readers) {
        const { limit, back, status } = cases[i];
        const offset = Math.max(0, (await totals.of(status)) - Math.min(back, limit));
        // Each list beside a create, so creates land while lists are being answered.
        const [, { exchange, page, problem }] = await Promise.all([create(), tryPage(ctx, { limit, offset, status })]);
        if (!page) {
          findings.push(ctx.finding(`${problem}, while other requests created users; a valid list answers 200 with a page`, exchange));
          continue;
        }
        totals.saw(status, page.total);
        const want = expectedLength(limit, offset, page.total);
        if (page.users.length !== want) {
          findings.push(
            ctx.finding(
              `${requestLine(exchange)} answered ${page.users.length} users with metadata.total ${page.total}, while other requests created users; min(limit, max(0, total − offset)) = min(${limit}, max(0, ${page.total} − ${offset})) = ${want}: a page and its total come from one moment`,
              exchange,
            ),
          );
        }
      }
    };
    await Promise.all(Array.from({ length: readers }, (_, first) => reader(first)));
    return capFindings(findings);
  },
});
