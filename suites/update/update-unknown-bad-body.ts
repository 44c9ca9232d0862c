import { describeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';
import fc from 'fast-check';
import { unlikelyId } from '../support/users.js';

/** Bad bodies and the second answer each may get: the unknown id (404) or the body's own error. */
const cases: Array<{ what: string; body?: unknown; raw?: string; also: number }> = [
  { what: 'an empty object', body: {}, also: 422 },
  { what: 'a blank firstName', body: { firstName: '   ' }, also: 422 },
  { what: 'a field that is not writable (email)', body: { email: 'x@example.com' }, also: 422 },
  { what: 'phoneNumber null', body: { phoneNumber: null }, also: 422 },
  { what: 'a body that is not JSON', raw: '{"firstName":', also: 400 },
  { what: 'JSON that is not an object', raw: '[]', also: 400 },
];

export default requirement({
  id: 'UPDATE-UNKNOWN-BAD-BODY',
  level: 'MUST',
  title: 'PATCH of an unknown user with a bad body answers 404 or the body’s error',
  rule: 'Where two errors apply at once (a bad body for an unknown id), the suite accepts either code: 404, or 422 (400 for a body that is not a JSON object).',
  contract: ['PATCH /v1/users/{userId} — update', 'POST /v1/users — create'],
  operations: ['updateUser', 'getUser'],
  writes: true,
  async run(ctx) {
    // Ids no real user can have (they carry the run id), as in UPDATE-UNKNOWN-404.
    const [userId] = fc.sample(unlikelyId(ctx.runId), { seed: ctx.seed, numRuns: 1 });
    const findings: Finding[] = [];
    for (const { what, body, raw, also } of cases) {
      const exchange = await ctx.send('updateUser', { pathParams: { userId }, ...(raw === undefined ? { body } : { rawBody: raw }) });
      if (exchange.status === 404 || exchange.status === also) continue;
      findings.push(ctx.finding(`PATCH /v1/users/${userId} (an id no user has) with ${what} answered ${describeResponse(exchange)}; expected 404 or ${also}`, exchange));
    }
    const read = await ctx.send('getUser', { pathParams: { userId } });
    if (read.status !== 404) findings.push(ctx.finding(`after bad PATCHes of the unknown /v1/users/${userId}, GET of that id answered ${describeResponse(read)}; expected 404`, read));
    return findings;
  },
});
