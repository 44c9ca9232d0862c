import type { Finding } from '../../src/run/results.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';

/** Two addresses from one fresh address `local@domain` that differ in more than case: one mail provider may deliver both to one inbox, but they are two e-mails. */
const pairs: Array<{ what: string; pair: (local: string, domain: string) => [string, string] }> = [
  { what: 'different +tags', pair: (l, d) => [`${l}+a@${d}`, `${l}+b@${d}`] },
  { what: 'a +tag added', pair: (l, d) => [`${l}@${d}`, `${l}+tag@${d}`] },
  { what: 'the dots of the local part left out', pair: (l, d) => [`${l}@${d}`, `${l.replaceAll('.', '')}@${d}`] },
  { what: 'a subdomain', pair: (l, d) => [`${l}@${d}`, `${l}@mail.${d}`] },
];

export default requirement({
  id: 'CREATE-DISTINCT-EMAILS',
  level: 'MUST',
  title: 'E-mails that differ in more than case are different e-mails',
  rule: 'email is unique across users, compared case-insensitively: 409 only for an e-mail already used by another user; any other valid create answers 201.',
  contract: ['The user', 'POST /v1/users — create'],
  operations: ['createUser'],
  writes: true,
  async run(ctx) {
    const findings: Finding[] = [];
    for (const { what, pair } of pairs) {
      const [local, domain] = ctx.email().split('@');
      const [first, second] = pair(local, domain);
      const one = await ctx.send('createUser', { body: ctx.validCreateBody({ email: first }) });
      // Set-up: CREATE-SUCCESS and CREATE-ACCEPTS-VALID judge the first create.
      if (one.status !== 201 && one.status !== 200) continue;
      const two = await ctx.send('createUser', { body: ctx.validCreateBody({ email: second }) });
      if (two.status === 201 || two.status === 200) continue;
      findings.push(ctx.finding(`POST /v1/users with ${second} answered ${describeResponse(two)} after ${first} was created; they differ by ${what}, not only in case, so no other user has this e-mail: the contract asks 201`, two));
    }
    return findings;
  },
});
