import type { Finding } from '../../src/run/results.js';
import { requirement } from '../../src/run/requirement.js';
import { readPage } from '../support/page.js';
import { requestLine } from '../support/show.js';
import { userStatuses } from '../support/users.js';

const sampleLimit = 100;

export default requirement({
  id: 'STATUS-FILTER',
  level: 'MUST',
  title: 'With status=X every listed user has status X',
  rule: 'With `status`, every listed user has that status.',
  contract: ['GET /v1/users — list'],
  operations: ['listUsers'],
  writes: false,
  afterWriters: true,
  async run(ctx) {
    const findings: Finding[] = [];
    let seen = 0;
    for (const status of userStatuses) {
      // The first page and the last: never a walk of the collection.
      const first = await readPage(ctx, { status, limit: sampleLimit });
      const samples = [first];
      const lastOffset = Math.max(0, first.page.total - sampleLimit);
      if (lastOffset > 0) samples.push(await readPage(ctx, { status, limit: sampleLimit, offset: lastOffset }));
      for (const { page, exchange } of samples) {
        seen += page.users.length;
        const index = page.users.findIndex((user) => user.status !== status);
        if (index < 0) continue;
        const user = page.users[index];
        findings.push(ctx.finding(`${requestLine(exchange)} lists ${String(user.userId)} at offset ${page.offset + index} with status ${JSON.stringify(user.status)}; with status=${status} every listed user has status ${status}`, exchange));
        break; // One per status.
      }
    }
    if (findings.length === 0 && seen === 0) return { skip: 'no user is listed under any status, so there is nothing to check' };
    return findings;
  },
});
