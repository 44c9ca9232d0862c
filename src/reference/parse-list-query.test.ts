import { describe, expect, it } from 'vitest';
import { withFaults, type FaultName } from './faults.js';
import type { ListQueryResult } from './parse-list-query.js';
import { correctSeams } from './seams.js';

/** The list-query rule with these faults on (they need no store, checks or validators). */
const listQueryWith = (faults: FaultName[] = []): ((params: URLSearchParams) => ListQueryResult) =>
  withFaults(correctSeams({ store: undefined as never, checks: undefined as never, now: Date.now }), new Set(faults), {
    validators: undefined as never,
    maxUsers: 1,
    now: Date.now,
  }).listQuery;

const ok = (limit: number, offset: number, status?: string): ListQueryResult =>
  ({ ok: true, query: status === undefined ? { limit, offset } : { limit, offset, status } }) as ListQueryResult;
const bad = { ok: false } as const;

describe('parseListQuery', () => {
  const rows: { given: string; faults?: FaultName[]; want: ListQueryResult | typeof bad }[] = [
    { given: '', want: ok(100, 0) },
    { given: 'limit=1&offset=0', want: ok(1, 0) },
    { given: 'limit=1000&offset=17', want: ok(1000, 17) },
    { given: 'limit=007', want: ok(7, 0) },
    { given: 'offset=9007199254740991', want: ok(100, 9007199254740991) },
    { given: 'status=active', want: ok(100, 0, 'active') },
    { given: 'status=pending', want: ok(100, 0, 'pending_verification') },
    { given: 'colour=blue', want: ok(100, 0) },
    { given: 'limit=0', want: bad },
    { given: 'limit=1001', want: bad },
    { given: 'limit=', want: bad },
    { given: 'limit', want: bad },
    { given: 'limit=1.5', want: bad },
    { given: 'limit=abc', want: bad },
    { given: 'limit=-1', want: bad },
    { given: 'limit=99999999999999999999999', want: bad },
    { given: 'offset=-1', want: bad },
    { given: 'offset=1.5', want: bad },
    { given: 'offset=', want: bad },
    { given: 'offset=9007199254740992', want: ok(100, 2 ** 53) },
    { given: 'offset=9007199254740994', want: bad },
    { given: 'limit=1_0', want: bad },
    { given: 'limit=%205', want: bad },
    { given: 'offset=5%20', want: bad },
    { given: 'offset=%D9%A5', want: bad },
    { given: 'offset=0x10', want: bad },
    { given: 'status=', want: bad },
    { given: 'status=deleted', want: bad },
    { given: 'status=ACTIVE', want: bad },
    { given: '', faults: ['default-limit-20'], want: ok(20, 0) },
    { given: 'limit=501', faults: ['limit-max-500'], want: bad },
    { given: 'limit=0', faults: ['limit-clamped'], want: ok(1, 0) },
    { given: 'limit=5000', faults: ['limit-clamped'], want: ok(1000, 0) },
    { given: 'limit=abc', faults: ['limit-clamped'], want: bad },
    { given: 'offset=1.5', faults: ['offset-parse-int'], want: ok(100, 1) },
    { given: 'offset=abc', faults: ['offset-parse-int'], want: ok(100, 0) },
    { given: 'offset=-3', faults: ['offset-parse-int'], want: ok(100, 0) },
    { given: 'status=deleted', faults: ['unknown-status-ignored'], want: ok(100, 0) },
    { given: 'limit=1_0&offset=%205', faults: ['query-int-lenient'], want: ok(10, 5) },
    { given: 'limit=5%20&offset=%D9%A5', faults: ['query-int-lenient'], want: ok(5, 5) },
    { given: 'limit=0x10', faults: ['query-int-lenient'], want: bad },
    { given: 'offset=-1', faults: ['query-int-lenient'], want: bad },
    { given: 'limit=1__0', faults: ['query-int-lenient'], want: bad },
  ];
  it.each(rows)('?$given with $faults', ({ given, faults, want }) => {
    const got = listQueryWith(faults)(new URLSearchParams(given));
    if (want.ok) expect(got).toEqual(want);
    else expect(got.ok).toBe(false);
  });
});
