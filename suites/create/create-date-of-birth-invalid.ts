import { invalidDatesOfBirth } from '../../src/generate/invalid-values.js';
import { requirement } from '../../src/run/requirement.js';
import { expectRejected } from './create-answers.js';

export default requirement({
  id: 'CREATE-DATE-OF-BIRTH-INVALID',
  level: 'MUST',
  title: 'A dateOfBirth from the reject set answers 422',
  rule: 'dateOfBirth: format date (YYYY-MM-DD), a real calendar date (so 2021-02-30 is rejected), from 1900-01-01 up to today in UTC; a value that breaks it: 422, and no user is created.',
  contract: ['The user', 'POST /v1/users — create'],
  operations: ['createUser'],
  writes: true,
  property: true,
  async run(ctx) {
    return expectRejected(ctx, invalidDatesOfBirth());
  },
});
