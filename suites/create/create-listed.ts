import type { CheckContext } from '../../src/run/check-context.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';
import { requestLine } from '../support/show.js';
import { firstUsers, listTotal, newestUsers, usersBefore } from '../support/listed.js';
import { sleep } from '../../src/http/timers.js';

/** Reads of the end of the list before a verdict: a user or a page that looks wrong once may be a race. */
const reads = 3;

/**
 * Looks for the new user among the newest of the list. Its verdict: found;
 * not there on `reads` reads of the end (nor on the first page, where a
 * target listing newest first would show it — LIST-ORDER judges that); or
 * found, but every read of the end shows fewer users than its own total
 * counts (the list drops a user at its end, which is where a new user is
 * until others are added).
 */
async function lookFor(ctx: CheckContext, userId: string, createdAt: string, totalBefore: number, status?: string): Promise<Finding | { skip: string } | undefined> {
  const what = status ? `GET /v1/users?status=${status}` : 'GET /v1/users';
  let missing = 0;
  let short = 0;
  for (let read = 0; read < reads * 2; read++) {
    if (read > 0) await sleep(20);
    const newest = await newestUsers(ctx, totalBefore, status);
    const found = newest.users.some((user) => user.userId === userId);
    if (!newest.complete) {
      if (found) return undefined;
      return { skip: `could not get a quiet snapshot: more than ${newest.users.length} users were added while looking for ${userId}` };
    }
    const { page } = newest;
    const counted = Math.min(newest.limit, Math.max(0, page.total - newest.offset));
    if (found && page.users.length >= counted) return undefined;
    if (!found) {
      // Users created in the same instant are ordered by userId: the new one may sort before users read as older.
      const before = await usersBefore(ctx, newest.start, createdAt, status);
      if (before.users.some((user) => user.userId === userId)) return undefined;
      missing++;
    } else short++;
    if (missing >= reads) {
      const first = await firstUsers(ctx, status);
      if (first.users.some((user) => user.userId === userId)) return undefined;
      return ctx.finding(
        `user ${userId}, created (201) before the list was read, is neither among the newest users of ${what} (${requestLine(newest.exchange)}: total ${page.total}, ${page.users.length} users shown, the end of the list, on ${reads} reads) nor on its first page; the contract asks a new user to be listed`,
        newest.exchange,
      );
    }
    if (short >= reads) {
      return ctx.finding(
        `${requestLine(newest.exchange)} shows ${page.users.length} users at the end of the list where its total ${page.total} at offset ${newest.offset} counts ${counted}, on ${reads} reads: the list leaves a user out at its end, where a new user is listed; the contract asks every new user listed`,
        newest.exchange,
      );
    }
  }
  return { skip: `could not get a quiet snapshot of the end of ${what}` };
}

export default requirement({
  id: 'CREATE-LISTED',
  level: 'MUST',
  title: 'A new user is listed by GET /v1/users',
  rule: 'A new user MUST then be readable with GET and listed by GET /v1/users.',
  contract: ['POST /v1/users — create', 'GET /v1/users — list'],
  operations: ['createUser', 'listUsers'],
  writes: true,
  async run(ctx) {
    // The unfiltered list, and the new user's own status: both must list it.
    const filters = [undefined, 'pending_verification'];
    const before: number[] = [];
    for (const status of filters) before.push(await listTotal(ctx, status));
    const { userId, body } = await ctx.createUser();
    const findings: Finding[] = [];
    const skips: string[] = [];
    for (const [i, status] of filters.entries()) {
      // A user created in another status is CREATE-STATUS-PENDING's finding; the filter would rightly leave it out.
      if (status !== undefined && body.status !== status) continue;
      const verdict = await lookFor(ctx, userId, String(body.createdAt), before[i], status);
      if (verdict === undefined) continue;
      if ('skip' in verdict) skips.push(verdict.skip);
      else findings.push(verdict);
    }
    if (findings.length === 0 && skips.length > 0) return { skip: skips.join('; ') };
    return findings;
  },
});
