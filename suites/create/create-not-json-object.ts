import { nonObjectJsonBodies, notJsonBodies } from '../../src/generate/invalid-json.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';
import { capFindings } from '../support/show.js';

export default requirement({
  id: 'CREATE-NOT-JSON-OBJECT',
  level: 'MUST',
  title: 'A body that is not a JSON object answers 400',
  rule: 'A body that is not JSON (an empty one, almost-JSON such as NaN, comments or trailing commas included), or JSON that is not an object: 400.',
  contract: ['POST /v1/users — create'],
  operations: ['createUser'],
  writes: true,
  async run(ctx) {
    const findings: Finding[] = [];
    // Each almost-JSON body is a valid user with a fresh e-mail: one a lenient parser takes cannot turn the next into a 409.
    const valid = () => ctx.validCreateBody();
    for (const { raw, what } of [...notJsonBodies(valid), ...nonObjectJsonBodies(valid)]) {
      const exchange = await ctx.send('createUser', { rawBody: raw, contentType: 'application/json' });
      if (exchange.status === 400) continue;
      findings.push(ctx.finding(`POST /v1/users with a body that is ${what}, ${JSON.stringify(raw.slice(0, 40))}, answered ${describeResponse(exchange)}; the contract asks 400`, exchange));
    }
    return capFindings(findings);
  },
});
