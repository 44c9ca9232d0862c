import type { Exchange } from '../../src/http/exchange.js';
import type { CheckContext } from '../../src/run/check-context.js';
import { pageLimit } from './list-paging.js';
import { needPage } from './need-page.js';

/** The first page of the list (optionally filtered). */
export async function firstUsers(ctx: CheckContext, status?: string): Promise<{ users: Record<string, unknown>[]; exchange: Exchange }> {
  const { exchange, page } = await needPage(ctx, { limit: pageLimit, ...(status ? { status } : {}) });
  return { users: page.users, exchange };
}
