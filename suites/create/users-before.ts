import type { CheckContext } from '../../src/run/check-context.js';
import { maxPages, pageLimit } from './list-paging.js';
import { needPage } from './need-page.js';

/**
 * Users just before `offset`, read backwards a page at a time until a page
 * starts with a user created strictly before `createdAt` (so every user tied
 * with it, which the order puts by userId, has been read) or the list
 * begins; at most `maxPages` pages.
 */
export async function usersBefore(ctx: CheckContext, offset: number, createdAt: string, status?: string): Promise<{ users: Record<string, unknown>[]; reachedOlder: boolean }> {
  const users: Record<string, unknown>[] = [];
  const created = Date.parse(createdAt);
  let end = offset;
  for (let n = 0; n < maxPages && end > 0; n++) {
    const start = Math.max(0, end - pageLimit);
    const { page } = await needPage(ctx, { offset: start, limit: end - start, ...(status ? { status } : {}) });
    users.push(...page.users);
    const first = Date.parse(String(page.users[0]?.createdAt));
    if (start === 0 || first < created) return { users, reachedOlder: true };
    end = start;
  }
  return { users, reachedOlder: end === 0 };
}
