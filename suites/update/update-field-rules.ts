import fc from 'fast-check';
import type { InvalidCase } from '../../src/generate/invalid-cases.js';
import { invalidNames } from '../../src/generate/invalid-values.js';
import { invalidPhones } from '../../src/generate/invalid-values.js';
import { wrongTypes } from '../../src/generate/invalid-cases.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';
import { judgeEach } from '../../src/run/concurrent-cases.js';
import { tableFindings } from '../support/show.js';

export default requirement({
  id: 'UPDATE-FIELD-RULES',
  level: 'MUST',
  title: 'PATCH of a value that breaks a field rule answers 422',
  rule: 'PATCH: a value that breaks a field rule (firstName, lastName: a string of 1 to 100 code points, not blank; phoneNumber: E.164, null is a wrong type): 422.',
  contract: ['PATCH /v1/users/{userId} — update', 'The user'],
  operations: ['createUser', 'updateUser'],
  writes: true,
  property: true,
  async run(ctx) {
    const { userId } = await ctx.createUser();
    const generators = [invalidNames('firstName'), invalidNames('lastName'), invalidPhones(), wrongTypes(() => ctx.emailDomain(), ['firstName', 'lastName', 'phoneNumber'])];
    // Each invalid value alone, and next to a valid other field (a target may treat a lone invalid field, or null, as an empty body).
    const companion = (field: string): Record<string, unknown> => (field === 'phoneNumber' ? { firstName: 'Jane' } : { phoneNumber: '+14155550124' });
    const judge = async ({ field, value, why }: InvalidCase, withValid: boolean) => {
      const body = { ...(withValid ? companion(field) : {}), [field]: value };
      const exchange = await ctx.send('updateUser', { pathParams: { userId }, body });
      if (exchange.status === 422) return undefined;
      return { message: `PATCH /v1/users/${userId} ${JSON.stringify(body)} (${field}: ${why}) answered ${describeResponse(exchange)}; expected 422`, exchange };
    };
    // Every listed reject value, each reported on its own; then generated ones, shrunk to the smallest.
    // All at once on the one user: each case is judged by its own answer only (422), never by the user's state.
    const listed = generators.flatMap((g) => g.examples).flatMap((invalid) => [false, true].map((withValid) => ({ invalid, withValid })));
    const findings = tableFindings(ctx, await judgeEach(listed, ({ invalid, withValid }) => judge(invalid, withValid)));
    if (findings.length > 0) return findings;
    return ctx.property(fc.tuple(fc.oneof(...generators), fc.boolean()), ([invalid, withValid]) => judge(invalid, withValid));
  },
});
