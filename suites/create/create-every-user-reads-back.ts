import type { RunCreatedUser } from '../../src/run/created-users.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { objectBody } from '../../src/run/object-body.js';
import { judgeEach } from '../../src/run/concurrent-cases.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';
import type { CheckContext } from '../../src/run/check-context.js';
import { fieldDifferences } from '../support/differences.js';
import { capFindings, showValue } from '../support/show.js';
import { compareTimestamps } from '../support/time.js';
import { fixedFields, userRequired, writableFields } from '../support/users.js';

/** How the GET of a user the run created differs from its 201; empty when it reads back as itself. */
async function readBack(ctx: CheckContext, created: RunCreatedUser): Promise<Finding | undefined> {
  const { userId, body } = created;
  const read = await ctx.send('getUser', { pathParams: { userId } });
  const user = objectBody(read);
  if (read.status !== 200 || !user) return ctx.finding(`user ${userId}, created by this run (201), then read with GET: ${describeResponse(read)}; a new user MUST be readable`, read);
  // What never changes, always; the writable fields only when the run sent this user no PATCH. status is left out: the server may move it.
  const fields = created.patched ? fixedFields : [...fixedFields, ...writableFields];
  const differences = [
    ...fieldDifferences(body, user, fields, (field) => userRequired.has(field)),
    ...((compareTimestamps(body.createdAt, user.createdAt) ?? 0) !== 0 ? [`createdAt is ${showValue(user.createdAt)}, the 201 showed ${showValue(body.createdAt)}`] : []),
  ];
  if (differences.length === 0) return undefined;
  return ctx.finding(`user ${userId}, created by this run, reads back as someone else: ${differences.join('; ')} (201: ${created.exchange.curl})`, read);
}

export default requirement({
  id: 'CREATE-EVERY-USER-READS-BACK',
  level: 'MUST',
  title: 'Every user the run created reads back as itself, the first included',
  rule: 'A new user MUST then be readable with GET; userId is assigned by the server and never changes; a later GET shows the same values.',
  contract: ['POST /v1/users — create', 'The user', 'GET /v1/users/{userId} — read'],
  operations: ['getUser'],
  // Only GETs: it runs after every check that writes, over all the users they created.
  writes: false,
  afterWriters: true,
  async run(ctx) {
    const users = ctx.createdUsers();
    if (users.length === 0) {
      return { skip: ctx.readOnly ? 'under --read-only the run creates no user to read back' : 'the checks of this run created no user to read back' };
    }
    // All the run's users, a few at a time; the findings in creation order.
    const judged = await judgeEach(users, (user) => readBack(ctx, user));
    return capFindings(judged.filter((finding) => finding !== undefined));
  },
});
