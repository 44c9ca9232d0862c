import type { Finding } from '../../src/run/results.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';
import { requestLine } from '../support/show.js';
import { userStatuses } from '../support/users.js';

export default requirement({
  id: 'STATUS-UNKNOWN-400',
  level: 'MUST',
  title: 'An unknown status filter is rejected with 400',
  rule: '`status` one of the four statuses (a target MAY also take `pending`). Any other value of these parameters (an empty value, an unknown status, a case variant, white space around, another alias): **400**.',
  contract: ['GET /v1/users — list'],
  operations: ['listUsers'],
  writes: false,
  async run(ctx) {
    // Only `pending` may stand for pending_verification (a target MAY take it; grey, never sent).
    // Anything else is another value: case variants, white space around, other aliases.
    const values = [
      'unknown',
      'deleted',
      'inactive',
      '',
      'ACTIVE',
      'Active',
      'PENDING_VERIFICATION',
      ' active',
      'active ',
      '\tsuspended',
      'verified',
      'pending-verification',
      'pendingverification',
      'enabled',
      '0',
    ];
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
