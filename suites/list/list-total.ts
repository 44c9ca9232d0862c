import type { Finding } from '../../src/run/results.js';
import { requirement } from '../../src/run/requirement.js';
import { type ListQuery, readPage } from '../support/page.js';
import { requestLine } from '../support/show.js';
import { sleep } from '../../src/http/timers.js';
import { userStatuses } from '../support/users.js';

/** Tries for a quiet snapshot (the total read before and after the end pages agrees). */
const quietTries = 5;
const pageLimit = 5;
/** How far past the end the empty pages start, beyond offset total. */
const pastEnd = [1, pageLimit, 1000];

export default requirement({
  id: 'LIST-TOTAL',
  level: 'MUST',
  title: 'metadata.total counts every user that matches the filter',
  rule: '`metadata.total` counts every user that matches the filter, so with no writes in between every page of one filter (with or without `status`) says the same total, the empty pages at and past the end included. `users.length` is `min(limit, max(0, total - offset))`; an offset at or past `total` gives an empty page.',
  contract: ['GET /v1/users — list'],
  operations: ['listUsers', 'createUser'],
  // It creates one user only when it may; under --read-only it checks the end of the list alone.
  writes: false,
  afterWriters: true,
  async run(ctx) {
    const findings: Finding[] = [];
    let skipped: { skip: string } | undefined;
    // The whole list and each status: every page of one snapshot, the empty ones at and past the end included, says the same total.
    for (const filter of [{}, ...userStatuses.map((status) => ({ status }))] satisfies ListQuery[]) {
      const outcome = await checkEnd(filter);
      if ('skip' in outcome) skipped ??= outcome;
      else findings.push(...outcome);
    }
    // Needs no quiet moment: with users only added, the total never shrinks.
    if (!ctx.readOnly) {
      const before = await readPage(ctx, { limit: 1 });
      await ctx.createUser();
      const after = await readPage(ctx, { limit: 1 });
      if (after.page.total < before.page.total + 1) {
        findings.push(ctx.finding(`${requestLine(after.exchange)} answered metadata.total ${after.page.total}, and ${before.page.total} before a user was created; total counts every user, so it grows by at least one`, after.exchange));
      }
    }
    return findings.length > 0 ? findings : (skipped ?? []);

    async function checkEnd(filter: ListQuery): Promise<Finding[] | { skip: string }> {
      for (let attempt = 0; attempt < quietTries; attempt++) {
        // Waits a little longer each retry, to land in a pause of the other writers.
        if (attempt > 0) await sleep(20 * attempt);
        const before = await readPage(ctx, { ...filter, limit: 1 });
        const total = before.page.total;
        // At once: the shorter the snapshot, the likelier no other client writes during it.
        const [last, end, ...past] = await Promise.all([
          total > 0 ? readPage(ctx, { ...filter, limit: pageLimit, offset: total - 1 }) : undefined,
          ...[0, ...pastEnd].map((beyond) => readPage(ctx, { ...filter, limit: pageLimit, offset: total + beyond })),
        ]);
        const after = await readPage(ctx, { ...filter, limit: 1 });
        // Users are only added: the same total before and after means none came in between.
        if (after.page.total !== total) continue;
        const out: Finding[] = [];
        const snapshot = `${requestLine(before.exchange)} and a read after it said metadata.total ${total}`;
        if (last && last.page.users.length !== 1) {
          out.push(ctx.finding(`${requestLine(last.exchange)} answered ${last.page.users.length} users, while ${snapshot}; the page at offset total − 1 holds exactly the last user`, last.exchange));
        }
        if (end.page.users.length !== 0) {
          out.push(ctx.finding(`${requestLine(end.exchange)} answered ${end.page.users.length} users, while ${snapshot}; an offset at total gives an empty page`, end.exchange));
        }
        // With no writes in between, one filter has one total, whatever page is read.
        for (const read of [last, end, ...past]) {
          if (read && read.page.total !== total) {
            out.push(ctx.finding(`${requestLine(read.exchange)} answered metadata.total ${read.page.total}, while ${snapshot}; total counts every user that matches the filter, on every page`, read.exchange));
          }
        }
        return out;
      }
      return { skip: `could not get a quiet snapshot: metadata.total of GET /v1/users${filter.status ? `?status=${filter.status}` : ''} changed during each of ${quietTries} tries` };
    }
  },
});
