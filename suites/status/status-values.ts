import type { Exchange } from '../../src/http/exchange.js';
import { objectBody } from '../../src/run/object-body.js';
import { requirement } from '../../src/run/requirement.js';
import { readPage } from '../support/page.js';
import { requestLine } from '../support/show.js';
import { isUserStatus, userStatuses } from '../support/users.js';

/** Operations whose success body is one user. */
const singleUser = new Set(['createUser', 'getUser', 'updateUser']);

function violation(exchange: Exchange, where: string, status: unknown): string {
  const shown = status === undefined ? 'no status' : `status ${JSON.stringify(status)}`;
  return `${requestLine(exchange)} answered ${exchange.status} with ${where} ${shown}; a user's status is one of ${userStatuses.join(', ')}`;
}

export default requirement({
  id: 'STATUS-VALUES',
  level: 'MUST',
  title: 'Every user in every response has one of the four statuses',
  rule: '`status` is one of `pending_verification`, `active`, `suspended`, `closed`.',
  contract: ['The user'],
  operations: ['createUser', 'getUser', 'updateUser', 'listUsers'],
  writes: false,
  // Its own requests: a page of each status and of all, so it has users to look at in any run.
  async run(ctx) {
    await readPage(ctx, { limit: 20 });
    for (const status of userStatuses) await readPage(ctx, { limit: 20, status });
    return [];
  },
  observe(exchange) {
    if (exchange.status === undefined || exchange.status < 200 || exchange.status > 299) return undefined;
    const body = objectBody(exchange);
    // Bodies that are not objects, or lists without a users array, are TRANSPORT-RESPONSE-SCHEMA's to report.
    if (!body) return undefined;
    if (exchange.operationId && singleUser.has(exchange.operationId)) {
      return isUserStatus(body.status) ? undefined : violation(exchange, 'a user of', body.status);
    }
    if (exchange.operationId === 'listUsers' && Array.isArray(body.users)) {
      for (const [i, user] of body.users.entries()) {
        if (typeof user !== 'object' || user === null) continue;
        const status = (user as Record<string, unknown>).status;
        if (!isUserStatus(status)) return violation(exchange, `users[${i}] of`, status);
      }
    }
    return undefined;
  },
});
