import type { Finding } from '../../src/run/results.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';
import { requestLine } from '../support/show.js';
import { userStatuses } from '../support/users.js';

export default requirement({
  id: 'STATUS-UNKNOWN-400',
  level: 'MUST',
  title: 'An unknown status filter is rejected with 400',
  rule: '`status` one of the four statuses. Any other value of these parameters (an empty value, an unknown status): **400**.',
  contract: ['GET /v1/users — list'],
  operations: ['listUsers'],
  writes: false,
  async run(ctx) {
    // Not one of the four, and not a case variant or alias of one: a target that
    // matches statuses case-insensitively, or takes `pending`, is not failed for it.
    // `pending` is grey — a target MAY take it for pending_verification — and never sent.
    const values = ['unknown', 'deleted', 'inactive', ''];
    const findings: Finding[] = [];
    for (const value of values) {
      const exchange = await ctx.send('listUsers', { query: { limit: '1', status: value } });
      if (exchange.status !== 400) {
        findings.push(ctx.finding(`${requestLine(exchange)} answered ${describeResponse(exchange)}; status ${JSON.stringify(value)} is not one of ${userStatuses.join(', ')}: expected 400`, exchange));
      }
    }
    return findings;
  },
});
