import type { Finding } from '../../src/run/results.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { objectBody } from '../../src/run/object-body.js';
import { requirement } from '../../src/run/requirement.js';
import { fieldDifferences } from '../support/differences.js';

/** Creates sent at once: enough that an id taken from a clock or a counter before an await is shared. */
const names: Array<[string, string]> = [
  ['Ada', 'Lovelace'],
  ['Grace', 'Hopper'],
  ['Edsger', 'Dijkstra'],
  ['Barbara', 'Liskov'],
  ['Donald', 'Knuth'],
  ['Radia', 'Perlman'],
  ['Alan', 'Turing'],
  ['Frances', 'Allen'],
];

export default requirement({
  id: 'CREATE-CONCURRENT-DISTINCT',
  level: 'MUST',
  title: 'Creates sent at once each make their own user',
  rule: 'userId is assigned by the server, never changes. A new user MUST then be readable with GET.',
  contract: ['The user', 'POST /v1/users — create'],
  operations: ['createUser', 'getUser'],
  writes: true,
  async run(ctx) {
    const bodies = names.map(([firstName, lastName]) => ctx.validCreateBody({ firstName, lastName }));
    // All at once, each on its own connection (not queued behind other checks' requests): a target that derives ids from the clock, or reads the next id before an await, hands one out twice.
    const exchanges = await Promise.all(bodies.map((body) => ctx.send('createUser', { body, ownConnection: true })));
    const other = exchanges.findIndex((e) => e.status !== 201 && e.status !== 200);
    if (other >= 0) {
      return [
        ctx.finding(
          `one of ${bodies.length} concurrent POST /v1/users with distinct new e-mails (${bodies[other].email}) answered ${describeResponse(exchanges[other])}; the contract asks 201 for each`,
          exchanges[other],
        ),
      ];
    }
    // Which creates got each id; a create whose answer carries no id is CREATE-SUCCESS's finding.
    const byId = new Map<string, number[]>();
    for (const [i, exchange] of exchanges.entries()) {
      const userId = objectBody(exchange)?.userId;
      if (typeof userId === 'string') byId.set(userId, [...(byId.get(userId) ?? []), i]);
    }
    const findings: Finding[] = [];
    for (const [userId, [first, second, ...more]] of byId) {
      if (second === undefined) continue;
      findings.push(
        ctx.finding(
          `concurrent POST /v1/users with e-mails ${bodies[first].email} and ${bodies[second].email}${more.length > 0 ? ` (and ${more.length} more) all` : ' both'} answered userId ${userId}; the contract asks the server to assign each new user its own id`,
          exchanges[second],
        ),
      );
    }
    if (findings.length > 0) return findings;
    // Each id reads back as the user its create made, not as one created beside it.
    for (const [userId, [i]] of byId) {
      const read = await ctx.send('getUser', { pathParams: { userId } });
      const user = objectBody(read);
      if (read.status !== 200 || !user) {
        findings.push(
          ctx.finding(`GET /v1/users/${userId}, the id a concurrent POST /v1/users (${bodies[i].email}) answered, answered ${describeResponse(read)}; the contract asks 200 with the new user`, read),
        );
        continue;
      }
      const differences = fieldDifferences(bodies[i], user, ['email', 'firstName', 'lastName']);
      if (differences.length > 0) {
        findings.push(
          ctx.finding(
            `GET /v1/users/${userId}, the id a concurrent POST /v1/users (${bodies[i].email}) answered, shows another user: ${differences.join('; ')}; the contract asks the user that create made`,
            read,
          ),
        );
      }
    }
    return findings;
  },
});
