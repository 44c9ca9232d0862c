import { describeResponse } from '../../src/run/judge-response.js';
import { objectBody } from '../../src/run/object-body.js';
import { requirement } from '../../src/run/requirement.js';

export default requirement({
  id: 'TRANSPORT-REQUEST-CHARSET',
  level: 'MUST',
  title: 'A JSON body sent with a charset parameter is taken as JSON',
  rule: 'Request and response bodies are JSON (`application/json`, a `charset` parameter allowed).',
  contract: ['Transport'],
  operations: ['createUser', 'updateUser'],
  writes: true,
  async run(ctx) {
    // Two spellings HTTP makes equal (RFC 9110: charset values are case-insensitive, white space around ';' optional).
    const create = await ctx.send('createUser', { body: ctx.validCreateBody(), contentType: 'application/json; charset=utf-8' });
    const userId = objectBody(create)?.userId;
    // CREATE-SUCCESS judges 201 against 200; here only a refusal of the charset counts.
    if (create.status === undefined || create.status < 200 || create.status > 299 || typeof userId !== 'string') {
      return [ctx.finding(`POST /v1/users with a valid user and Content-Type "application/json; charset=utf-8" answered ${describeResponse(create)}; a charset parameter is allowed, the contract asks 201`, create)];
    }
    const patch = await ctx.send('updateUser', { pathParams: { userId }, body: { firstName: 'Charlotte' }, contentType: 'application/json;charset=UTF-8' });
    if (patch.status === 200) return [];
    return [ctx.finding(`PATCH /v1/users/${userId} {"firstName":"Charlotte"} with Content-Type "application/json;charset=UTF-8" answered ${describeResponse(patch)}; a charset parameter is allowed, the contract asks 200`, patch)];
  },
});
