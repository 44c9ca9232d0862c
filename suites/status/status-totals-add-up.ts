import type { Finding } from '../../src/run/results.js';
import { requirement } from '../../src/run/requirement.js';
import { readPage } from '../support/page.js';
import { requestLine } from '../support/show.js';
import { userStatuses } from '../support/users.js';
import { sleep } from '../../src/http/timers.js';

const quietTries = 5;

export default requirement({
  id: 'STATUS-TOTALS-ADD-UP',
  level: 'MUST',
  title: 'The four filtered totals add up to the unfiltered total',
  rule: 'The totals of the four statuses add up to the unfiltered total (with no writes in between).',
  contract: ['GET /v1/users — list'],
  operations: ['listUsers'],
  writes: false,
  afterWriters: true,
  async run(ctx) {
    const seen: number[] = [];
    for (let attempt = 0; attempt < quietTries; attempt++) {
      // Waits a little longer each retry, to land in a pause of the other writers.
      if (attempt > 0) await sleep(20 * attempt);
      const before = await readPage(ctx, { limit: 1 });
      // At once, to keep the window for writes small.
      const filtered = await Promise.all(userStatuses.map((status) => readPage(ctx, { limit: 1, status })));
      const after = await readPage(ctx, { limit: 1 });
      const total = before.page.total;
      seen.push(total, after.page.total);
      // Users are only added (and a status cannot be set by a client): the same total before and after means no write in between.
      if (after.page.total !== total) continue;
      const sum = filtered.reduce((n, { page }) => n + page.total, 0);
      if (sum === total) return [];
      const parts = filtered.map(({ page }, i) => `${userStatuses[i]} ${page.total}`).join(' + ');
      const finding: Finding = ctx.finding(
        `${requestLine(before.exchange)} answered metadata.total ${total} (the same before and after the filtered reads), but the four statuses count ${parts} = ${sum}; the totals of the four statuses add up to the unfiltered total`,
        before.exchange,
      );
      return [finding];
    }
    return { skip: `could not get a quiet snapshot: the unfiltered total moved during each of ${quietTries} tries (${seen.join(', ')})` };
  },
});
