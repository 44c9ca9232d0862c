import { describeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';
import { swapCase } from '../support/users.js';
import { succeeded } from './create-answers.js';

export default requirement({
  id: 'CREATE-DUPLICATE-EMAIL-CASE',
  level: 'MUST',
  title: 'E-mails differing only in case are the same e-mail',
  rule: 'email is unique across users, compared case-insensitively; e-mail already used by another user (case-insensitive): 409, and no user is created.',
  contract: ['The user', 'POST /v1/users — create'],
  operations: ['createUser'],
  writes: true,
  async run(ctx) {
    // Only the local part changes case: the domain keeps the run id as ctx gives it.
    const domain = ctx.emailDomain();
    const local = 'Dup.Case+Check';
    const first = await ctx.createUser({ email: `${local}@${domain}` });
    const findings: Finding[] = [];
    for (const variant of [swapCase(local), local.toLowerCase(), local.toUpperCase()]) {
      const email = `${variant}@${domain}`;
      const exchange = await ctx.send('createUser', { body: ctx.validCreateBody({ email }) });
      if (exchange.status === 409) continue;
      const created = succeeded(exchange);
      findings.push(
        ctx.finding(
          created
            ? `POST /v1/users with ${email}, which differs from user ${first.userId}'s ${local}@${domain} only in case, created another user (${exchange.status}); e-mails are compared case-insensitively: the contract asks 409`
            : `POST /v1/users with ${email}, which differs from user ${first.userId}'s e-mail only in case, answered ${describeResponse(exchange)}; the contract asks 409`,
          exchange,
        ),
      );
      break;
    }
    return findings;
  },
});
