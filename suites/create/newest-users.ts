import type { Exchange } from '../../src/http/exchange.js';
import { HttpFailure } from '../../src/http/http-failure.js';
import type { CheckContext } from '../../src/run/check-context.js';
import { tryPage, type Page } from '../list/page.js';

/** Users read before a check's own create may still be before it: start this many earlier. */
const slack = 10;
/** The default limit: a target surely takes it (LIST-LIMIT-ACCEPTED judges larger ones). */
const pageLimit = 100;
/** Pages read forward at most (users added by others meanwhile push the end back). */
const maxPages = 10;

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

/** A page the check needs; a list that cannot be read ends it as errored (the list checks judge that). */
async function needPage(ctx: CheckContext, query: { offset?: number; limit: number; status?: string }): Promise<{ exchange: Exchange; page: Page }> {
  const { exchange, page, problem } = await tryPage(ctx, query);
  if (!page) throw new HttpFailure(`could not read the list to look for a new user: ${problem}`, exchange);
  return { exchange, page };
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
