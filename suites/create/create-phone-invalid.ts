import { invalidPhones } from '../../src/generate/invalid-values.js';
import { requirement } from '../../src/run/requirement.js';
import { expectRejected } from './create-answers.js';

export default requirement({
  id: 'CREATE-PHONE-INVALID',
  level: 'MUST',
  title: 'A phoneNumber off E.164 answers 422',
  rule: 'phoneNumber: E.164, ^\\+[1-9][0-9]{1,14}$ (2 to 15 digits); a value that breaks it: 422, and no user is created.',
  contract: ['The user', 'POST /v1/users — create'],
  operations: ['createUser'],
  writes: true,
  property: true,
  async run(ctx) {
    return expectRejected(ctx, invalidPhones());
  },
});
