import { userStatuses, type UserStatus } from './user-record.js';

export interface ListQuery {
  limit: number;
  offset: number;
  status?: UserStatus;
}

export type ListQueryResult = { ok: true; query: ListQuery } | { ok: false; detail: string };

const plainDecimal = /^[0-9]+$/;
const integer = (text: string): number => (plainDecimal.test(text) ? Number(text) : NaN);

/** The detail of a 400 for a limit out of 1..`max`. */
export const limitDetail = (max: number): string => `limit must be an integer from 1 to ${max}, written in plain decimal`;

/**
 * The list's query parameters, per the contract: `limit` 1..1000 (default
 * 100), `offset` >= 0 (default 0), both plain decimal; `status` one of the
 * four (or `pending`). Unknown parameters are ignored; the first of repeated
 * ones counts (a grey zone).
 */
export function parseListQuery(params: URLSearchParams): ListQueryResult {
  const query: ListQuery = { limit: 100, offset: 0 };

  const limit = params.get('limit');
  if (limit !== null) {
    const n = integer(limit);
    if (n >= 1 && n <= 1000) query.limit = n;
    else return { ok: false, detail: limitDetail(1000) };
  }

  const offset = params.get('offset');
  if (offset !== null) {
    const n = integer(offset);
    if (!(n >= 0 && n <= 2 ** 53)) return { ok: false, detail: 'offset must be an integer of 0 or more, written in plain decimal' };
    query.offset = n;
  }

  const status = params.get('status');
  if (status !== null) {
    const named = status === 'pending' ? 'pending_verification' : status;
    if (!(userStatuses as readonly string[]).includes(named)) return { ok: false, detail: `status must be one of ${userStatuses.join(', ')}` };
    query.status = named as UserStatus;
  }
  return { ok: true, query };
}
