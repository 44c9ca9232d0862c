import type { Exchange } from '../../src/http/exchange.js';
import { HttpFailure } from '../../src/http/http-failure.js';
import { describeResponse, type CheckContext } from '../../src/run/check-context.js';

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

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The page in a 200 body, or what keeps it from being one. */
export function parsePage(body: unknown): Page | string {
  if (!isObject(body)) return 'the body is not a JSON object';
  if (!Array.isArray(body.users)) return 'users is not an array';
  const index = body.users.findIndex((user) => !isObject(user));
  if (index >= 0) return `users[${index}] is not an object`;
  if (!isObject(body.metadata)) return 'metadata is not an object';
  const numbers: Record<string, number> = {};
  for (const key of ['total', 'limit', 'offset'] as const) {
    const value = body.metadata[key];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) return `metadata.${key} is not a non-negative integer (${JSON.stringify(value) ?? 'missing'})`;
    numbers[key] = value;
  }
  return { users: body.users as Record<string, unknown>[], total: numbers.total, limit: numbers.limit, offset: numbers.offset };
}

/** The query as sent: plain decimal strings, in a fixed order. */
export function listQuery(query: ListQuery): Record<string, string> {
  const out: Record<string, string> = {};
  if (query.limit !== undefined) out.limit = String(query.limit);
  if (query.offset !== undefined) out.offset = String(query.offset);
  if (query.status !== undefined) out.status = query.status;
  return out;
}

/** `GET /v1/users?limit=1` — the request line of an exchange, for messages. */
export function requestLine(exchange: Exchange): string {
  const url = new URL(exchange.record.request.url);
  return `${exchange.record.request.method} ${url.pathname}${url.search}`;
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
 */
export async function readPage(ctx: CheckContext, query: ListQuery): Promise<{ exchange: Exchange; page: Page }> {
  const { exchange, page, problem } = await tryPage(ctx, query);
  if (!page) throw new HttpFailure(`could not read a page of users: ${problem}`, exchange);
  return { exchange, page };
}

/** The limit rules of listUsers, read from the spec. */
export interface LimitRules {
  min: number;
  max: number;
  default: number;
}

export function limitRules(ctx: Pick<CheckContext, 'spec'>): LimitRules {
  const schema = ctx.spec.operation('listUsers').parameters.find((p) => p.name === 'limit' && p.in === 'query')?.schema;
  const { minimum, maximum, default: fallback } = schema ?? {};
  if (typeof minimum !== 'number' || typeof maximum !== 'number' || typeof fallback !== 'number') {
    throw new Error('the spec gives listUsers no limit with minimum, maximum and default');
  }
  return { min: minimum, max: maximum, default: fallback };
}

/** The default offset, read from the spec. */
export function offsetDefault(ctx: Pick<CheckContext, 'spec'>): number {
  const schema = ctx.spec.operation('listUsers').parameters.find((p) => p.name === 'offset' && p.in === 'query')?.schema;
  if (typeof schema?.default !== 'number') throw new Error('the spec gives listUsers no offset default');
  return schema.default;
}

/** `users.length` the contract asks for: min(limit, max(0, total − offset)). */
export function expectedLength(limit: number, offset: number, total: number): number {
  return Math.min(limit, Math.max(0, total - offset));
}

/** The id a listed user is known by in messages and comparisons. */
export function idOf(user: Record<string, unknown>): string {
  return typeof user.userId === 'string' ? user.userId : JSON.stringify(user);
}
