import { describeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';

/** Otherwise-invalid bodies carrying an e-mail already used: two errors at once. */
const breaks: Array<{ what: string; fields: Record<string, unknown> }> = [
  { what: 'a blank firstName', fields: { firstName: '   ' } },
  { what: 'a country off the pattern', fields: { country: 'usa' } },
  { what: 'a field that is not writable (status)', fields: { status: 'active' } },
  { what: 'phoneNumber null', fields: { phoneNumber: null } },
];

export default requirement({
  id: 'CREATE-DUPLICATE-INVALID-BODY',
  level: 'MUST',
  title: 'A used e-mail in an otherwise invalid body answers 409 or 422',
  rule: 'Where two errors apply at once (a duplicate e-mail in an otherwise invalid body), the suite accepts either code: 409 or 422; in both cases no user is created.',
  contract: ['POST /v1/users — create'],
  operations: ['createUser'],
  writes: true,
  async run(ctx) {
    const first = await ctx.createUser();
    const email = String(first.sent.email);
    const findings: Finding[] = [];
    for (const { what, fields } of breaks) {
      const exchange = await ctx.send('createUser', { body: ctx.validCreateBody({ email, ...fields }) });
      if (exchange.status === 409 || exchange.status === 422) continue;
      findings.push(ctx.finding(`POST /v1/users with the e-mail of user ${first.userId} (${email}) and ${what} answered ${describeResponse(exchange)}; expected 409 or 422, and no user`, exchange));
    }
    return findings;
  },
});
