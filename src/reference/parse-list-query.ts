import { asciiDigits } from './ascii-digits.js';
import type { FaultName } from './faults.js';
import { userStatuses, type UserStatus } from './user-record.js';

export interface ListQuery {
  limit: number;
  offset: number;
  status?: UserStatus;
}

export type ListQueryResult = { ok: true; query: ListQuery } | { ok: false; detail: string };

const plainDecimal = /^[0-9]+$/;
/** What Python's int() takes once white space around is trimmed and digits of any script made ASCII: a sign, '_' between digits. */
const pythonInt = /^[+-]?[0-9]+(?:_[0-9]+)*$/;

/**
 * The list's query parameters, per the contract: `limit` 1..1000 (default
 * 100), `offset` >= 0 (default 0), both plain decimal; `status` one of the
 * four (or `pending`). Unknown parameters are ignored; the first of repeated
 * ones counts (a grey zone).
 */
export function parseListQuery(params: URLSearchParams, faults: ReadonlySet<FaultName>): ListQueryResult {
  const on = (fault: FaultName): boolean => faults.has(fault);
  const query: ListQuery = { limit: on('default-limit-20') ? 20 : 100, offset: 0 };
  const integer = (text: string): number => {
    if (!on('query-int-lenient')) return plainDecimal.test(text) ? Number(text) : NaN;
    const t = asciiDigits(text).trim();
    return pythonInt.test(t) ? Number(t.replaceAll('_', '')) : NaN;
  };

  const limit = params.get('limit');
  if (limit !== null) {
    const n = integer(limit);
    if (on('limit-clamped') && !Number.isNaN(n)) query.limit = Math.min(1000, Math.max(1, n));
    else if (n >= 1 && n <= (on('limit-max-500') ? 500 : 1000)) query.limit = n;
    else return { ok: false, detail: `limit must be an integer from 1 to ${on('limit-max-500') ? 500 : 1000}, written in plain decimal` };
  }

  const offset = params.get('offset');
  if (offset !== null) {
    if (on('offset-parse-int')) {
      const n = parseInt(offset, 10);
      query.offset = Number.isNaN(n) || n < 0 ? 0 : n;
    } else {
      const n = integer(offset);
      if (!(n >= 0 && n <= Number.MAX_SAFE_INTEGER)) return { ok: false, detail: 'offset must be an integer of 0 or more, written in plain decimal' };
      query.offset = n;
    }
    // The fault: paging code reached only when a limit is given.
    if (on('offset-needs-limit') && params.get('limit') === null) query.offset = 0;
  }

  const status = params.get('status');
  if (status !== null) {
    const named = status === 'pending' ? 'pending_verification' : status;
    if ((userStatuses as readonly string[]).includes(named)) query.status = named as UserStatus;
    else if (!on('unknown-status-ignored')) return { ok: false, detail: `status must be one of ${userStatuses.join(', ')}` };
  }
  return { ok: true, query };
}
