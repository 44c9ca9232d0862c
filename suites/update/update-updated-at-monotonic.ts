import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';
import { showValue } from '../support/show.js';
import { compareTimestamps } from '../support/time.js';
import { applyPatch, docsPatch } from '../support/users.js';

export default requirement({
  id: 'UPDATE-UPDATED-AT-MONOTONIC',
  level: 'MUST',
  title: 'PATCH never moves updatedAt back, nor before createdAt',
  rule: 'PATCH: updatedAt is never earlier than it was before the update, nor than createdAt.',
  contract: ['PATCH /v1/users/{userId} — update', 'The user'],
  operations: ['createUser', 'getUser', 'updateUser'],
  writes: true,
  async run(ctx) {
    const created = await ctx.createUser();
    const { userId } = created;
    const before = (await ctx.readUser(userId)).user;
    const createdAt = before.createdAt ?? created.body.createdAt;
    let previous = before.updatedAt ?? created.body.updatedAt;
    const findings: Finding[] = [];
    // Two updates in a row: each is judged against the value just before it and against createdAt.
    for (const patch of [docsPatch(ctx), { firstName: 'Jane' }]) {
      const { user, exchange } = await applyPatch(ctx, userId, patch);
      const updatedAt = user.updatedAt;
      const what = `PATCH /v1/users/${userId} ${JSON.stringify(patch)} answered updatedAt ${showValue(updatedAt)}`;
      // Timestamps that are absent or not RFC 3339 are TRANSPORT-RESPONSE-SCHEMA's to report: nothing to compare here.
      if ((compareTimestamps(updatedAt, previous) ?? 0) < 0) findings.push(ctx.finding(`${what}, earlier than ${showValue(previous)} before the update`, exchange));
      if ((compareTimestamps(updatedAt, createdAt) ?? 0) < 0) findings.push(ctx.finding(`${what}, earlier than createdAt ${showValue(createdAt)}`, exchange));
      if (findings.length > 0) break;
      previous = updatedAt ?? previous;
    }
    return findings;
  },
});
