import type { Exchange } from '../../src/http/exchange.js';
import type { CheckContext } from '../../src/run/check-context.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { listQuery, type ListQuery } from './list-query.js';
import type { Page } from './page.js';
import { parsePage } from './parse-page.js';
import { requestLine } from './request-line.js';

/** Sends a list request; the page when it answered 200 with one, else what was wrong. */
export async function tryPage(ctx: CheckContext, query: ListQuery): Promise<{ exchange: Exchange; page?: Page; problem?: string }> {
  const exchange = await ctx.send('listUsers', { query: listQuery(query) });
  if (exchange.status !== 200) return { exchange, problem: `${requestLine(exchange)} answered ${describeResponse(exchange)}` };
  const page = parsePage(exchange.json);
  if (typeof page === 'string') return { exchange, problem: `${requestLine(exchange)} answered 200 but ${page}` };
  return { exchange, page };
}
