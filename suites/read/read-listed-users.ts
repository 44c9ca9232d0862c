import type { Exchange } from '../../src/http/exchange.js';
import type { CheckContext } from '../../src/run/check-context.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { objectBody } from '../../src/run/object-body.js';
import { judgeEach } from '../../src/run/concurrent-cases.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';
import { type ListQuery, readPage } from '../support/page.js';
import { capFindings, requestLine, showValue } from '../support/show.js';
import { isUserStatus, userStatuses } from '../support/users.js';
import { listedDifferences } from '../support/differences.js';

/** Reads of the list and the user before values that disagree count: another client may change names in between. */
const rounds = 3;
/** Users read from each window past a list's first page. */
const windowSize = 5;

interface Listed {
  user: Record<string, unknown>;
  query: ListQuery;
  exchange: Exchange;
}

/** A finding on one listed user, or undefined when its GET agrees with the list (or it moved and cannot be judged). */
async function judge(ctx: CheckContext, userId: string, listed: Listed): Promise<Finding | undefined> {
  let item = listed;
  for (let round = 1; ; round++) {
    const where = `${requestLine(item.exchange)} lists user ${userId}`;
    const exchange = await ctx.send('getUser', { pathParams: { userId } });
    const user = objectBody(exchange);
    // The contract has no delete: a user the list shows exists, and a GET of it is a success.
    if (exchange.status !== 200 || !user) {
      return ctx.finding(`${where}, but GET /v1/users/${userId} answered ${describeResponse(exchange)}; a listed user exists, and reading it answers 200 with the user`, exchange);
    }
    if (user.userId !== userId) return ctx.finding(`${where}, but GET /v1/users/${userId} shows userId ${showValue(user.userId)}`, exchange);
    if (!isUserStatus(user.status)) return ctx.finding(`${where}, but GET /v1/users/${userId} shows status ${showValue(user.status)}, none of ${userStatuses.join(', ')}`, exchange);
    const differences = listedDifferences(item.user, user);
    if (differences.length === 0) return undefined;
    if (round >= rounds) {
      return ctx.finding(`${where}, but GET /v1/users/${userId} disagrees with it on ${rounds} reads of both: ${differences.join('; ')}; both show the stored user`, exchange);
    }
    // Read the page again: another client may have changed the user in between.
    const again = await readPage(ctx, item.query);
    const next = again.page.users.find((u) => u.userId === userId);
    if (!next) return undefined; // it left the page (its status changed, users were added): nothing to compare with
    item = { ...item, user: next, exchange: again.exchange };
  }
}

export default requirement({
  id: 'READ-LISTED-USERS',
  level: 'MUST',
  title: 'A listed user reads back with 200 and the values the list shows',
  rule: 'GET /v1/users/{userId} success: 200. The list shows users that exist, wherever they sit in it; a later GET shows the same values.',
  contract: ['GET /v1/users/{userId} — read', 'GET /v1/users — list'],
  operations: ['listUsers', 'getUser'],
  writes: false,
  afterWriters: true,
  async run(ctx) {
    // A user of each status (a target may treat one status apart), and the oldest users.
    const queries: ListQuery[] = [...userStatuses.map((status) => ({ status, limit: 5 })), { limit: 20 }];
    const firstPages = await Promise.all(queries.map((query) => readPage(ctx, query)));
    // Then windows at the end of each list and in the middle of the whole one: a list served from a stale index, or
    // with a count off by one, shows users no GET knows wherever they sit (a wrong count, at the end).
    const windows = firstPages.flatMap(({ page }, i) => {
      const { status, limit = 0 } = queries[i];
      const offsets = [page.total - windowSize, ...(status === undefined ? [Math.floor((page.total - windowSize) / 2)] : [])];
      return [...new Set(offsets)].filter((offset) => offset >= limit && offset < page.total).map((offset) => ({ ...(status ? { status } : {}), limit: windowSize, offset }));
    });
    const windowPages = await Promise.all(windows.map((query) => readPage(ctx, query)));
    const listed = new Map<string, Listed>();
    const pages = [...firstPages.map((read, i) => ({ ...read, query: queries[i] })), ...windowPages.map((read, i) => ({ ...read, query: windows[i] }))];
    for (const { exchange, page, query } of pages) {
      const users = query.status !== undefined && query.offset === undefined ? page.users.slice(0, 1) : page.users;
      for (const user of users) {
        if (typeof user.userId === 'string' && !listed.has(user.userId)) listed.set(user.userId, { user, query, exchange });
      }
    }
    if (listed.size === 0) return { skip: 'the list shows no users to read' };
    // The users a few at a time: each is judged on its own reads.
    const judged = await judgeEach([...listed], ([userId, item]) => judge(ctx, userId, item));
    return capFindings(judged.filter((finding) => finding !== undefined));
  },
});
