import fc from 'fast-check';
import { invalidNames } from '../../src/generate/invalid-values.js';
import { withExamples } from '../../src/generate/with-examples.js';
import { requirement } from '../../src/run/requirement.js';
import { expectRejected } from './create-answers.js';

export default requirement({
  id: 'CREATE-NAME-INVALID',
  level: 'MUST',
  title: 'A firstName or lastName from the reject set answers 422',
  rule: 'firstName, lastName: 1 to 100 Unicode code points, not blank (not only white space); a value that breaks it: 422, and no user is created.',
  contract: ['The user', 'POST /v1/users — create'],
  operations: ['createUser'],
  writes: true,
  property: true,
  async run(ctx) {
    const first = invalidNames('firstName');
    const last = invalidNames('lastName');
    return expectRejected(ctx, withExamples(fc.oneof(first, last), [...first.examples, ...last.examples]));
  },
});
