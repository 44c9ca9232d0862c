import { describeResponse } from '../../src/run/judge-response.js';
import { objectBody } from '../../src/run/object-body.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';
import { echoMismatches } from '../support/differences.js';

export default requirement({
  id: 'CREATE-ECHO',
  level: 'MUST',
  title: 'The 201 echoes the fields exactly as sent',
  rule: 'The echoed fields MUST equal what was sent; firstName and lastName are stored and returned exactly as sent (no trimming or case change).',
  contract: ['POST /v1/users — create', 'The user'],
  operations: ['createUser'],
  writes: true,
  async run(ctx) {
    const domain = () => ctx.emailDomain();
    // Spaces kept, case kept, scripts kept: each case has something a normalizing target would change.
    const cases: Array<Record<string, unknown>> = [
      ctx.validCreateBody({ email: `Mixed.Case+Echo@${domain()}`, firstName: '  Anne-Marie ', lastName: " O'Brien  " }),
      ctx.validCreateBody({ email: `UPPER.CASE@${domain()}`, firstName: 'Ελένη ', lastName: ' 美咲 민준', country: 'GR' }),
      ctx.validCreateBody({ email: `first.last+tag@${domain()}`, firstName: 'José', lastName: 'García Márquez', phoneNumber: '+12' }),
      ctx.validCreateBody({ email: `Echo@${domain()}`, firstName: String.fromCodePoint(0x20000).repeat(100), lastName: `${'a'.repeat(98)}  ` }),
    ];
    const findings: Finding[] = [];
    for (const sent of cases) {
      const exchange = await ctx.send('createUser', { body: sent });
      const body = objectBody(exchange);
      // 200 is CREATE-SUCCESS's finding; the echo is still judged.
      if ((exchange.status !== 201 && exchange.status !== 200) || !body) {
        findings.push(ctx.finding(`POST /v1/users with a valid body (firstName ${JSON.stringify(sent.firstName)}) answered ${describeResponse(exchange)}; the contract asks 201 and the fields echoed as sent`, exchange));
        continue;
      }
      const mismatches = echoMismatches(sent, body);
      if (mismatches.length > 0) {
        findings.push(ctx.finding(`POST /v1/users echoed ${mismatches.join('; ')}; the contract asks the echo to equal what was sent`, exchange));
      }
    }
    return findings;
  },
});
