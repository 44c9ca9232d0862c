import { validPatch } from '../../src/generate/valid-bodies.js';
import { casesInFlight, lendingPool } from '../../src/run/concurrent-cases.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { objectBody } from '../../src/run/object-body.js';
import { requirement } from '../../src/run/requirement.js';
import { fieldDifferences } from '../support/differences.js';
import { showValue } from '../support/show.js';
import { compareTimestamps } from '../support/time.js';
import { userFields, userRequired } from '../support/users.js';

export default requirement({
  id: 'UPDATE-READ-BACK',
  level: 'MUST',
  title: 'A GET after a PATCH shows the values the PATCH answered with',
  rule: 'PATCH: a later GET shows the same values (updatedAt among them, when the GET shows it).',
  contract: ['PATCH /v1/users/{userId} — update'],
  operations: ['createUser', 'getUser', 'updateUser'],
  writes: true,
  property: true,
  async run(ctx) {
    const patches = validPatch();
    // A few users, each patched again and again by one case at a time (cases run at once): each case compares
    // its own PATCH answer with the GET right after it, which a PATCH of another case in between would spoil.
    const users = lendingPool(() => ctx.createUser(), casesInFlight);
    return ctx.property(
      patches,
      (patch) => users.use(async ({ userId }) => {
        const exchange = await ctx.send('updateUser', { pathParams: { userId }, body: patch });
        const answer = objectBody(exchange);
        if (exchange.status !== 200 || !answer) {
          return { message: `PATCH /v1/users/${userId} ${JSON.stringify(patch)} (a valid patch) answered ${describeResponse(exchange)}; expected 200`, exchange };
        }
        const read = await ctx.readUser(userId);
        // The sent values must show; any other field both carry must agree. The GET need not carry the optional ones.
        const differences = [
          ...fieldDifferences(patch as Record<string, unknown>, read.user, Object.keys(patch), (f) => userRequired.has(f)),
          ...fieldDifferences(answer, read.user, userFields.filter((f) => !Object.hasOwn(patch, f)), (f) => userRequired.has(f)),
        ];
        // updatedAt as an instant (two renderings of one time agree), when both carry it: a GET need not.
        if (compareTimestamps(read.user.updatedAt, answer.updatedAt) ?? 0) differences.push(`updatedAt is ${showValue(read.user.updatedAt)}, the PATCH answered ${showValue(answer.updatedAt)}`);
        if (differences.length > 0) {
          return { message: `PATCH /v1/users/${userId} ${JSON.stringify(patch)} answered 200, but a later GET shows: ${differences.join('; ')}`, exchange: read.exchange };
        }
        return undefined;
      }),
      { runs: patches.examples.length + ctx.runs, examples: patches.examples },
    );
  },
});
