import { nonObjectJsonBodies, notJsonBodies } from '../../src/generate/invalid-json.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';
import { capFindings } from '../support/show.js';

export default requirement({
  id: 'UPDATE-NOT-JSON-OBJECT',
  level: 'MUST',
  title: 'PATCH of a body that is not a JSON object answers 400',
  rule: 'PATCH: not JSON (an empty body, almost-JSON such as NaN, comments or trailing commas included), or JSON that is not an object: 400.',
  contract: ['PATCH /v1/users/{userId} — update'],
  operations: ['createUser', 'updateUser'],
  writes: true,
  async run(ctx) {
    const { userId } = await ctx.createUser();
    const findings: Finding[] = [];
    const valid = () => ({ firstName: 'Jane', lastName: 'Doe' });
    for (const { raw, what } of [...notJsonBodies(valid), ...nonObjectJsonBodies(valid)]) {
      const exchange = await ctx.send('updateUser', { pathParams: { userId }, rawBody: raw, contentType: 'application/json' });
      if (exchange.status === 400) continue;
      findings.push(ctx.finding(`PATCH /v1/users/${userId} with a body that is ${what}, ${JSON.stringify(raw.slice(0, 40))}, answered ${describeResponse(exchange)}; expected 400`, exchange));
    }
    return capFindings(findings);
  },
});
