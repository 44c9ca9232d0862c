import type { Exchange } from '../../src/http/exchange.js';
import type { CheckContext } from '../../src/run/check-context.js';
import type { Page } from '../list/page.js';
import { maxPages, pageLimit } from './list-paging.js';
import { needPage } from './need-page.js';

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
