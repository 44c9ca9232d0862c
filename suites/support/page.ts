/**
 * Reading a page of GET /v1/users: the query as sent, the page in a 200
 * body, what a page must hold (its length, its order), and the totals a
 * check keeps track of while others add users.
 */

import type { Exchange } from '../../src/http/exchange.js';
import { HttpFailure } from '../../src/http/http-failure.js';
import type { CheckContext } from '../../src/run/check-context.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { isPlainObject } from '../../src/run/object-body.js';
import { requestLine } from './show.js';
import { compareInstants, parseInstant } from './time.js';

/** A page of GET /v1/users as the checks use it. */
export interface Page {
  users: Record<string, unknown>[];
  total: number;
  limit: number;
  offset: number;
}

/** What a check asks the list for; absent fields are not sent. */
export interface ListQuery {
  limit?: number;
  offset?: number;
  status?: string;
}

/** The query as sent: plain decimal strings, in a fixed order. */
export function listQuery(query: ListQuery): Record<string, string> {
  const out: Record<string, string> = {};
  if (query.limit !== undefined) out.limit = String(query.limit);
  if (query.offset !== undefined) out.offset = String(query.offset);
  if (query.status !== undefined) out.status = query.status;
  return out;
}

/** The page in a 200 body, or what keeps it from being one. */
export function parsePage(body: unknown): Page | string {
  if (!isPlainObject(body)) return 'the body is not a JSON object';
  if (!Array.isArray(body.users)) return 'users is not an array';
  const index = body.users.findIndex((user) => !isPlainObject(user));
  if (index >= 0) return `users[${index}] is not an object`;
  if (!isPlainObject(body.metadata)) return 'metadata is not an object';
  const numbers: Record<string, number> = {};
  for (const key of ['total', 'limit', 'offset'] as const) {
    const value = body.metadata[key];
    // Up to 2^53, not just safe integers: an offset of 2^53 is in the contract's accept set and must be echoed.
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 2 ** 53) return `metadata.${key} is not a non-negative integer (${JSON.stringify(value) ?? 'missing'})`;
    numbers[key] = value;
  }
  return { users: body.users as Record<string, unknown>[], total: numbers.total, limit: numbers.limit, offset: numbers.offset };
}

/** Sends a list request; the page when it answered 200 with one, else what was wrong. */
export async function tryPage(ctx: CheckContext, query: ListQuery): Promise<{ exchange: Exchange; page?: Page; problem?: string }> {
  const exchange = await ctx.send('listUsers', { query: listQuery(query) });
  if (exchange.status !== 200) return { exchange, problem: `${requestLine(exchange)} answered ${describeResponse(exchange)}` };
  const page = parsePage(exchange.json);
  if (typeof page === 'string') return { exchange, problem: `${requestLine(exchange)} answered 200 but ${page}` };
  return { exchange, page };
}

/**
 * Reads a page a check needs to test its rule with. A valid query that gets
 * no page ends the check as errored (its own rule could not be tested;
 * LIST-LIMIT-ACCEPTED and TRANSPORT-RESPONSE-SCHEMA judge such answers).
 * `purpose` ends the message: what the page was read for.
 */
export async function readPage(ctx: CheckContext, query: ListQuery, purpose = 'read a page of users'): Promise<{ exchange: Exchange; page: Page }> {
  const { exchange, page, problem } = await tryPage(ctx, query);
  if (!page) throw new HttpFailure(`could not ${purpose}: ${problem}`, exchange);
  return { exchange, page };
}

/** `users.length` the contract asks for: min(limit, max(0, total − offset)). */
export function expectedLength(limit: number, offset: number, total: number): number {
  return Math.min(limit, Math.max(0, total - offset));
}

/** The id a listed user is known by in messages and comparisons. */
export function idOf(user: Record<string, unknown>): string {
  return typeof user.userId === 'string' ? user.userId : JSON.stringify(user);
}

/**
 * Why user `b` may not come right after user `a` in list order (createdAt
 * ascending, ties by userId ascending), or undefined when it may — or when it
 * cannot be told because a timestamp does not parse (TRANSPORT-RESPONSE-SCHEMA
 * reports that).
 */
export function orderBreak(a: Record<string, unknown>, b: Record<string, unknown>): string | undefined {
  const at = parseInstant(a.createdAt);
  const bt = parseInstant(b.createdAt);
  if (!at || !bt) return undefined;
  const byTime = compareInstants(at, bt);
  if (byTime < 0) return undefined;
  if (byTime > 0) return `createdAt goes backwards: ${describeListed(a)} comes before ${describeListed(b)}`;
  if (typeof a.userId !== 'string' || typeof b.userId !== 'string') return undefined;
  // Ties: plain code-unit order is what the contract says; a case-insensitive
  // order (a common database collation) is accepted too, as the contract does
  // not name a collation.
  if (a.userId <= b.userId || a.userId.toLowerCase() <= b.userId.toLowerCase()) return undefined;
  return `equal createdAt but userId goes backwards: ${describeListed(a)} comes before ${describeListed(b)}`;
}

function describeListed(user: Record<string, unknown>): string {
  return `${String(user.userId)} (createdAt ${String(user.createdAt)})`;
}

/**
 * The latest `metadata.total` seen per status filter (none: the whole list), which places a
 * case's boundary offsets. A filter's total is read when first needed; others append users
 * meanwhile, so a check records the total of every answer it gets.
 */
export function trackTotals(ctx: CheckContext, limit: number): { of(status: string | undefined): Promise<number>; saw(status: string | undefined, total: number): void } {
  // The read itself is kept: cases running at once that ask before it is answered share it.
  const totals = new Map<string | undefined, number | Promise<number>>();
  return {
    async of(status) {
      const known = totals.get(status);
      if (known !== undefined) return known;
      const reading = readPage(ctx, { limit, status }).then(({ page }) => page.total);
      totals.set(status, reading);
      return reading;
    },
    saw(status, total) {
      totals.set(status, total);
    },
  };
}
