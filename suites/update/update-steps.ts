import type { Exchange } from '../../src/http/exchange.js';
import { HttpFailure } from '../../src/http/http-failure.js';
import { describeResponse, objectBody, type CheckContext } from '../../src/run/check-context.js';

/** The public docs' PATCH example, from the spec. */
export function docsPatch(ctx: CheckContext): Record<string, unknown> {
  return { ...((ctx.spec.operation('updateUser').requestBody?.examples?.docs?.value ?? {}) as Record<string, unknown>) };
}

/** The fields a user keeps through any PATCH, and the writable ones. */
export const fixedFields = ['userId', 'email', 'dateOfBirth', 'country'] as const;
export const writableFields = ['firstName', 'lastName', 'phoneNumber'] as const;
export const userFields = [...fixedFields, ...writableFields] as const;

/** Fields the 200 of a PATCH must carry (the rest may be left out). */
export const updatedUserRequired = new Set(['userId', 'email', 'firstName', 'lastName', 'status', 'updatedAt']);
/** Fields the 200 of a GET must carry. */
export const userRequired = new Set(['userId', 'email', 'firstName', 'lastName', 'status', 'createdAt', 'verificationStatus']);

/** Sends a PATCH a check needs for its set-up; ends the check as errored when the target does not apply it. */
export async function applyPatch(ctx: CheckContext, userId: string, body: unknown): Promise<{ user: Record<string, unknown>; exchange: Exchange }> {
  const exchange = await ctx.send('updateUser', { pathParams: { userId }, body });
  const user = objectBody(exchange);
  if (exchange.status !== 200 || !user) {
    throw new HttpFailure(`could not update a user to test with: PATCH /v1/users/${userId} ${JSON.stringify(body)} answered ${describeResponse(exchange)}`, exchange);
  }
  return { user, exchange };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
