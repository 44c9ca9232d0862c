import { describeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';
import { succeeded } from './create-answers.js';

export default requirement({
  id: 'CREATE-CONTENT-TYPE',
  level: 'MUST',
  title: 'A body sent without a JSON content type answers 400 or 415',
  rule: 'A request with a non-JSON content type, or none: 400 or 415.',
  contract: ['POST /v1/users — create'],
  operations: ['createUser'],
  writes: true,
  async run(ctx) {
    const findings: Finding[] = [];
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', null]) {
      const what = contentType === null ? 'no content type' : `content type ${contentType}`;
      const body = ctx.validCreateBody();
      const exchange = await ctx.send('createUser', { rawBody: JSON.stringify(body), contentType });
      if (exchange.status !== 400 && exchange.status !== 415) {
        const created = succeeded(exchange);
        findings.push(
          ctx.finding(
            `POST /v1/users with a valid JSON body but ${what} ${created ? `was processed and created a user (${exchange.status})` : `answered ${describeResponse(exchange)}`}; the contract asks 400 or 415`,
            exchange,
          ),
        );
        continue;
      }
      // Refused — and no user: the e-mail must still be free for the same body as JSON.
      const again = await ctx.send('createUser', { body });
      if (again.status === 409) {
        findings.push(ctx.finding(`POST /v1/users with ${what} answered ${exchange.status}, yet its e-mail ${String(body.email)} was then taken (409): a user was created`, again));
      }
    }
    return findings;
  },
});
