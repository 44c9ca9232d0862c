import type { Exchange } from '../../src/http/exchange.js';
import type { CheckContext } from '../../src/run/check-context.js';
import { userRequired } from './user-fields.js';

/** Reads of a user, in all, before a field it showed and now leaves out counts as gone. */
const tries = 3;

/**
 * Reads a user to compare with `earlier` (an earlier read of it). A GET need
 * not carry dateOfBirth, country, phoneNumber or updatedAt, and a target may
 * show them on some reads only: a field among `fields` that `earlier` showed,
 * this read leaves out and a GET need not carry is looked for in up to two
 * more reads, and taken from the first that shows it. A field no read shows
 * any more stays absent: it is gone.
 */
export async function readUserShowing(
  ctx: CheckContext,
  userId: string,
  earlier: Record<string, unknown>,
  fields: readonly string[],
): Promise<{ user: Record<string, unknown>; exchange: Exchange }> {
  const first = await ctx.readUser(userId);
  const user = { ...first.user };
  let exchange = first.exchange;
  const hidden = (): string[] => fields.filter((f) => !userRequired.has(f) && earlier[f] !== undefined && user[f] === undefined);
  for (let read = 1; read < tries && hidden().length > 0; read++) {
    const again = await ctx.readUser(userId);
    exchange = again.exchange;
    for (const field of hidden()) if (again.user[field] !== undefined) user[field] = again.user[field];
  }
  return { user, exchange };
}
