import { describeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';
import { listedItem, listTotal } from '../support/listed.js';
import { requestLine } from '../support/show.js';
import { fieldDifferences } from '../support/differences.js';

/** Two PATCHes of different fields: a target may lose a user from its list index only on a later update. */
const patches: Array<Record<string, string>> = [{ firstName: 'Mariëtte' }, { lastName: 'Ōkubo-Grant' }];

export default requirement({
  id: 'UPDATE-LISTED',
  level: 'MUST',
  title: 'A user updated twice is still listed, showing both new values',
  rule: 'A new user MUST then be readable with GET and listed by GET /v1/users. PATCH: a later GET shows the same values.',
  contract: ['POST /v1/users — create', 'PATCH /v1/users/{userId} — update', 'GET /v1/users — list'],
  operations: ['createUser', 'updateUser', 'listUsers'],
  writes: true,
  async run(ctx) {
    const totalBefore = await listTotal(ctx);
    const { userId, body } = await ctx.createUser();
    for (const patch of patches) {
      const exchange = await ctx.send('updateUser', { pathParams: { userId }, body: patch });
      if (exchange.status !== 200) {
        return [ctx.finding(`PATCH /v1/users/${userId} ${JSON.stringify(patch)} (a valid patch) answered ${describeResponse(exchange)}; expected 200`, exchange)];
      }
    }
    const sent = `PATCH /v1/users/${userId} ${patches.map((p) => JSON.stringify(p)).join(' then ')}`;
    const listed = await listedItem(ctx, userId, String(body.createdAt), totalBefore);
    if ('skip' in listed) return { skip: listed.skip };
    if ('missing' in listed) {
      return [
        ctx.finding(
          `after ${sent} (both 200), user ${userId} is neither among the newest users of GET /v1/users (${requestLine(listed.exchange)}: total ${listed.total}, ${listed.shown} users shown, the end of the list) nor on its first page; a user stays listed after an update`,
          listed.exchange,
        ),
      ];
    }
    // Names are compared exactly: the list shows the stored values, which are the values sent.
    const differences = fieldDifferences(Object.assign({}, ...patches) as Record<string, unknown>, listed.found, ['firstName', 'lastName']);
    if (differences.length > 0) {
      return [ctx.finding(`after ${sent} (both 200), ${requestLine(listed.exchange)} lists user ${userId} with ${differences.join('; ')}; the list shows the stored values`, listed.exchange)];
    }
    return [];
  },
});
