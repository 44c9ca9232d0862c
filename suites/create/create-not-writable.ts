import { notWritableOnCreate } from '../../src/generate/invalid-cases.js';
import { requirement } from '../../src/run/requirement.js';
import { expectRejected } from './create-answers.js';

export default requirement({
  id: 'CREATE-NOT-WRITABLE',
  level: 'MUST',
  title: 'A field that is not writable answers 422',
  rule: 'Writable fields: email, firstName, lastName, dateOfBirth, country, phoneNumber. Nothing else may be sent: a field that is not writable (userId, status, createdAt, updatedAt, verificationStatus, unknown names): 422, and no user is created.',
  contract: ['POST /v1/users — create'],
  operations: ['createUser'],
  writes: true,
  property: true,
  async run(ctx) {
    return expectRejected(ctx, notWritableOnCreate());
  },
});
