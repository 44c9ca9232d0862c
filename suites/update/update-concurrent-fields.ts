import { requirement } from '../../src/run/requirement.js';
import { fieldDifferences } from '../support/differences.js';

/** One pair of PATCHes per user; a race shows only when their windows meet, so a few rounds. */
const rounds: Array<{ firstName: string; lastName: string }> = [
  { firstName: 'Grace', lastName: 'Hopper' },
  { firstName: 'Barbara', lastName: 'Liskov' },
  { firstName: 'Radia', lastName: 'Perlman' },
];

export default requirement({
  id: 'UPDATE-CONCURRENT-FIELDS',
  level: 'MUST',
  title: 'Two PATCHes of different fields sent at once both take effect',
  rule: 'PATCH: fields not sent keep their values. A later GET shows the same values.',
  contract: ['PATCH /v1/users/{userId} — update'],
  operations: ['createUser', 'getUser', 'updateUser'],
  writes: true,
  async run(ctx) {
    for (const { firstName, lastName } of rounds) {
      const { userId } = await ctx.createUser();
      const patches = [{ firstName }, { lastName }];
      const sent = patches.map((p) => `PATCH /v1/users/${userId} ${JSON.stringify(p)}`).join(' and ');
      // At once, each on its own connection (not queued behind other checks' requests): a target that reads the whole user, awaits, then writes it all back loses one change.
      const exchanges = await Promise.all(patches.map((body) => ctx.send('updateUser', { pathParams: { userId }, body, ownConnection: true })));
      const refused = exchanges.find((e) => e.status !== 200);
      if (refused) return [ctx.finding(`${sent}, sent at once, answered ${exchanges.map((e) => e.status ?? 'no answer').join(' and ')}; the contract asks 200 for each valid PATCH`, refused)];
      // In either order they run, each keeps the field the other sets: both new values must show.
      const read = await ctx.readUser(userId);
      const lost = fieldDifferences({ firstName, lastName }, read.user, ['firstName', 'lastName']);
      if (lost.length > 0) {
        return [
          ctx.finding(
            `${sent}, sent at once, both answered 200, but a later GET shows ${lost.join('; ')}: a change was lost; fields not sent keep their values, so in either order both changes stay`,
            read.exchange,
          ),
        ];
      }
    }
    return [];
  },
});
