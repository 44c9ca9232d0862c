import type { Finding } from '../../src/run/results.js';
import { requirement } from '../../src/run/requirement.js';
import { expectedLength, idOf, type ListQuery, readPage } from '../support/page.js';
import { limitRules, offsetDefault } from '../support/limits.js';
import { requestLine } from '../support/show.js';

export default requirement({
  id: 'LIST-DEFAULTS',
  level: 'MUST',
  title: 'A limit or offset not sent takes its default: limit 100, offset 0',
  rule: '`limit` integer 1..1000, default 100; `offset` integer ≥ 0, default 0. `metadata.limit` and `metadata.offset` are the values in effect (defaults filled in). `users.length` is `min(limit, max(0, total - offset))`.',
  contract: ['GET /v1/users — list'],
  operations: ['listUsers'],
  writes: false,
  afterWriters: true,
  async run(ctx) {
    const defaults = { limit: limitRules(ctx).default, offset: offsetDefault(ctx) };
    const findings: Finding[] = [];
    // Neither sent, then each without the other: a default must not depend on the other parameter being there.
    const reads: Array<Awaited<ReturnType<typeof readPage>>> = [];
    for (const sent of [{}, { offset: 1 }, { limit: 2 }] as ListQuery[]) {
      const limit = sent.limit ?? defaults.limit;
      const offset = sent.offset ?? defaults.offset;
      let { exchange, page } = await readPage(ctx, sent);
      reads.push({ exchange, page });
      const missing = sent.limit === undefined ? 'no limit' : 'no offset';
      if (page.limit !== limit) findings.push(ctx.finding(`${requestLine(exchange)} answered metadata.limit ${page.limit}; with ${sent.limit === undefined ? `${missing} sent the default ${limit}` : `limit ${limit} sent, ${limit}`} is in effect`, exchange));
      if (page.offset !== offset) findings.push(ctx.finding(`${requestLine(exchange)} answered metadata.offset ${page.offset}; with ${sent.offset === undefined ? `${missing} sent the default ${offset}` : `offset ${offset} sent, ${offset}`} is in effect`, exchange));
      if (page.users.length !== expectedLength(limit, offset, page.total)) {
        // Read again once: a target may count and page in two steps while others append users.
        ({ exchange, page } = await readPage(ctx, sent));
        const want = expectedLength(limit, offset, page.total);
        if (page.users.length !== want) {
          findings.push(ctx.finding(`${requestLine(exchange)} answered ${page.users.length} users with metadata.total ${page.total}; the page holds min(${limit}, max(0, total − ${offset})) = ${want}`, exchange));
        }
      }
    }
    // Users are only appended at the end, so the second user is the same in all three pages: offset 1 must start there.
    const [first, skipped, two] = reads.map((r) => r.page.users);
    if (findings.length === 0 && first.length >= 2 && two.length >= 2 && skipped.length >= 1) {
      const second = idOf(first[1]);
      if (idOf(two[1]) === second && idOf(skipped[0]) !== second) {
        findings.push(ctx.finding(`${requestLine(reads[1].exchange)} starts with ${idOf(skipped[0])}, but the list's second user is ${second}: offset 1 with no limit is not in effect`, reads[1].exchange));
      }
    }
    return findings;
  },
});
