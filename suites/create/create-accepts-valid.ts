import { assignedCountryCodes } from '../../src/spec/load-spec.js';
import { validCreateBody } from '../../src/generate/valid-bodies.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';

export default requirement({
  id: 'CREATE-ACCEPTS-VALID',
  level: 'MUST',
  title: 'Every valid user from the accept set is created',
  rule: 'Writable fields: email, firstName, lastName, dateOfBirth, country (all required) and phoneNumber (optional); values from each field’s accept set (letters of any script, 1 to 100 code points, e-mails up to 254 characters, dates from 1900-01-01, assigned country codes, E.164 with 2 to 15 digits) are created: 201.',
  contract: ['POST /v1/users — create', 'The user'],
  operations: ['createUser'],
  writes: true,
  property: true,
  async run(ctx) {
    const bodies = validCreateBody(() => ctx.emailDomain(), { countries: assignedCountryCodes(ctx.spec) });
    return ctx.property(
      bodies,
      async (body) => {
        const exchange = await ctx.send('createUser', { body });
        if (exchange.status === 201) return undefined;
        return { message: `POST /v1/users with a valid body answered ${describeResponse(exchange)}; every value is in the contract’s accept set, so it asks 201`, exchange };
      },
      { runs: Math.max(ctx.runs, bodies.examples.length + Math.ceil(ctx.runs / 2)), examples: bodies.examples },
    );
  },
});
