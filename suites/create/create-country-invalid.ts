import { assignedCountryCodes } from '../../src/spec/load-spec.js';
import { invalidCountries } from '../../src/generate/invalid-values.js';
import { requirement } from '../../src/run/requirement.js';
import { expectRejected } from './create-answers.js';

export default requirement({
  id: 'CREATE-COUNTRY-INVALID',
  level: 'MUST',
  title: 'A country off ^[A-Z]{2}$ answers 422',
  rule: 'country: upper case, ^[A-Z]{2}$; MUST reject anything off the pattern (us, USA, 1A): 422, and no user is created.',
  contract: ['The user', 'POST /v1/users — create'],
  operations: ['createUser'],
  writes: true,
  property: true,
  async run(ctx) {
    return expectRejected(ctx, invalidCountries(assignedCountryCodes(ctx.spec)));
  },
});
