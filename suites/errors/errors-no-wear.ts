import fc from 'fast-check';
import { HttpFailure } from '../../src/http/http-failure.js';
import type { Exchange } from '../../src/http/exchange.js';
import type { CheckContext, OperationInput } from '../../src/run/check-context.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { objectBody } from '../../src/run/object-body.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';
import { parsePage } from '../support/page.js';
import { capFindings, requestLine } from '../support/show.js';
import { docsPatch, unlikelyId } from '../support/users.js';

/** Answers of each error class: well past any connection pool a server plausibly has. */
export const casesPerClass = 50;
/** Requests in flight at once: as many as the suite's default --concurrency lets requirements run. */
const inFlight = 16;

/** One request of the wear phase and the statuses the contract allows for it. */
export interface WearCase {
  errorClass: string;
  operationId: string;
  input: OperationInput;
  allowed: readonly number[];
}

/**
 * The error cases, interleaved class by class, each class alternating between
 * POST and PATCH (or GET) so that every error path of both is worn: a taken
 * e-mail (409), a field off its rule (422), a body that is not JSON (400),
 * an unknown id (404), a content type that is not JSON (400 or 415).
 */
export function wearCases(ctx: CheckContext, own: { userId: string; email: string }): WearCase[] {
  const patch = docsPatch(ctx);
  const unknownIds = fc.sample(unlikelyId(ctx.runId), { numRuns: casesPerClass, seed: ctx.seed });
  const ownId = { userId: own.userId };
  const cases: WearCase[] = [];
  for (let i = 0; i < casesPerClass; i += 1) {
    const post = i % 2 === 0;
    cases.push(
      { errorClass: '409 (taken e-mail)', operationId: 'createUser', input: { body: ctx.validCreateBody({ email: own.email }) }, allowed: [409] },
      post
        ? { errorClass: '422 (field rule)', operationId: 'createUser', input: { body: ctx.validCreateBody({ country: 'us' }) }, allowed: [422] }
        : { errorClass: '422 (field rule)', operationId: 'updateUser', input: { pathParams: ownId, body: { firstName: '' } }, allowed: [422] },
      { errorClass: '400 (not JSON)', operationId: post ? 'createUser' : 'updateUser', input: { ...(post ? {} : { pathParams: ownId }), rawBody: '{' }, allowed: [400] },
      post
        ? { errorClass: '404 (unknown id)', operationId: 'updateUser', input: { pathParams: { userId: unknownIds[i] }, body: patch }, allowed: [404] }
        : { errorClass: '404 (unknown id)', operationId: 'getUser', input: { pathParams: { userId: unknownIds[i] } }, allowed: [404] },
      post
        ? { errorClass: '415 (not JSON content type)', operationId: 'createUser', input: { rawBody: JSON.stringify(ctx.validCreateBody()), contentType: 'text/plain' }, allowed: [400, 415] }
        : { errorClass: '415 (not JSON content type)', operationId: 'updateUser', input: { pathParams: ownId, rawBody: JSON.stringify(patch), contentType: 'text/plain' }, allowed: [400, 415] },
    );
  }
  return cases;
}

/** Sends every case, `inFlight` at a time; a lane that gets no answer stops them all. Returns the answers in case order. */
async function sendAll(ctx: CheckContext, cases: readonly WearCase[]): Promise<{ answers: (Exchange | undefined)[]; failure?: HttpFailure }> {
  const answers: (Exchange | undefined)[] = new Array(cases.length);
  let next = 0;
  let failure: HttpFailure | undefined;
  const lane = async (): Promise<void> => {
    while (next < cases.length && !failure) {
      const index = next++;
      try {
        answers[index] = await ctx.send(cases[index].operationId, cases[index].input);
      } catch (error) {
        if (!(error instanceof HttpFailure)) throw error;
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  return { answers, ...(failure ? { failure } : {}) };
}

/** Each operation once more, judged as usual: the server still works after the errors. */
async function stillWorks(ctx: CheckContext, own: { userId: string }, after: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  // The status, and the one thing that shows the answer is about this request.
  const judge = (exchange: Exchange, want: number, what: string, shows: string, ok: boolean): void => {
    if (exchange.status === want && ok) return;
    findings.push(ctx.finding(`${after}, ${what} (${requestLine(exchange)}) answered ${describeResponse(exchange)}; expected ${want} ${shows}`, exchange));
  };
  const sent = ctx.validCreateBody();
  const created = await ctx.send('createUser', { body: sent });
  judge(created, 201, 'a valid create', 'with the e-mail sent', objectBody(created)?.email === sent.email);
  const read = await ctx.send('getUser', { pathParams: { userId: own.userId } });
  judge(read, 200, 'a read of an existing user', 'with its userId', objectBody(read)?.userId === own.userId);
  const patch = docsPatch(ctx);
  const updated = await ctx.send('updateUser', { pathParams: { userId: own.userId }, body: patch });
  judge(updated, 200, 'a valid update', 'with the firstName sent', objectBody(updated)?.firstName === patch.firstName);
  const listed = await ctx.send('listUsers', { query: { limit: '5' } });
  judge(listed, 200, 'a list', 'with a page of users', typeof parsePage(listed.json) !== 'string');
  return findings;
}

export default requirement({
  id: 'ERRORS-NO-WEAR',
  level: 'MUST',
  title: 'Many error answers of every kind leave the server working',
  rule: 'E-mail already used: 409; a field rule broken: 422; not JSON: 400; unknown user: 404; a non-JSON content type: 400 or 415 — every time, however often; and a target MUST NOT answer any request of the suite with a 5xx, so the operations still work afterwards.',
  contract: ['Errors', 'Transport', 'POST /v1/users — create', 'PATCH /v1/users/{userId} — update'],
  operations: ['createUser', 'getUser', 'updateUser', 'listUsers'],
  writes: true,
  async run(ctx) {
    const own = await ctx.createUser();
    const cases = wearCases(ctx, { userId: own.userId, email: String(own.sent.email) });
    const { answers, failure } = await sendAll(ctx, cases);
    const findings: Finding[] = [];
    const seen = new Map<string, number>();
    answers.forEach((exchange, index) => {
      if (!exchange) return;
      const { errorClass, allowed } = cases[index];
      const nth = (seen.get(errorClass) ?? 0) + 1;
      seen.set(errorClass, nth);
      if (exchange.status !== undefined && allowed.includes(exchange.status)) return;
      findings.push(ctx.finding(`error case ${nth} of class ${errorClass}, request ${index + 1} of ${cases.length} (${requestLine(exchange)}), answered ${describeResponse(exchange)}; expected ${allowed.join(' or ')}`, exchange));
    });
    const answered = answers.filter((a) => a?.status !== undefined).length;
    if (failure) return [...capFindings(findings), ctx.finding(`after ${answered} answered error cases, the target stopped answering: ${failure.message}`, failure.exchange)];
    return [...capFindings(findings), ...(await stillWorks(ctx, own, `after ${cases.length} error cases (${casesPerClass} of each class)`))];
  },
});
