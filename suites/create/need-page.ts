import type { Exchange } from '../../src/http/exchange.js';
import { HttpFailure } from '../../src/http/http-failure.js';
import type { CheckContext } from '../../src/run/check-context.js';
import type { Page } from '../list/page.js';
import { tryPage } from '../list/try-page.js';

/** A page the check needs; a list that cannot be read ends it as errored (the list checks judge that). */
export async function needPage(ctx: CheckContext, query: { offset?: number; limit: number; status?: string }): Promise<{ exchange: Exchange; page: Page }> {
  const { exchange, page, problem } = await tryPage(ctx, query);
  if (!page) throw new HttpFailure(`could not read the list to look for a new user: ${problem}`, exchange);
  return { exchange, page };
}
