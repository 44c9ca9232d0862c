import { userStatuses } from '../user-record.js';

export interface AlternativeListQuery {
  limit: number;
  offset: number;
  status?: string;
}

export type AlternativeListQueryResult = { ok: true; query: AlternativeListQuery } | { ok: false; detail: string };

const known = new Set(['limit', 'offset', 'status']);

/** Plain decimal, and the grey forms this server takes too: leading zeros, a `+` sign, `1e2`. */
function wholeNumber(text: string): number | undefined {
  if (!/^\+?[0-9]+$/.test(text) && !/^[0-9]+[eE][0-9]+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isInteger(n) ? n : undefined;
}

/**
 * The list's query, taking the other choices from the reference server's
 * wherever the contract leaves one open: unknown parameters are refused
 * (they MAY be ignored), the last of repeated parameters counts, leading
 * zeros, `+5`, `1e2` and offsets past 2^53 are taken, `pending` is not.
 */
export function parseAlternativeListQuery(search: string): AlternativeListQueryResult {
  const params = new URLSearchParams(search);
  const query: AlternativeListQuery = { limit: 100, offset: 0 };
  for (const name of new Set(params.keys())) {
    if (!known.has(name)) return { ok: false, detail: `unknown query parameter '${name}'` };
    const value = params.getAll(name).at(-1) ?? '';
    if (name === 'status') {
      if (!(userStatuses as readonly string[]).includes(value)) return { ok: false, detail: `status must be one of ${userStatuses.join(', ')}` };
      query.status = value;
      continue;
    }
    const n = wholeNumber(value);
    if (name === 'limit') {
      if (n === undefined || n < 1 || n > 1000) return { ok: false, detail: 'limit must be a whole number from 1 to 1000' };
      query.limit = n;
    } else {
      if (n === undefined || n < 0) return { ok: false, detail: 'offset must be a whole number of 0 or more' };
      query.offset = n;
    }
  }
  return { ok: true, query };
}
