import { missingFields } from '../../src/generate/invalid-cases.js';
import { requirement } from '../../src/run/requirement.js';
import { expectRejected } from './create-answers.js';

export default requirement({
  id: 'CREATE-MISSING-FIELD',
  level: 'MUST',
  title: 'A required field missing answers 422',
  rule: 'email, firstName, lastName, dateOfBirth, country are all required; a JSON object with a required field missing: 422, and no user is created.',
  contract: ['POST /v1/users — create'],
  operations: ['createUser'],
  writes: true,
  property: true,
  async run(ctx) {
    const required = ctx.spec.schema('CreateUserRequest').required as string[];
    // One case per field, each tried once: there is nothing to generate beyond them.
    return expectRejected(ctx, missingFields(required), { generated: 0 });
  },
});
