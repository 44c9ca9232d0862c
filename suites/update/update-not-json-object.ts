import { describeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';
import { capFindings } from '../support/show.js';

/** Bodies sent as application/json that are not JSON, or JSON but not an object. */
export const notJsonObjectBodies: ReadonlyArray<[string, string]> = [
  ['not JSON: an unclosed object', '{'],
  ['not JSON: cut off', '{"firstName": "Jane"'],
  ['not JSON: single quotes', "{'firstName': 'Jane'}"],
  ['not JSON: a trailing comma', '{"firstName": "Jane",}'],
  ['not JSON: form encoded', 'firstName=Jane'],
  ['JSON, not an object: an empty array', '[]'],
  ['JSON, not an object: an array of an object', '[{"firstName": "Jane"}]'],
  ['JSON, not an object: a string', '"Jane"'],
  ['JSON, not an object: a number', '42'],
  ['JSON, not an object: true', 'true'],
  ['JSON, not an object: null', 'null'],
];

export default requirement({
  id: 'UPDATE-NOT-JSON-OBJECT',
  level: 'MUST',
  title: 'PATCH of a body that is not a JSON object answers 400',
  rule: 'PATCH: not JSON, or JSON that is not an object: 400.',
  contract: ['PATCH /v1/users/{userId} — update'],
  operations: ['createUser', 'updateUser'],
  writes: true,
  async run(ctx) {
    const { userId } = await ctx.createUser();
    const findings: Finding[] = [];
    for (const [label, rawBody] of notJsonObjectBodies) {
      const exchange = await ctx.send('updateUser', { pathParams: { userId }, rawBody, contentType: 'application/json' });
      if (exchange.status === 400) continue;
      findings.push(ctx.finding(`PATCH /v1/users/${userId} with body ${JSON.stringify(rawBody)} (${label}) answered ${describeResponse(exchange)}; expected 400`, exchange));
    }
    return capFindings(findings);
  },
});
