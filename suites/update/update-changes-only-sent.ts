import { validPatch } from '../../src/generate/valid-bodies.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { objectBody } from '../../src/run/object-body.js';
import { requirement } from '../../src/run/requirement.js';
import { fieldDifferences } from '../support/differences.js';
import { fixedFields, readUserShowing, updatedUserRequired, writableFields } from '../support/users.js';

/** What an earlier PATCH sets in the fields a case does not send: values the user was not created with. */
const earlierValues: Record<(typeof writableFields)[number], string> = { firstName: 'Beatrice', lastName: 'Okonkwo', phoneNumber: '+14155550199' };

export default requirement({
  id: 'UPDATE-CHANGES-ONLY-SENT',
  level: 'MUST',
  title: 'PATCH changes only the fields sent',
  rule: 'PATCH: fields not sent keep their values.',
  contract: ['PATCH /v1/users/{userId} — update'],
  operations: ['createUser', 'getUser', 'updateUser'],
  writes: true,
  property: true,
  async run(ctx) {
    const patches = validPatch();
    return ctx.property(
      patches,
      async (patch) => {
        // A fresh user per case, with a phone number, so a PATCH that drops unsent fields shows.
        const created = await ctx.createUser({ phoneNumber: '+14155550123' });
        const { userId } = created;
        // status is a field a PATCH cannot send: it keeps its value too (the server changes it only through its own processes, not on an edit).
        const unsent = [...fixedFields, 'status', ...writableFields].filter((f) => !Object.hasOwn(patch, f));
        // An earlier PATCH sets the writable fields this case does not send: a target that applies each PATCH to the user as created undoes it.
        const earlier = Object.fromEntries(writableFields.filter((f) => !Object.hasOwn(patch, f)).map((f) => [f, earlierValues[f]]));
        const first = Object.keys(earlier).length > 0 ? await ctx.send('updateUser', { pathParams: { userId }, body: earlier }) : undefined;
        if (first && first.status !== 200) {
          return { message: `PATCH /v1/users/${userId} ${JSON.stringify(earlier)} answered ${describeResponse(first)}; the contract asks 200 for a valid patch`, exchange: first };
        }
        const sent = `PATCH /v1/users/${userId} ${JSON.stringify(patch)}${first ? ` (after an earlier PATCH ${JSON.stringify(earlier)})` : ''}`;
        const before = (await ctx.readUser(userId)).user;
        const exchange = await ctx.send('updateUser', { pathParams: { userId }, body: patch });
        const answer = objectBody(exchange);
        if (exchange.status !== 200 || !answer) {
          return { message: `${sent} answered ${describeResponse(exchange)}; the contract asks 200 for a valid patch`, exchange };
        }
        // The 200 need not carry every field: one it leaves out is not judged here.
        const inAnswer = fieldDifferences(before, answer, unsent, (f) => updatedUserRequired.has(f));
        if (inAnswer.length > 0) {
          return { message: `${sent} changed fields it did not send: ${inAnswer.join('; ')}; the contract asks that fields not sent keep their values`, exchange };
        }
        // A later GET: every unsent field the GET before showed keeps its value (a field only some reads show is read again).
        const after = await readUserShowing(ctx, userId, before, unsent);
        const inRead = fieldDifferences(before, after.user, unsent);
        if (inRead.length > 0) {
          return { message: `after ${sent}, GET shows changed fields that were not sent: ${inRead.join('; ')}; the contract asks that fields not sent keep their values`, exchange: after.exchange };
        }
        return undefined;
      },
      { runs: patches.examples.length + ctx.runs, examples: patches.examples },
    );
  },
});
