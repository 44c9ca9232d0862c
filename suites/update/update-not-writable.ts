import fc from 'fast-check';
import { invalidPatches } from '../../src/generate/invalid-cases.js';
import { unknownFieldName } from '../../src/generate/invalid-cases.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';
import { judgeEach } from '../../src/run/concurrent-cases.js';
import { tableFindings } from '../support/show.js';
import { writableFields } from '../support/users.js';

export default requirement({
  id: 'UPDATE-NOT-WRITABLE',
  level: 'MUST',
  title: 'PATCH of a field that is not writable answers 422',
  rule: 'PATCH: writable fields are firstName, lastName, phoneNumber; a field that is not writable here (email, status, userId, createdAt, dateOfBirth, country, unknown names): 422.',
  contract: ['PATCH /v1/users/{userId} — update'],
  operations: ['createUser', 'updateUser'],
  writes: true,
  property: true,
  async run(ctx) {
    const { userId, sent } = await ctx.createUser();
    const writable = new Set<string>([...writableFields, '(body)']);
    // Valid values of their own type, so only writability is wrong; the last ones repeat the user's current value, still not writable.
    const cases: Array<[string, Record<string, unknown>]> = [
      ...invalidPatches(() => ctx.emailDomain())
        .examples.filter((c) => !c.omit && !writable.has(c.field))
        .map((c): [string, Record<string, unknown>] => [c.why, { [c.field]: c.value }]),
      ['email is not writable (its current value)', { email: sent.email }],
      ['status is not writable (its current value)', { status: 'pending_verification' }],
      ['userId is not writable (its own id)', { userId }],
    ];
    const judge = async (body: Record<string, unknown>, why: string) => {
      const exchange = await ctx.send('updateUser', { pathParams: { userId }, body });
      if (exchange.status === 422) return undefined;
      const alone = Object.keys(body).length === 1 ? 'alone' : 'next to a valid firstName';
      return { message: `PATCH /v1/users/${userId} ${JSON.stringify(body)} (${why}, ${alone}) answered ${describeResponse(exchange)}; expected 422`, exchange };
    };
    // All at once on the one user: each case is judged by its own answer only (422), never by the user's state.
    const listed = cases.flatMap(([why, field]) => [field, { firstName: 'Jane', ...field }].map((body) => ({ why, body })));
    const findings = tableFindings(ctx, await judgeEach(listed, ({ why, body }) => judge(body, why)));
    if (findings.length > 0) return findings;
    // Unknown names beyond the listed ones, next to a valid field.
    return ctx.property(fc.tuple(unknownFieldName(), fc.boolean()), ([name, withValid]) =>
      judge({ ...(withValid ? { firstName: 'Jane' } : {}), [name]: 'x' }, `unknown field ${name}`),
      { runs: Math.max(1, Math.ceil(ctx.runs / 2)) },
    );
  },
});
