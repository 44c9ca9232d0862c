/**
 * Finding users in the list without walking it whole: the first page, the
 * total, the newest users (a new user sorts last) and the users tied with
 * them just before, and the list item of a user a check created.
 */

import type { Exchange } from '../../src/http/exchange.js';
import { sleep } from '../../src/http/timers.js';
import type { CheckContext } from '../../src/run/check-context.js';
import { type ListQuery, type Page, readPage } from './page.js';

/** The default limit: a target surely takes it (LIST-LIMIT-ACCEPTED judges larger ones). */
const pageLimit = 100;
/** Pages read forward at most (users added by others meanwhile push the end back). */
const maxPages = 10;

/** A page of the list a check needs to find its users in; a list that cannot be read ends the check as errored (the list checks judge that). */
function needPage(ctx: CheckContext, query: ListQuery): Promise<{ exchange: Exchange; page: Page }> {
  return readPage(ctx, query, 'read the list to look for a new user');
}

/** The first page of the list (optionally filtered). */
export async function firstUsers(ctx: CheckContext, status?: string): Promise<{ users: Record<string, unknown>[]; exchange: Exchange }> {
  const { exchange, page } = await needPage(ctx, { limit: pageLimit, ...(status ? { status } : {}) });
  return { users: page.users, exchange };
}

/** The list's total now (optionally filtered), from a one-user page. */
export async function listTotal(ctx: CheckContext, status?: string): Promise<number> {
  const { page } = await needPage(ctx, { limit: 1, ...(status ? { status } : {}) });
  return page.total;
}

/** Users read before a check's own create may still be before it: start this many earlier. */
const slack = 10;

export interface NewestUsers {
  /** The users from just before `totalBefore` to the end of the list, as far as read. */
  users: Record<string, unknown>[];
  /** Where the first page started. */
  start: number;
  /** The last page read, and the offset and limit it was asked for. */
  exchange: Exchange;
  page: Page;
  offset: number;
  limit: number;
  /** The last page reached the end of the list (it came back short). */
  complete: boolean;
}

/**
 * The newest users of the list (optionally filtered by status): a new user
 * sorts last, so everything created after a total of `totalBefore` was read
 * is in pages from `totalBefore − 10` on. Never walks the whole collection.
 */
export async function newestUsers(ctx: CheckContext, totalBefore: number, status?: string): Promise<NewestUsers> {
  const users: Record<string, unknown>[] = [];
  const start = Math.max(0, totalBefore - slack);
  let offset = start;
  for (let n = 0; ; n++) {
    const { exchange, page } = await needPage(ctx, { offset, limit: pageLimit, ...(status ? { status } : {}) });
    users.push(...page.users);
    // The end is where a page comes back short: the users shown, not metadata.total, decide it.
    const complete = page.users.length < pageLimit;
    if (complete || n + 1 >= maxPages) return { users, start, exchange, page, offset, limit: pageLimit, complete };
    offset += pageLimit;
  }
}

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
