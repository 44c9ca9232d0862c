import type { CheckContext } from '../../src/run/check-context.js';
import { needPage } from './need-page.js';

/** The list's total now (optionally filtered), from a one-user page. */
export async function listTotal(ctx: CheckContext, status?: string): Promise<number> {
  const { page } = await needPage(ctx, { limit: 1, ...(status ? { status } : {}) });
  return page.total;
}
