import { describeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';

/** Creates sent at once with one e-mail: enough to meet a gap between a uniqueness read and the write. */
const attempts = 5;

export default requirement({
  id: 'CREATE-DUPLICATE-EMAIL-CONCURRENT',
  level: 'MUST',
  title: 'Creates sent at once with one e-mail make one user',
  rule: 'email is unique across users; e-mail already used by another user: 409, and no user is created.',
  contract: ['The user', 'POST /v1/users — create'],
  operations: ['createUser'],
  writes: true,
  async run(ctx) {
    const email = ctx.email();
    const names = ['Ada', 'Grace', 'Edsger', 'Barbara', 'Donald'];
    // All at once, each on its own connection (not queued behind the other checks' requests): a target that checks
    // the e-mail, then writes after an await, lets several through.
    const exchanges = await Promise.all(
      names.slice(0, attempts).map((firstName) => ctx.send('createUser', { body: ctx.validCreateBody({ email, firstName }), ownConnection: true })),
    );
    const created = exchanges.filter((e) => e.status === 201 || e.status === 200);
    const other = exchanges.find((e) => e.status !== 201 && e.status !== 200 && e.status !== 409);
    if (other) return [ctx.finding(`one of ${attempts} concurrent POST /v1/users with the e-mail ${email} answered ${describeResponse(other)}; the contract asks 201 for one and 409 for the others`, other)];
    if (created.length === 1) return [];
    if (created.length === 0) return [ctx.finding(`${attempts} concurrent POST /v1/users with the new e-mail ${email} all answered 409; one of them must create the user`, exchanges[0])];
    return [
      ctx.finding(
        `${attempts} concurrent POST /v1/users with the same e-mail ${email} created ${created.length} users (${created.map((e) => describeResponse(e).slice(0, 3)).join(', ')}); the contract asks one user and 409 for the rest`,
        created[1],
      ),
    ];
  },
});
