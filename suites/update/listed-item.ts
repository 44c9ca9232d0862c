import { setTimeout as sleep } from 'node:timers/promises';
import type { Exchange } from '../../src/http/exchange.js';
import type { CheckContext } from '../../src/run/check-context.js';
import { firstUsers } from '../create/first-users.js';
import { newestUsers } from '../create/newest-users.js';
import { usersBefore } from '../create/users-before.js';

/** Reads of the end of the list before a user counts as not listed: others' creates may hide it for a moment. */
const reads = 3;

export type ListedItem =
  | { found: Record<string, unknown>; exchange: Exchange }
  | { missing: true; exchange: Exchange; total: number; shown: number }
  | { skip: string };

/**
 * The list item of a user created after the list's total was `totalBefore`,
 * found as CREATE-LISTED finds a new user: among the newest users (a new user
 * sorts last), among the users tied with it just before them, or on the first
 * page (where a target listing newest first shows it — LIST-ORDER judges
 * that). Missing only when `reads` reads of the end of the list leave it out.
 */
export async function listedItem(ctx: CheckContext, userId: string, createdAt: string, totalBefore: number): Promise<ListedItem> {
  for (let read = 1; ; read++) {
    const newest = await newestUsers(ctx, totalBefore);
    const item = newest.users.find((user) => user.userId === userId);
    if (item) return { found: item, exchange: newest.exchange };
    if (!newest.complete) return { skip: `could not get a quiet snapshot: more than ${newest.users.length} users were added while looking for ${userId}` };
    // Users created in the same instant are ordered by userId: it may sort before users read as older.
    const before = await usersBefore(ctx, newest.start, createdAt);
    const tied = before.users.find((user) => user.userId === userId);
    if (tied) return { found: tied, exchange: newest.exchange };
    if (read >= reads) {
      const first = await firstUsers(ctx);
      const shown = first.users.find((user) => user.userId === userId);
      if (shown) return { found: shown, exchange: first.exchange };
      return { missing: true, exchange: newest.exchange, total: newest.page.total, shown: newest.page.users.length };
    }
    await sleep(20);
  }
}
