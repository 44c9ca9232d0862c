import { buildEmail } from '../../src/generate/email.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { objectBody } from '../../src/run/object-body.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';
import { echoMismatches } from '../support/differences.js';

export default requirement({
  id: 'CREATE-ECHO',
  level: 'MUST',
  title: 'The 201 echoes the fields exactly as sent',
  rule: 'The echoed fields MUST equal what was sent (the e-mail too, in the case of both its parts); firstName and lastName are stored and returned exactly as sent (no trimming or case change), also names that read as other types (`true`, `null`, `NaN`).',
  contract: ['POST /v1/users — create', 'The user'],
  operations: ['createUser'],
  writes: true,
  async run(ctx) {
    const domain = () => ctx.emailDomain();
    // Spaces kept, case kept, scripts kept: each case has something a normalizing target would change.
    // E-mails in mixed case in both parts (the domain's first label carries the run id and keeps its case).
    const cases: Array<Record<string, unknown>> = [
      ctx.validCreateBody({ email: buildEmail({ local: 'Mixed.Case+Echo', labels: ['mail'], domainCase: 'mixed' }, domain()), firstName: '  Anne-Marie ', lastName: " O'Brien  " }),
      ctx.validCreateBody({ email: buildEmail({ local: 'UPPER.CASE', labels: [], domainCase: 'upper' }, domain()), firstName: 'Ελένη ', lastName: ' 美咲 민준', country: 'GR' }),
      ctx.validCreateBody({ email: `first.last+tag@${domain()}`, firstName: 'José', lastName: 'García Márquez', phoneNumber: '+12' }),
      ctx.validCreateBody({ email: `Echo@${domain()}`, firstName: String.fromCodePoint(0x20000).repeat(100), lastName: `${'a'.repeat(98)}  ` }),
      // Names that read as other JSON types: a store that infers types from text changes them.
      ctx.validCreateBody({ email: `Null.True@${domain()}`, firstName: 'true', lastName: 'null' }),
      ctx.validCreateBody({ email: `nan.infinity@${domain()}`, firstName: 'NaN', lastName: 'Infinity' }),
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
