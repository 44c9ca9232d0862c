import { invalidEmails } from '../../src/generate/invalid-values.js';
import { requirement } from '../../src/run/requirement.js';
import { expectRejected } from './create-answers.js';

export default requirement({
  id: 'CREATE-EMAIL-INVALID',
  level: 'MUST',
  title: 'An e-mail from the reject set answers 422',
  rule: 'email MUST reject: no @ or more than one, an empty part, white space, over 254 characters; a bad format: 422, and no user is created.',
  contract: ['The user', 'POST /v1/users — create'],
  operations: ['createUser'],
  writes: true,
  property: true,
  async run(ctx) {
    return expectRejected(ctx, invalidEmails(() => ctx.emailDomain()));
  },
});
