import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/report/report-model.js';
import { sleep } from '../../src/http/timers.js';
import { shown } from './shown.js';
import { compareTimestamps } from './compare-timestamps.js';
import { tickWaitMs } from './tick-wait-ms.js';
import { applyPatch } from './apply-patch.js';
import { docsPatch } from './docs-patch.js';

export default requirement({
  id: 'UPDATE-UPDATED-AT-LATER',
  level: 'SHOULD',
  area: 'update',
  title: 'PATCH moves updatedAt strictly later',
  rule: 'PATCH: updatedAt SHOULD be strictly later than it was before the update (any successful update, also one that sends the values the user already has).',
  contract: 'PATCH /v1/users/{userId} — update',
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
        findings.push(ctx.finding(`PATCH /v1/users/${userId} ${JSON.stringify(patch)} answered updatedAt ${shown(user.updatedAt)}, not later than ${shown(previous)} before the update`, exchange));
        break;
      }
      previous = user.updatedAt ?? previous;
    }
    return findings;
  },
});
