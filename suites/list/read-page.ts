import type { Exchange } from '../../src/http/exchange.js';
import { HttpFailure } from '../../src/http/http-failure.js';
import type { CheckContext } from '../../src/run/check-context.js';
import type { ListQuery } from './list-query.js';
import type { Page } from './page.js';
import { tryPage } from './try-page.js';

/**
 * Reads a page a check needs to test its rule with. A valid query that gets
 * no page ends the check as errored (its own rule could not be tested;
 * LIST-LIMIT-ACCEPTED and TRANSPORT-RESPONSE-SCHEMA judge such answers).
 */
export async function readPage(ctx: CheckContext, query: ListQuery): Promise<{ exchange: Exchange; page: Page }> {
  const { exchange, page, problem } = await tryPage(ctx, query);
  if (!page) throw new HttpFailure(`could not read a page of users: ${problem}`, exchange);
  return { exchange, page };
}
