import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/spec/load-spec.js';
import { expectedLength } from './expected-length.js';
import { idOf } from './id-of.js';
import { limitRules } from './limit-rules.js';
import { listQuery } from './list-query.js';
import { offsetDefault } from './offset-default.js';
import { parsePage } from './parse-page.js';
import { isUserStatus, userStatuses } from './user-statuses.js';

describe('parsePage', () => {
  const meta = { total: 3, limit: 2, offset: 0 };
  const rows: Array<{ name: string; given: unknown; want: unknown }> = [
    { name: 'a page', given: { users: [{ userId: 'usr_1' }], metadata: meta }, want: { users: [{ userId: 'usr_1' }], ...meta } },
    { name: 'extra fields', given: { users: [], metadata: { ...meta, next: 'x' }, links: {} }, want: { users: [], ...meta } },
    { name: 'not an object', given: [], want: 'the body is not a JSON object' },
    { name: 'no users', given: { metadata: meta }, want: 'users is not an array' },
    { name: 'a user not an object', given: { users: [{}, null], metadata: meta }, want: 'users[1] is not an object' },
    { name: 'no metadata', given: { users: [] }, want: 'metadata is not an object' },
    { name: 'total a string', given: { users: [], metadata: { ...meta, total: '3' } }, want: 'metadata.total is not a non-negative integer ("3")' },
    { name: 'limit missing', given: { users: [], metadata: { total: 3, offset: 0 } }, want: 'metadata.limit is not a non-negative integer (missing)' },
    { name: 'offset negative', given: { users: [], metadata: { ...meta, offset: -1 } }, want: 'metadata.offset is not a non-negative integer (-1)' },
    { name: 'offset fractional', given: { users: [], metadata: { ...meta, offset: 1.5 } }, want: 'metadata.offset is not a non-negative integer (1.5)' },
  ];
  it.each(rows)('$name', ({ given, want }) => {
    expect(parsePage(given)).toEqual(want);
  });
});

describe('expectedLength', () => {
  const rows = [
    { limit: 100, offset: 0, total: 150, want: 100 },
    { limit: 100, offset: 100, total: 150, want: 50 },
    { limit: 100, offset: 149, total: 150, want: 1 },
    { limit: 100, offset: 150, total: 150, want: 0 },
    { limit: 100, offset: 151, total: 150, want: 0 },
    { limit: 1, offset: 0, total: 0, want: 0 },
  ];
  it.each(rows)('limit $limit offset $offset total $total', ({ limit, offset, total, want }) => {
    expect(expectedLength(limit, offset, total)).toBe(want);
  });
});

describe('listQuery', () => {
  const rows: Array<{ given: Parameters<typeof listQuery>[0]; want: Record<string, string> }> = [
    { given: {}, want: {} },
    { given: { limit: 5 }, want: { limit: '5' } },
    { given: { limit: 5, offset: 0, status: 'active' }, want: { limit: '5', offset: '0', status: 'active' } },
  ];
  it.each(rows)('$given', ({ given, want }) => {
    expect(listQuery(given)).toEqual(want);
  });
});

describe('idOf', () => {
  it.each([
    { given: { userId: 'usr_1' }, want: 'usr_1' },
    { given: { userId: 1 }, want: '{"userId":1}' },
  ])('$given', ({ given, want }) => {
    expect(idOf(given)).toBe(want);
  });
});

// Loaded once: the spec is the source the checks read these rules from.
const spec = await loadSpec();

describe('rules read from the spec', () => {
  it('limit is 1..1000, default 100; offset defaults to 0', () => {
    expect(limitRules({ spec })).toEqual({ min: 1, max: 1000, default: 100 });
    expect(offsetDefault({ spec })).toBe(0);
  });
  it('the statuses equal the spec enum', () => {
    expect([...userStatuses]).toEqual(spec.schema('UserStatus').enum);
  });
  it.each([
    { given: 'active', want: true },
    { given: 'ACTIVE', want: false },
    { given: 'pending', want: false },
    { given: undefined, want: false },
  ])('isUserStatus($given)', ({ given, want }) => {
    expect(isUserStatus(given)).toBe(want);
  });
});
