import type { Finding } from '../../src/run/results.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';

/** Deep enough to overflow a recursive parser or validator, far under the 1 MiB a target may refuse. */
const depth = 20_000;

/**
 * Well-formed JSON objects that stress a parser or a validator. `invalid` ones break a field
 * rule (a 4xx is due); the others sit in grey zones, so any answer but a 5xx will do. Each
 * has an e-mail of its own, so one wrongly accepted cannot turn the next into a 409.
 */
function oddBodies(valid: () => Record<string, unknown>): Array<{ what: string; raw: string; invalid: boolean }> {
  // The valid fields but `key` as JSON members, to append the odd one to (no key twice: parsers differ on which wins).
  const fieldsBut = (key?: string) => {
    const body = valid();
    if (key !== undefined) delete body[key];
    return JSON.stringify(body).slice(1, -1);
  };
  return [
    { what: `an e-mail nested ${depth} arrays deep`, raw: `{${fieldsBut('email')},"email":${'['.repeat(depth)}${']'.repeat(depth)}}`, invalid: true },
    { what: `an unknown field nested ${depth} objects deep`, raw: `{${fieldsBut()},"x":${'{"x":'.repeat(depth)}1${'}'.repeat(depth)}}`, invalid: true },
    { what: 'a firstName of 300,000 characters', raw: JSON.stringify({ ...valid(), firstName: 'a'.repeat(300_000) }), invalid: true },
    { what: 'a firstName that is a number too large for a double', raw: `{${fieldsBut('firstName')},"firstName":1e999}`, invalid: true },
    { what: 'a lastName that is a 5,000-digit number', raw: `{${fieldsBut('lastName')},"lastName":${'9'.repeat(5000)}}`, invalid: true },
    { what: 'a __proto__ field', raw: `{${fieldsBut()},"__proto__":{"status":"active"}}`, invalid: true },
    { what: 'a field with an empty name', raw: `{${fieldsBut()},"":"x"}`, invalid: true },
    { what: 'a firstName holding a lone surrogate escape', raw: `{${fieldsBut('firstName')},"firstName":"Ann\\ud800"}`, invalid: false },
    { what: 'a firstName holding a NUL escape', raw: `{${fieldsBut('firstName')},"firstName":"Ann\\u0000e"}`, invalid: false },
  ];
}

export default requirement({
  id: 'TRANSPORT-ODD-BODIES',
  level: 'MUST',
  title: 'Odd but well-formed JSON bodies get an answer, never a 5xx',
  rule: 'A target MUST NOT answer any request of the suite with a 5xx; a JSON object that breaks a field rule gets 422 (a body a parser refuses, 400); only bodies over 1 MiB MAY be refused with 413.',
  contract: ['Transport', 'POST /v1/users — create'],
  operations: ['createUser'],
  writes: true,
  async run(ctx) {
    const findings: Finding[] = [];
    for (const { what, raw, invalid } of oddBodies(() => ctx.validCreateBody())) {
      const exchange = await ctx.send('createUser', { rawBody: raw, contentType: 'application/json' });
      const status = exchange.status;
      // Every body here is under 1 MiB, so 413 is not one of the answers the contract allows.
      if (status !== undefined && status < 500 && status !== 413 && (!invalid || (status >= 400 && status < 500))) continue;
      const asks = invalid ? 'a 4xx (422 for the field, or 400 from a parser that refuses the body), not 413' : 'an answer that is not a 5xx, nor 413';
      findings.push(ctx.finding(`POST /v1/users with ${what} (${Buffer.byteLength(raw, 'utf8')} bytes, under the 1 MiB a target may refuse with 413) answered ${describeResponse(exchange)}; the contract asks ${asks}`, exchange));
    }
    return findings;
  },
});
