import type { Finding } from '../../src/run/results.js';
import { requirement } from '../../src/run/requirement.js';
import { expectedLength, tryPage } from '../support/page.js';
import { requestLine } from '../support/show.js';

/**
 * Offsets at the integer widths a target's stack may store them in: 32-bit
 * signed and unsigned limits, the largest safe integer of a double, and 2^53
 * itself (the contract calls only offsets beyond it grey).
 */
export const largeOffsets: readonly number[] = [2 ** 31 - 1, 2 ** 31, 2 ** 32, Number.MAX_SAFE_INTEGER, 2 ** 53];

/** The limit sent with them: small, so a page that wrongly starts elsewhere stays cheap. */
const pageLimit = 3;

export default requirement({
  id: 'LIST-OFFSET-LARGE',
  level: 'MUST',
  title: 'Offsets up to 2^53 are accepted and give the page they name',
  rule: '`offset` integer ≥ 0 (grey only beyond 2^53): 2^31 − 1, 2^31, 2^32, 2^53 − 1 and 2^53 answer 200, `metadata.offset` is the value sent, and `users.length` is `min(limit, max(0, total - offset))` (an empty page, short of 2^31 users).',
  contract: ['GET /v1/users — list'],
  operations: ['listUsers'],
  writes: false,
  async run(ctx) {
    const findings: Finding[] = [];
    for (const offset of largeOffsets) {
      const { exchange, page, problem } = await tryPage(ctx, { limit: pageLimit, offset });
      if (!page) {
        findings.push(ctx.finding(`${problem}; offset ${offset} is a valid offset (an integer ≥ 0, not beyond 2^53): 200 with a page`, exchange));
        continue;
      }
      const want = expectedLength(pageLimit, offset, page.total);
      const wrong = [
        page.offset !== offset ? `metadata.offset ${page.offset} (the value in effect is the one sent, ${offset})` : '',
        page.limit !== pageLimit ? `metadata.limit ${page.limit} (sent ${pageLimit})` : '',
        page.users.length !== want ? `${page.users.length} users with metadata.total ${page.total} (min(${pageLimit}, max(0, ${page.total} − ${offset})) = ${want})` : '',
      ].filter(Boolean);
      if (wrong.length > 0) findings.push(ctx.finding(`${requestLine(exchange)} answered ${wrong.join(', ')}`, exchange));
    }
    return findings;
  },
});
