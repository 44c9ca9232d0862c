import { describeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';
import { existingUsers, isAcceptSetEmail, noExistingUser, touchExistingOff } from '../support/existing-users.js';
import { showValue } from '../support/show.js';
import { swapCase } from '../support/users.js';
import { succeeded } from './create-answers.js';

export default requirement({
  id: 'CREATE-DUPLICATE-EXISTING',
  level: 'MUST',
  title: 'The e-mail of a user the suite did not create is taken too, in any case',
  rule: 'email is unique across users, compared case-insensitively; e-mail already used by another user (case-insensitive): 409, and no user is created.',
  contract: ['POST /v1/users — create', 'The user'],
  operations: ['listUsers', 'createUser'],
  writes: true,
  async run(ctx) {
    if (!ctx.touchExisting) return { skip: touchExistingOff };
    // The oldest and the newest user on the first page of each status whose e-mail is on the accept set (an index that misses
    // some users' e-mails misses them by age: warmed from a first page, or built before an import): the body is valid but for
    // the taken e-mail, so only 409 is right.
    const users = await existingUsers(ctx, (user) => isAcceptSetEmail(user.email), (candidates) => (candidates.length > 1 ? [candidates[0], candidates.at(-1)!] : candidates));
    if (users.length === 0) return { skip: noExistingUser };
    const findings: Finding[] = [];
    for (const user of users) {
      const taken = String(user.email);
      for (const email of [taken, swapCase(taken)]) {
        const exchange = await ctx.send('createUser', { body: ctx.validCreateBody({ email }) });
        if (exchange.status === 409) continue;
        const what = `POST /v1/users with ${email}, the e-mail of pre-existing user ${String(user.userId)} (status ${showValue(user.status)})${email === taken ? '' : ' in another case'},`;
        findings.push(
          ctx.finding(
            succeeded(exchange)
              ? `${what} created another user (${exchange.status}): remove it; e-mails are unique across all users, compared case-insensitively, and the contract asks 409`
              : `${what} answered ${describeResponse(exchange)}; the contract asks 409`,
            exchange,
          ),
        );
        break;
      }
    }
    return findings;
  },
});
