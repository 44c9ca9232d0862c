import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';
import { sleep } from '../../src/http/timers.js';
import { showValue } from '../support/show.js';
import { compareTimestamps, tickWaitMs } from '../support/time.js';
import { applyPatch, docsPatch } from '../support/users.js';

export default requirement({
  id: 'UPDATE-UPDATED-AT-LATER',
  level: 'SHOULD',
  title: 'PATCH moves updatedAt strictly later',
  rule: 'PATCH: updatedAt SHOULD be strictly later than it was before the update (any successful update, also one that sends the values the user already has).',
  contract: ['PATCH /v1/users/{userId} — update'],
  operations: ['createUser', 'getUser', 'updateUser'],
  writes: true,
  async run(ctx) {
    const created = await ctx.createUser();
    const { userId } = created;
    const before = (await ctx.readUser(userId)).user;
    // With no updatedAt before the first update, createdAt is the time to beat.
    let previous = before.updatedAt ?? created.body.updatedAt ?? before.createdAt ?? created.body.createdAt;
    const findings: Finding[] = [];
    // Five updates (a clock that stops after a few shows), the last sending the value the user already has: still an update, and the contract makes no exception for it.
    for (const patch of [docsPatch(ctx), { firstName: 'Jane' }, { lastName: 'Roe' }, { phoneNumber: '+14155550100' }, { phoneNumber: '+14155550100' }]) {
      // Long enough for a clock of the precision the target writes (ms, or whole seconds) to move on.
      await sleep(tickWaitMs(previous));
      const { user, exchange } = await applyPatch(ctx, userId, patch);
      const order = compareTimestamps(user.updatedAt, previous);
      if (order !== undefined && order <= 0) {
        findings.push(ctx.finding(`PATCH /v1/users/${userId} ${JSON.stringify(patch)} answered updatedAt ${showValue(user.updatedAt)}, not later than ${showValue(previous)} before the update`, exchange));
        break;
      }
      previous = user.updatedAt ?? previous;
    }
    return findings;
  },
});
