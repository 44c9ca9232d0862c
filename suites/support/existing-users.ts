/**
 * Users the suite did not create: which of them a check may reach without
 * harm (values on the contract's accept set, so a request made of them is
 * valid), and how to find one of each status the list shows.
 */

import type { CheckContext } from '../../src/run/check-context.js';
import { tryPage } from './page.js';
import { userStatuses } from './users.js';

/** Why a check that reaches pre-existing users did not run. */
export const touchExistingOff = 'it reaches users the suite did not create, and --no-touch-existing leaves them alone';
export const noExistingUser = 'no pre-existing user (one the suite did not create) is listed';

/** How many users of each status are looked at: the oldest ones, the likeliest not to be any test's. */
const pageSize = 20;

const emailPattern = /^(?!\.)(?!.*\.\.)[A-Za-z0-9._%+-]{1,64}(?<!\.)@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

/** An e-mail on the contract's accept set: a create with it differs from a valid one only by being taken. */
export function isAcceptSetEmail(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 254 || !emailPattern.test(value)) return false;
  return value.split('@')[1].split('.').every((label) => label.length <= 63);
}

/** A name on the contract's accept set: 1 to 100 code points, not only white space. */
export function isAcceptSetName(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const length = [...value].length;
  return length >= 1 && length <= 100 && value.trim() !== '';
}

/** A user some run of the suite created (its e-mail carries a run id), or this run. */
export function isTestUser(user: Record<string, unknown>, runId: string): boolean {
  return typeof user.email === 'string' && (user.email.includes(runId) || /^conform\./i.test(user.email));
}

/**
 * Listed users the suite did not create, the oldest first, one page of each
 * status, each filtered by `usable`; `pick` chooses from a status's usable
 * users the ones the check will reach. Only GETs.
 */
export async function existingUsers(
  ctx: CheckContext,
  usable: (user: Record<string, unknown>) => boolean,
  pick: (users: Record<string, unknown>[]) => Record<string, unknown>[],
): Promise<Record<string, unknown>[]> {
  // The four pages at once: each is read for its own status.
  const pages = await Promise.all(userStatuses.map(async (status) => ({ status, page: (await tryPage(ctx, { status, limit: pageSize })).page })));
  return pages.flatMap(({ status, page }) =>
    pick((page?.users ?? []).filter((user) => user.status === status && typeof user.userId === 'string' && !isTestUser(user, ctx.runId) && usable(user))),
  );
}
