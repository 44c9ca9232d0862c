import type { Finding } from '../../src/run/results.js';
import { requirement } from '../../src/run/requirement.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { notPlainDecimal } from '../support/limits.js';
import { requestLine } from '../support/show.js';

export default requirement({
  id: 'LIST-OFFSET-INVALID',
  level: 'MUST',
  title: 'An offset that is negative or not a plain decimal integer is rejected with 400',
  rule: '`offset` integer ≥ 0. Integers are written in plain decimal. Any other value (`-1`, `1.5`, `abc`, an empty value): **400**.',
  contract: ['GET /v1/users — list'],
  operations: ['listUsers'],
  writes: false,
  async run(ctx) {
    // Only the contract's reject set; grey and never sent: leading zeros, `+5`, `1e2`, offsets beyond 2^53.
    const values = ['-1', '-100', '1.5', 'abc', '3abc', '', ...notPlainDecimal];
    const findings: Finding[] = [];
    for (const value of values) {
      // A valid limit beside it: only the offset is wrong.
      const exchange = await ctx.send('listUsers', { query: { limit: '1', offset: value } });
      if (exchange.status !== 400) {
        findings.push(ctx.finding(`${requestLine(exchange)} answered ${describeResponse(exchange)}; offset ${JSON.stringify(value)} is not a plain decimal integer ≥ 0: expected 400`, exchange));
      }
    }
    return findings;
  },
});
