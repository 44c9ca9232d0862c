import type { CheckContext } from '../../src/run/check-context.js';
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
  rule: 'PATCH: updatedAt SHOULD be strictly later than it was before the update (any successful update, also one that sends the values the user already has, and updates sent the moment the create is answered, several at once: in the same millisecond, each is later than the one before).',
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
    if (findings.length > 0) return findings;
    return immediateUpdates(ctx);
  },
});

/** Users patched at once, and the PATCHes each gets at once, the moment its create is answered. */
const immediateUsers = 4;
const immediatePatches = [{ firstName: 'Jane' }, { lastName: 'Roe' }, { phoneNumber: '+14155550101' }];

/**
 * Updates that land in the same clock tick as the write before them: the
 * contract makes no exception for them, so updatedAt must still move on.
 * Each user gets its PATCHes at once, sent the moment its create is answered:
 * each answer's updatedAt must be later than the create's, and no two equal
 * (the server applies one after the other — fields not sent keep their
 * values, UPDATE-CONCURRENT-FIELDS — so the later must be later than the
 * earlier). A target that keeps updatedAt when its clock shows the same time
 * passes the waiting updates above and fails here.
 */
async function immediateUpdates(ctx: CheckContext): Promise<Finding[]> {
  const findings = await Promise.all(
    Array.from({ length: immediateUsers }, async (): Promise<Finding | undefined> => {
      const created = await ctx.createUser();
      const { userId } = created;
      // The 201 need not carry updatedAt; createdAt is then the time to beat.
      const before = created.body.updatedAt ?? created.body.createdAt;
      const answers = await Promise.all(immediatePatches.map((patch) => applyPatch(ctx, userId, patch)));
      for (const [i, { user, exchange }] of answers.entries()) {
        const what = `PATCH /v1/users/${userId} ${JSON.stringify(immediatePatches[i])}, sent with ${immediatePatches.length - 1} others the moment the create was answered, answered updatedAt ${showValue(user.updatedAt)}`;
        const order = compareTimestamps(user.updatedAt, before);
        if (order !== undefined && order <= 0) return ctx.finding(`${what}, not later than ${showValue(before)} before the update`, exchange);
        const twin = answers.findIndex((other, j) => j !== i && compareTimestamps(other.user.updatedAt, user.updatedAt) === 0);
        if (twin !== -1) return ctx.finding(`${what}, as did PATCH ${JSON.stringify(immediatePatches[twin])}: of two updates, the later one's updatedAt is not later than the earlier one's`, exchange);
      }
      return undefined;
    }),
  );
  // One finding is enough: the same fault shows on every user.
  return findings.filter((f): f is Finding => f !== undefined).slice(0, 1);
}
