import { wrongTypes } from '../../src/generate/invalid-cases.js';
import { requirement } from '../../src/run/requirement.js';
import { expectRejected } from './create-answers.js';

export default requirement({
  id: 'CREATE-WRONG-TYPE',
  level: 'MUST',
  title: 'A field of the wrong JSON type answers 422',
  rule: 'Every writable field is a string (phoneNumber: null is a wrong type); a JSON object with a wrong type: 422, and no user is created.',
  contract: ['POST /v1/users — create', 'The user'],
  operations: ['createUser'],
  writes: true,
  property: true,
  async run(ctx) {
    return expectRejected(ctx, wrongTypes(() => ctx.emailDomain()));
  },
});
