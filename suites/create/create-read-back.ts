import { assignedCountryCodes } from '../../src/spec/load-spec.js';
import { validCreateBody } from '../../src/generate/valid-bodies.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { objectBody } from '../../src/run/object-body.js';
import { requirement } from '../../src/run/requirement.js';
import { echoMismatches } from '../support/differences.js';

export default requirement({
  id: 'CREATE-READ-BACK',
  level: 'MUST',
  title: 'A new user reads back with the values sent',
  rule: 'A new user MUST then be readable with GET. firstName, lastName: stored and returned exactly as sent (no trimming or case change); the other fields read back as sent (the e-mail compared case-insensitively, as the contract compares e-mails).',
  contract: ['POST /v1/users — create', 'The user'],
  operations: ['createUser', 'getUser'],
  writes: true,
  property: true,
  async run(ctx) {
    const bodies = validCreateBody(() => ctx.emailDomain(), { countries: assignedCountryCodes(ctx.spec) });
    let created = 0;
    const findings = await ctx.property(
      bodies,
      async (body) => {
        const exchange = await ctx.send('createUser', { body });
        const userId = objectBody(exchange)?.userId;
        // A body the target refuses is CREATE-ACCEPTS-VALID's finding; nothing to read back here.
        if (exchange.status !== 201 || typeof userId !== 'string') return undefined;
        created++;
        const read = await ctx.send('getUser', { pathParams: { userId } });
        const user = objectBody(read);
        if (read.status !== 200 || !user) {
          return { message: `GET /v1/users/${userId} right after it was created answered ${describeResponse(read)}; the contract asks 200 with the user`, exchange: read };
        }
        const mismatches = echoMismatches(body as unknown as Record<string, unknown>, user, { emailAnyCase: true });
        if (mismatches.length === 0) return undefined;
        return { message: `GET /v1/users/${userId} right after it was created shows ${mismatches.join('; ')}; the contract asks the values as sent`, exchange: read };
      },
      { runs: Math.max(ctx.runs, bodies.examples.length + Math.ceil(ctx.runs / 2)), examples: bodies.examples },
    );
    if (findings.length === 0 && created === 0) return { skip: 'no valid body was created (201), so nothing could be read back (CREATE-ACCEPTS-VALID judges it)' };
    return findings;
  },
});
