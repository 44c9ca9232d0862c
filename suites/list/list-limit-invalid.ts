import type { Finding } from '../../src/run/results.js';
import { requirement } from '../../src/run/requirement.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { limitRules, notPlainDecimal } from '../support/limits.js';
import { requestLine } from '../support/show.js';

export default requirement({
  id: 'LIST-LIMIT-INVALID',
  level: 'MUST',
  title: 'A limit out of range or not a plain decimal integer is rejected with 400',
  rule: 'Integers are written in plain decimal. Any other value (`0` or `1001` for limit, `-1`, `1.5`, `abc`, an empty value): **400**.',
  contract: ['GET /v1/users — list'],
  operations: ['listUsers'],
  writes: false,
  async run(ctx) {
    const { min, max } = limitRules(ctx);
    // Only the contract's reject set: out of range (just past each end, and far
    // past — values that overflow 32-bit and exceed 2^53), negative, fractional,
    // not a number, trailing garbage (what parseInt would read as 10), empty,
    // what a lenient int() takes (`_`, white space around, non-ASCII digits), hex.
    // Grey and never sent: leading zeros, `+5`, `1e2`, repeated parameters.
    const values = [String(min - 1), String(max + 1), '-1', '1.5', 'abc', '10abc', '', '1000000', '2147483648', '9007199254740993', '99999999999999999999', ...notPlainDecimal];
    const findings: Finding[] = [];
    for (const value of values) {
      const exchange = await ctx.send('listUsers', { query: { limit: value } });
      if (exchange.status !== 400) {
        findings.push(ctx.finding(`${requestLine(exchange)} answered ${describeResponse(exchange)}; limit ${JSON.stringify(value)} is not an integer from ${min} to ${max}: expected 400`, exchange));
      }
    }
    return findings;
  },
});
