import { describeResponse } from '../../src/run/judge-response.js';
import { objectBody } from '../../src/run/object-body.js';
import { judgeEach } from '../../src/run/concurrent-cases.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';
import { fieldDifferences } from '../support/differences.js';
import { existingUsers, isAcceptSetName, noExistingUser, touchExistingOff } from '../support/existing-users.js';
import { showValue } from '../support/show.js';
import { compareTimestamps } from '../support/time.js';
import { userFields, userRequired } from '../support/users.js';

export default requirement({
  id: 'UPDATE-EXISTING-USERS',
  level: 'MUST',
  title: 'PATCH works on users the suite did not create, of every status',
  rule: 'PATCH success: 200, showing the new values; fields not sent keep their values; a later GET shows the same values. A client can never set a status, so a PATCH keeps it.',
  contract: ['PATCH /v1/users/{userId} — update', 'POST /v1/users — create'],
  operations: ['listUsers', 'updateUser', 'getUser'],
  writes: true,
  async run(ctx) {
    if (!ctx.touchExisting) return { skip: touchExistingOff };
    // Two of each status, one with a phone and one without where the list shows phones: a PATCH that leaves phoneNumber out must not trip on a user who has none.
    const users = await existingUsers(
      ctx,
      (user) => isAcceptSetName(user.firstName) && isAcceptSetName(user.lastName),
      (candidates) => {
        const withPhone = candidates.find((u) => u.phoneNumber !== undefined);
        const without = candidates.find((u) => u.phoneNumber === undefined);
        return withPhone && without ? [withPhone, without] : candidates.slice(0, 2);
      },
    );
    if (users.length === 0) return { skip: noExistingUser };
    // The users at once: each is its own GET, PATCH and GET, in that order, and no other check touches them.
    const perUser = await judgeEach(users, checkUser);
    return perUser.filter((finding) => finding !== undefined);

    /** The finding on one user, or undefined when it passed. */
    async function checkUser(listed: Record<string, unknown>): Promise<Finding | undefined> {
      const userId = String(listed.userId);
      const who = `pre-existing user ${userId} (status ${showValue(listed.status)})`;
      // The user as it is, read whole: the list need not show every field.
      const before = await ctx.send('getUser', { pathParams: { userId } });
      const stored = objectBody(before);
      if (before.status !== 200 || !stored) {
        return ctx.finding(`GET of listed ${who} answered ${describeResponse(before)}; expected 200`, before);
      }
      if (!isAcceptSetName(stored.firstName) || !isAcceptSetName(stored.lastName)) return undefined;
      // Its own names, as they are: the user is unchanged but for updatedAt, whatever the target does with the request.
      const patch = { firstName: stored.firstName, lastName: stored.lastName };
      const exchange = await ctx.send('updateUser', { pathParams: { userId }, body: patch });
      const answer = objectBody(exchange);
      if (exchange.status !== 200 || !answer) {
        return ctx.finding(`PATCH of ${who} with its own current names ${JSON.stringify(patch)} answered ${describeResponse(exchange)}; expected 200`, exchange);
      }
      const answered = fieldDifferences({ ...patch, email: stored.email, status: stored.status }, answer, ['email', 'firstName', 'lastName', 'status']);
      if (answered.length > 0) {
        return ctx.finding(`PATCH of ${who} with its own current names answered 200 showing: ${answered.join('; ')}`, exchange);
      }
      const read = await ctx.send('getUser', { pathParams: { userId } });
      const user = objectBody(read);
      if (read.status !== 200 || !user) {
        return ctx.finding(`after a 200 to PATCH of ${who}, GET answered ${describeResponse(read)}; expected 200`, read);
      }
      const differences = [
        ...fieldDifferences(stored, user, [...userFields, 'status'], (field) => userRequired.has(field)),
        ...((compareTimestamps(stored.createdAt, user.createdAt) ?? 0) !== 0 ? [`createdAt is ${showValue(user.createdAt)}, before the PATCH ${showValue(stored.createdAt)}`] : []),
        // No rule on a phone that shows up after the PATCH: a GET need not show phoneNumber, so one that left it out says nothing of the user.
        ...((compareTimestamps(answer.updatedAt, user.updatedAt) ?? 0) !== 0 ? [`updatedAt is ${showValue(user.updatedAt)}, the PATCH answered ${showValue(answer.updatedAt)}`] : []),
      ];
      return differences.length > 0 ? ctx.finding(`PATCH of ${who} with its own current names answered 200, but a GET after it shows, against the GET before: ${differences.join('; ')}`, read) : undefined;
    }
  },
});
