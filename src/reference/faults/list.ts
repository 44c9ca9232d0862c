import { limitDetail, type ListQuery, type ListQueryResult } from '../parse-list-query.js';
import { type UserRecord, userStatuses } from '../user-record.js';
import { asciiDigits } from './ascii-digits.js';
import type { FaultDefinition, SeamOverrides } from './fault-definition.js';
import { afterAwait, HandlerCrash, storeWith, withMetadata, withParam } from './fault-helpers.js';

/** The largest value of a signed 32-bit integer column. */
const int32Max = 2 ** 31 - 1;

/** A fault that changes what becomes of a query the contract's parser accepted (a rejected one stays rejected). */
const afterParsing = (change: (query: ListQuery, params: URLSearchParams) => ListQueryResult) => (): SeamOverrides => ({
  listQuery: (next) => (params) => {
    const parsed = next(params);
    return parsed.ok ? change(parsed.query, params) : parsed;
  },
});

/** Faults of the list area (by the id of the requirement each proves first). */
export const listFaults = [
  {
    name: 'default-limit-20',
    rule: 'limit defaults to 100.',
    description: 'limit defaults to 20.',
    proves: ['LIST-DEFAULTS'],
    hook: afterParsing((query, params) => ({ ok: true, query: params.get('limit') === null ? { ...query, limit: 20 } : query })),
  },
  {
    name: 'offset-needs-limit',
    rule: 'offset defaults to 0 and limit to 100, each whether or not the other is given; metadata shows the values in effect.',
    description: 'An offset sent without a limit is ignored (offset 0 in effect and in metadata).',
    proves: ['LIST-DEFAULTS'],
    // Paging code reached only when a limit is given.
    hook: afterParsing((query, params) => ({ ok: true, query: params.get('limit') === null && params.get('offset') !== null ? { ...query, offset: 0 } : query })),
  },
  {
    name: 'limit-max-500',
    rule: 'limit is an integer from 1 to 1000.',
    description: 'A limit over 500 is rejected with 400.',
    proves: ['LIST-LIMIT-ACCEPTED'],
    hook: () => ({
      listQuery: (next) => (params) => {
        const limit = params.get('limit');
        if (limit !== null && !(/^[0-9]+$/.test(limit) && Number(limit) >= 1 && Number(limit) <= 500)) return { ok: false, detail: limitDetail(500) };
        return next(params);
      },
    }),
  },
  {
    name: 'limit-clamped',
    rule: 'limit 0 or 1001: 400.',
    description: 'limit 0 becomes 1 and a limit over 1000 becomes 1000 (200) instead of 400.',
    proves: ['LIST-LIMIT-INVALID'],
    hook: () => ({
      listQuery: (next) => (params) => {
        const limit = params.get('limit');
        if (limit === null || !/^[0-9]+$/.test(limit)) return next(params);
        return next(withParam(params, 'limit', String(Math.min(1000, Math.max(1, Number(limit))))));
      },
    }),
  },
  {
    name: 'offset-parse-int',
    rule: "offset is a plain decimal integer >= 0; '-1', '1.5', 'abc' or an empty value: 400.",
    description: "offset is read with parseInt: '1.5' is 1, 'abc' and empty are 0, negatives are 0.",
    proves: ['LIST-OFFSET-INVALID'],
    hook: () => ({
      listQuery: (next) => (params) => {
        const offset = params.get('offset');
        if (offset === null) return next(params);
        const parsed = next(withParam(params, 'offset', undefined));
        const n = parseInt(offset, 10);
        return parsed.ok ? { ok: true, query: { ...parsed.query, offset: Number.isNaN(n) || n < 0 ? 0 : n } } : parsed;
      },
    }),
  },
  {
    name: 'query-int-lenient',
    rule: "limit and offset are written in plain decimal; any other value ('1_0', ' 5', '٥'): 400.",
    description: "limit and offset are read as Python's int() reads them: surrounding white space, '_' between digits and digits of any script are taken (' 5', '1_0', '٥' are 5, 10, 5).",
    proves: ['LIST-LIMIT-INVALID', 'LIST-OFFSET-INVALID'],
    hook: () => ({
      // What Python's int() takes once white space around is trimmed and digits of any script made ASCII: a sign, '_' between digits.
      listQuery: (next) => (params) => {
        let lenient = params;
        for (const key of ['limit', 'offset']) {
          const text = lenient.get(key);
          const t = text === null ? '' : asciiDigits(text).trim();
          if (/^[+-]?[0-9]+(?:_[0-9]+)*$/.test(t)) lenient = withParam(lenient, key, String(Number(t.replaceAll('_', ''))));
        }
        return next(lenient);
      },
    }),
  },
  {
    name: 'offset-past-end-returns-last-page',
    rule: 'An offset at or past total gives an empty page.',
    description: 'An offset at or past total returns the last limit users.',
    proves: ['LIST-PAGE-LENGTH', 'LIST-TOTAL'],
    hook: () => ({
      listPage: (next) => (column, query) => next(column, query.offset >= column.length ? { ...query, offset: Math.max(0, column.length - query.limit) } : query),
    }),
  },
  {
    name: 'metadata-offset-always-0',
    rule: 'metadata.offset is the offset in effect.',
    description: 'metadata.offset is always 0.',
    proves: ['LIST-METADATA-ECHO'],
    hook: () => ({ listReply: (next) => (reply, query) => next(withMetadata(reply, () => ({ offset: 0 })), query) }),
  },
  {
    name: 'list-newest-first',
    rule: 'The list is ordered by createdAt ascending, ties broken by userId ascending.',
    description: 'The list is ordered by createdAt descending.',
    proves: ['LIST-ORDER'],
    hook: () => ({
      store: (inner) => storeWith(inner, {
        column(statuses) {
          const column = inner.column(statuses);
          return { length: column.length, at: (i) => column.at(column.length - 1 - i) };
        },
      }),
    }),
  },
  {
    name: 'offset-off-by-one',
    rule: 'Consecutive pages neither overlap nor leave gaps.',
    description: 'The page starts at offset + 1 (one user skipped) when offset > 0.',
    proves: ['LIST-PAGES-CONTIGUOUS'],
    hook: () => ({ listPage: (next) => (column, query) => next(column, query.offset > 0 ? { ...query, offset: query.offset + 1 } : query) }),
  },
  {
    name: 'total-is-page-count',
    rule: 'metadata.total counts every user that matches the filter.',
    description: 'metadata.total is the number of users on the page.',
    proves: ['LIST-TOTAL'],
    hook: () => ({ listReply: (next) => (reply, query) => next(withMetadata(reply, (users) => ({ total: users.length })), query) }),
  },
  {
    name: 'list-omits-last',
    rule: 'users.length is min(limit, max(0, total - offset)); a new user MUST be listed by GET /v1/users.',
    description: 'The list never shows the last user of the (filtered) collection, but total still counts it.',
    proves: ['LIST-PAGE-LENGTH', 'LIST-TOTAL', 'CREATE-LISTED', 'STATEFUL-MODEL'],
    hook: () => ({
      // The page never reaches the last user; total still counts it.
      listPage: (next) => (column, query) => next({ length: column.length - 1, at: (i) => column.at(i) }, query),
    }),
  },
  {
    name: 'filter-after-paging',
    rule: 'users.length is min(limit, max(0, total - offset)), also with a status filter.',
    description: 'With status, the page is cut from all users and then filtered: pages come out short (total counts the filtered users).',
    proves: ['LIST-PAGE-LENGTH'],
    hook: (env) => ({
      // The page is cut from all users, then filtered; total still counts the filtered ones.
      listPage: (next) => async (column, query) =>
        query.status === undefined ? next(column, query) : (await next(env.seams.store.column(userStatuses), query)).filter((user) => user.status === query.status),
    }),
  },
  {
    name: 'filter-offset-over-all',
    rule: 'Consecutive pages neither overlap nor leave gaps, also with a status filter.',
    description: 'With status, the offset counts users of any status and the filter then fills the page: filtered pages overlap.',
    proves: ['LIST-PAGES-CONTIGUOUS'],
    hook: (env) => ({
      // The offset skips users of any status, then the filter fills the page.
      listPage: (next) => async (column, query) => {
        if (query.status === undefined) return next(column, query);
        const all = env.seams.store.column(userStatuses);
        const users: UserRecord[] = [];
        for (let i = query.offset; i < all.length && users.length < query.limit; i += 1) if (all.at(i).status === query.status) users.push(all.at(i));
        return users;
      },
    }),
  },
  {
    name: 'empty-page-total-0',
    rule: 'metadata.total counts every user that matches the filter, on every page.',
    description: 'A page with no users (at or past the end) reports metadata.total 0.',
    proves: ['LIST-TOTAL'],
    // The count is taken over the rows the page query returned (count(*) OVER ()): no rows, no count.
    hook: () => ({ listReply: (next) => (reply, query) => next(withMetadata(reply, (users): Record<string, number> => (users.length === 0 ? { total: 0 } : {})), query) }),
  },
  {
    name: 'filtered-short-page-total-from-offset',
    rule: 'metadata.total counts every user that matches the filter, on every page, with or without a status filter.',
    description: 'With status, a page shorter than limit skips the count and reports total offset + users.length (past the end: the offset).',
    proves: ['LIST-TOTAL'],
    hook: () => ({
      // A short page is the last one, so its total "is" offset + its length: true only when the page is not empty.
      listReply: (next) => (reply, query) =>
        next(withMetadata(reply, (users): Record<string, number> => (query.status !== undefined && users.length < query.limit ? { total: query.offset + users.length } : {})), query),
    }),
  },
  {
    name: 'offset-int32-overflow',
    rule: 'offset is any integer >= 0 (up to 2^53); a valid query answers 200, never 5xx.',
    description: 'offset is bound to a signed 32-bit column: an offset of 2^31 or more answers 500 (integer out of range).',
    proves: ['LIST-OFFSET-LARGE'],
    hook: afterParsing((query) => {
      if (query.offset > int32Max) throw new HandlerCrash('value "offset" is out of range for type integer');
      return { ok: true, query };
    }),
  },
  {
    name: 'offset-uint32-wrap',
    rule: 'offset is any integer >= 0 (up to 2^53); metadata.offset is the value in effect and the page starts there.',
    description: 'offset is kept in an unsigned 32-bit integer: 2^32 wraps to 0 (the first page), 2^53 − 1 to 2^32 − 1.',
    proves: ['LIST-OFFSET-LARGE'],
    hook: afterParsing((query) => ({ ok: true, query: { ...query, offset: query.offset % 2 ** 32 } })),
  },
  {
    name: 'offset-max-off-by-one',
    rule: 'offset is any integer >= 0; only offsets beyond 2^53 are grey.',
    description: 'An offset of 2^53 − 1 (Number.MAX_SAFE_INTEGER) is rejected with 400: the bound is checked with < instead of <=.',
    proves: ['LIST-OFFSET-LARGE'],
    hook: afterParsing((query) => (query.offset < Number.MAX_SAFE_INTEGER ? { ok: true, query } : { ok: false, detail: 'offset must be an integer of 0 or more, written in plain decimal' })),
  },
  {
    name: 'offset-safe-integer-only',
    rule: 'offset is any integer >= 0; only offsets beyond 2^53 are grey.',
    description: 'An offset of 2^53 is rejected with 400: the bound is Number.isSafeInteger (up to 2^53 − 1), one short of the contract.',
    proves: ['LIST-OFFSET-LARGE'],
    hook: afterParsing((query) => (Number.isSafeInteger(query.offset) ? { ok: true, query } : { ok: false, detail: 'offset must be an integer of 0 or more, written in plain decimal' })),
  },
  {
    name: 'list-phantom-users',
    rule: 'metadata.total counts every user that matches the filter; a listed user is a user, readable with GET.',
    description: 'The list is served from a search index that still holds rows of a rolled-back import: every seventh listed user carries an id no user has (GET answers 404).',
    proves: ['READ-LISTED-USERS'],
    hook: () => ({
      listPage: (next) => async (column, query) =>
        (await next(column, query)).map((user, i) => ((query.offset + i) % 7 === 6 ? { ...user, userId: `${user.userId}r` } : user)),
    }),
  },
  {
    name: 'list-count-then-page',
    rule: 'users.length is min(limit, max(0, total - offset)) in every answer, also while other clients create users.',
    description: 'The total and the page are read in two steps with an await between them: users created in between are on the page but not in the total.',
    proves: ['LIST-CONSISTENT-UNDER-WRITES'],
    hook: (env) => ({
      // Two queries without a snapshot: the page is read afresh after the count.
      listPage: (next) => afterAwait(async (_column, query) => next(env.seams.store.column(query.status === undefined ? userStatuses : [query.status]), query)),
    }),
  },
] as const satisfies readonly FaultDefinition[];
