import type { Exchange } from '../../src/http/exchange.js';
import { HttpFailure } from '../../src/http/http-failure.js';
import type { CheckContext } from '../../src/run/check-context.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { objectBody } from '../../src/run/object-body.js';

/** Sends a PATCH a check needs for its set-up; ends the check as errored when the target does not apply it. */
export async function applyPatch(ctx: CheckContext, userId: string, body: unknown): Promise<{ user: Record<string, unknown>; exchange: Exchange }> {
  const exchange = await ctx.send('updateUser', { pathParams: { userId }, body });
  const user = objectBody(exchange);
  if (exchange.status !== 200 || !user) {
    throw new HttpFailure(`could not update a user to test with: PATCH /v1/users/${userId} ${JSON.stringify(body)} answered ${describeResponse(exchange)}`, exchange);
  }
  return { user, exchange };
}
