import { describeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';
import { listTotal, newestUsers } from '../support/listed.js';
import { succeeded } from './create-answers.js';

export default requirement({
  id: 'CREATE-DUPLICATE-EMAIL',
  level: 'MUST',
  title: 'An e-mail already used answers 409 and creates no user',
  rule: 'E-mail already used by another user (case-insensitive): 409, and no user is created.',
  contract: ['POST /v1/users — create'],
  operations: ['createUser', 'listUsers'],
  writes: true,
  async run(ctx) {
    const before = await listTotal(ctx);
    const first = await ctx.createUser();
    const email = String(first.sent.email);
    const findings: Finding[] = [];
    for (const names of [{ firstName: 'Second', lastName: 'Attempt' }, { firstName: 'Third', lastName: 'Attempt' }]) {
      const exchange = await ctx.send('createUser', { body: ctx.validCreateBody({ email, ...names }) });
      if (exchange.status === 409) continue;
      const created = succeeded(exchange);
      findings.push(
        ctx.finding(
          created
            ? `POST /v1/users with the e-mail of user ${first.userId} (${email}) created another user (${exchange.status}); the contract asks 409 and no user`
            : `POST /v1/users with the e-mail of user ${first.userId} (${email}) answered ${describeResponse(exchange)}; the contract asks 409`,
          exchange,
        ),
      );
      return findings;
    }
    // 409 both times: still, no second user with that e-mail may be listed.
    const newest = await newestUsers(ctx, before);
    const same = newest.users.filter((user) => typeof user.email === 'string' && user.email.toLowerCase() === email.toLowerCase());
    if (same.length > 1) {
      findings.push(ctx.finding(`after answering 409, GET /v1/users lists ${same.length} users with the e-mail ${email} (${same.map((u) => String(u.userId)).join(', ')}); the contract asks that no user is created`, newest.exchange));
    }
    return findings;
  },
});
