import { describeResponse } from '../../src/run/judge-response.js';
import { objectBody } from '../../src/run/object-body.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';
import { succeeded } from './create-answers.js';

export default requirement({
  id: 'CREATE-STATUS-NOT-SETTABLE',
  level: 'MUST',
  title: 'A client can never set its own status',
  rule: 'A field that is not writable (status among them): 422, and no user is created. A client can never set its own status.',
  contract: ['POST /v1/users — create'],
  operations: ['createUser'],
  writes: true,
  async run(ctx) {
    const statuses = (ctx.spec.schema('UserStatus').enum as string[] | undefined) ?? ['pending_verification', 'active', 'suspended', 'closed'];
    // The statuses a client would want most first.
    const ordered = [...statuses].sort((a, b) => Number(b === 'active') - Number(a === 'active'));
    const findings: Finding[] = [];
    for (const status of ordered) {
      const email = ctx.email();
      const exchange = await ctx.send('createUser', { body: ctx.validCreateBody({ email, status }) });
      if (exchange.status !== 422) {
        const body = objectBody(exchange);
        const ok = succeeded(exchange);
        findings.push(
          ctx.finding(
            ok
              ? `POST /v1/users with status ${JSON.stringify(status)} was accepted (${exchange.status}), the user shown with status ${JSON.stringify(body?.status)}; a client can never set its status: the contract asks 422 and no user`
              : `POST /v1/users with status ${JSON.stringify(status)} answered ${describeResponse(exchange)}; the contract asks 422`,
            exchange,
          ),
        );
        continue;
      }
      // 422 — and no user: the same e-mail in a valid body must still be free.
      const again = await ctx.send('createUser', { body: ctx.validCreateBody({ email }) });
      if (again.status === 409) {
        findings.push(ctx.finding(`POST /v1/users with status ${JSON.stringify(status)} answered 422, yet its e-mail ${email} was then taken (409): a user was created`, again));
      }
    }
    return findings;
  },
});
