import { describeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';

/**
 * Bodies that are not JSON, then JSON that is not an object; all sent as application/json.
 * No empty body: many frameworks read it as no body at all (then 422 for the missing
 * fields), and the contract does not say which answer an absent body gets.
 */
const bodies: Array<{ raw: string; what: string }> = [
  { raw: '{', what: 'not JSON (an open brace)' },
  { raw: 'not json', what: 'not JSON (plain words)' },
  { raw: '{"email":', what: 'not JSON (cut off)' },
  { raw: '{"firstName": "John",}', what: 'not JSON (a trailing comma)' },
  { raw: '[]', what: 'JSON that is not an object (an array)' },
  { raw: '"x"', what: 'JSON that is not an object (a string)' },
  { raw: '42', what: 'JSON that is not an object (a number)' },
  { raw: 'null', what: 'JSON that is not an object (null)' },
  { raw: 'true', what: 'JSON that is not an object (a boolean)' },
];

export default requirement({
  id: 'CREATE-NOT-JSON-OBJECT',
  level: 'MUST',
  title: 'A body that is not a JSON object answers 400',
  rule: 'A body that is not JSON, or JSON that is not an object: 400.',
  contract: ['POST /v1/users — create'],
  operations: ['createUser'],
  writes: true,
  async run(ctx) {
    const findings: Finding[] = [];
    // An array holding a valid user: a target that takes the first element would create it.
    const wrapped = { raw: JSON.stringify([ctx.validCreateBody()]), what: 'JSON that is not an object (an array holding a valid user)' };
    for (const { raw, what } of [...bodies, wrapped]) {
      const exchange = await ctx.send('createUser', { rawBody: raw, contentType: 'application/json' });
      if (exchange.status === 400) continue;
      findings.push(ctx.finding(`POST /v1/users with a body that is ${what}, ${JSON.stringify(raw.slice(0, 40))}, answered ${describeResponse(exchange)}; the contract asks 400`, exchange));
    }
    return findings;
  },
});
