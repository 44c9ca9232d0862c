import { describeResponse } from '../../src/run/judge-response.js';
import { objectBody } from '../../src/run/object-body.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';
import { type ListQuery, readPage } from '../support/page.js';
import { showValue } from '../support/show.js';
import { compareTimestamps } from '../support/time.js';
import { userStatuses } from '../support/users.js';

/** Users read from each place in a list: the start, the middle and the end. */
const windowSize = 5;

export default requirement({
  id: 'LIST-ITEMS-READABLE',
  level: 'MUST',
  title: 'Every listed user reads back with GET as listed',
  rule: '`metadata.total` counts every user that matches the filter, and each listed user carries its `userId`, `email` and `createdAt`: a listed user is a user, so GET of its id answers 200 with the same e-mail and creation time (an id that no user has: 404).',
  contract: ['GET /v1/users — list', 'GET /v1/users/{userId} — read'],
  operations: ['listUsers', 'getUser'],
  writes: false,
  async run(ctx) {
    // Windows at the start, the middle and the end of the whole list, and at the start and the end of each status's:
    // a list served from a stale index or a wrong count shows users GET does not know, wherever they sit (a count
    // off by one shows them at the end). Only fields no request can change are compared.
    const windows = await Promise.all(
      [{}, ...userStatuses.map((status) => ({ status }))].map(async (filter: ListQuery) => {
        const { page: first } = await readPage(ctx, { ...filter, limit: windowSize });
        const middle = filter.status === undefined ? [Math.floor(first.total / 2 - windowSize / 2)] : [];
        const offsets = [...new Set([...middle, first.total - windowSize].map((offset) => Math.max(windowSize, offset)))].filter((offset) => offset < first.total);
        const pages = await Promise.all(offsets.map((offset) => readPage(ctx, { ...filter, limit: windowSize, offset })));
        return [first, ...pages.map(({ page }) => page)];
      }),
    );
    const listed = windows.flat().flatMap((page) => page.users).filter((user) => typeof user.userId === 'string');
    const unique = [...new Map(listed.map((user) => [user.userId as string, user])).values()];
    const findings: Finding[] = [];
    await Promise.all(
      unique.map(async (item) => {
        const userId = item.userId as string;
        const read = await ctx.send('getUser', { pathParams: { userId } });
        const user = objectBody(read);
        if (read.status !== 200 || !user) {
          findings.push(ctx.finding(`GET /v1/users/${userId}, a listed user, answered ${describeResponse(read)}; the contract asks 200 with the user the list shows`, read));
          return;
        }
        const differences: string[] = [];
        if (item.email !== undefined && user.email !== item.email) differences.push(`email is ${showValue(user.email)}, the list shows ${showValue(item.email)}`);
        if (compareTimestamps(item.createdAt, user.createdAt) ?? 0) differences.push(`createdAt is ${showValue(user.createdAt)}, the list shows ${showValue(item.createdAt)}`);
        if (differences.length > 0) {
          findings.push(ctx.finding(`GET /v1/users/${userId}, a listed user, shows another user: ${differences.join('; ')}; the contract asks the user the list shows`, read));
        }
      }),
    );
    return findings;
  },
});
