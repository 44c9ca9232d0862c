import { isPlainObject, objectBody } from '../../src/run/object-body.js';
import { requirement } from '../../src/run/requirement.js';
import { compareTimestamps } from '../support/time.js';

/** The user objects of a success body: the body itself, or the users of a list page. */
function usersIn(body: Record<string, unknown>): Record<string, unknown>[] {
  const list = Array.isArray(body.users) ? body.users : [body];
  return list.filter(isPlainObject);
}

export default requirement({
  id: 'USER-TIMESTAMPS-ORDER',
  level: 'MUST',
  title: 'No user shows updatedAt before createdAt',
  rule: 'createdAt, updatedAt: updatedAt is never before createdAt.',
  contract: ['The user'],
  operations: ['createUser', 'getUser', 'updateUser', 'listUsers'],
  writes: false,
  observe(exchange) {
    if (exchange.status === undefined || exchange.status < 200 || exchange.status > 299) return undefined;
    const body = objectBody(exchange);
    if (!body) return undefined;
    for (const user of usersIn(body)) {
      // Timestamps that are not RFC 3339 are TRANSPORT-RESPONSE-SCHEMA's finding, not this one.
      if ((compareTimestamps(user.updatedAt, user.createdAt) ?? 0) < 0) {
        const { method, url } = exchange.request;
        return `${method} ${url} answered ${exchange.status} with user ${String(user.userId)}: updatedAt ${String(user.updatedAt)} is before createdAt ${String(user.createdAt)}`;
      }
    }
    return undefined;
  },
});
