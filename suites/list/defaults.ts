import type { Finding } from '../../src/report/report-model.js';
import { requirement } from '../../src/run/requirement.js';
import { expectedLength } from './expected-length.js';
import { limitRules } from './limit-rules.js';
import { offsetDefault } from './offset-default.js';
import { readPage } from './read-page.js';
import { requestLine } from './request-line.js';

export default requirement({
  id: 'LIST-DEFAULTS',
  level: 'MUST',
  area: 'list',
  title: 'Without limit and offset the list uses limit 100 and offset 0',
  rule: '`limit` integer 1..1000, default 100; `offset` integer ≥ 0, default 0. `metadata.limit` and `metadata.offset` are the values in effect (defaults filled in). `users.length` is `min(limit, max(0, total - offset))`.',
  contract: 'GET /v1/users — list',
  operations: ['listUsers'],
  writes: false,
  async run(ctx) {
    const limit = limitRules(ctx).default;
    const offset = offsetDefault(ctx);
    const findings: Finding[] = [];
    let { exchange, page } = await readPage(ctx, {});
    if (page.limit !== limit) findings.push(ctx.finding(`${requestLine(exchange)} answered metadata.limit ${page.limit}; with no limit sent the default ${limit} is in effect`, exchange));
    if (page.offset !== offset) findings.push(ctx.finding(`${requestLine(exchange)} answered metadata.offset ${page.offset}; with no offset sent the default ${offset} is in effect`, exchange));
    if (page.users.length !== expectedLength(limit, offset, page.total)) {
      // Read again once: a target may count and page in two steps while others append users.
      ({ exchange, page } = await readPage(ctx, {}));
      const want = expectedLength(limit, offset, page.total);
      if (page.users.length !== want) {
        findings.push(ctx.finding(`${requestLine(exchange)} answered ${page.users.length} users with metadata.total ${page.total}; the default page holds min(${limit}, total) = ${want}`, exchange));
      }
    }
    return findings;
  },
});
