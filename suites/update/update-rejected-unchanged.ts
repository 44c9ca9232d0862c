import fc from 'fast-check';
import { applyInvalidCase, invalidPatches, type InvalidCase } from '../../src/generate/invalid-cases.js';
import { validPatch, type PatchBody } from '../../src/generate/valid-bodies.js';
import { casesInFlight, lendingPool } from '../../src/run/concurrent-cases.js';
import { requirement } from '../../src/run/requirement.js';
import { fieldDifferences } from '../support/differences.js';
import { showValue } from '../support/show.js';
import { readUserShowing, userFields } from '../support/users.js';
import { compareTimestamps } from '../support/time.js';

export default requirement({
  id: 'UPDATE-REJECTED-UNCHANGED',
  level: 'MUST',
  title: 'A rejected PATCH leaves the user unchanged',
  rule: 'PATCH: on 422 (an empty object, a field not writable, a value breaking a field rule) the user is left unchanged.',
  contract: ['PATCH /v1/users/{userId} — update'],
  operations: ['createUser', 'getUser', 'updateUser'],
  writes: true,
  property: true,
  async run(ctx) {
    const why = (field: string, value: unknown, reason: string): InvalidCase => ({ field, value, why: reason });
    // A valid patch with one invalid part added after it (a target applying fields in order has applied the valid ones by then).
    const examples: Array<[PatchBody, InvalidCase]> = [
      [{ firstName: 'Changed' }, why('phoneNumber', '+0123456789', 'first digit 0')],
      [{ phoneNumber: '+4915123456789' }, why('lastName', '', 'empty')],
      [{ lastName: 'Changed' }, why('firstName', ' ', 'blank')],
      [{ firstName: 'Changed' }, why('lastName', 'a'.repeat(101), 'over 100 code points')],
      [{ phoneNumber: '+4915123456789' }, why('firstName', 42, 'wrong type: a number')],
      [{ firstName: 'Changed' }, why('phoneNumber', null, 'wrong type: null')],
      [{ lastName: 'Changed' }, why('email', ctx.email(), 'email is not writable')],
      [{ firstName: 'Changed' }, why('country', 'DE', 'country is not writable')],
      [{ phoneNumber: '+4915123456789' }, why('nickname', 'Johnny', 'unknown field nickname')],
    ];
    const invalid = invalidPatches(() => ctx.emailDomain()).filter((c) => !c.omit);
    // A few users, each with the last read of it, lent to one case at a time (cases run at once): a case compares
    // the user before and after its own PATCH, which a PATCH of another case in between would spoil.
    const users = lendingPool(async () => {
      const { userId } = await ctx.createUser({ phoneNumber: '+14155550123' });
      return { userId, before: (await ctx.readUser(userId)).user };
    }, casesInFlight);
    return ctx.property(
      fc.tuple(validPatch(), invalid),
      ([valid, bad]) => users.use(async (user) => {
        const { userId } = user;
        const body = applyInvalidCase({ ...valid }, bad);
        const exchange = await ctx.send('updateUser', { pathParams: { userId }, body });
        // A field only some reads show is read again before it counts as changed.
        const after = await readUserShowing(ctx, userId, user.before, [...userFields, 'updatedAt']);
        const previous = user.before;
        user.before = after.user;
        // Only a rejection is judged; an accepted invalid body is UPDATE-FIELD-RULES' or UPDATE-NOT-WRITABLE's finding.
        if (exchange.status === undefined || exchange.status < 400 || exchange.status > 499) return undefined;
        const changed = fieldDifferences(previous, after.user, [...userFields, 'status']);
        const order = compareTimestamps(after.user.updatedAt, previous.updatedAt);
        if (order !== undefined && order !== 0) changed.push(`updatedAt is ${showValue(after.user.updatedAt)}, expected ${showValue(previous.updatedAt)}`);
        if (changed.length === 0) return undefined;
        return {
          message: `PATCH /v1/users/${userId} ${JSON.stringify(body)} (${bad.why}) answered ${exchange.status}, yet a later GET shows the user changed: ${changed.join('; ')}`,
          exchange: after.exchange,
        };
      }),
      { runs: examples.length + ctx.runs, examples },
    );
  },
});
