import { describe, expect, it } from 'vitest';
import { expectedLength, idOf, listQuery, orderBreak, parsePage } from './page.js';

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

const user = (userId: unknown, createdAt: unknown) => ({ userId, createdAt });

describe('orderBreak', () => {
  const rows: Array<{ name: string; a: Record<string, unknown>; b: Record<string, unknown>; want: string | undefined }> = [
    { name: 'later createdAt', a: user('usr_b', '2024-01-01T10:00:00Z'), b: user('usr_a', '2024-01-01T10:00:01Z'), want: undefined },
    { name: 'earlier createdAt', a: user('usr_a', '2024-01-01T10:00:01Z'), b: user('usr_b', '2024-01-01T10:00:00Z'), want: 'createdAt goes backwards' },
    { name: 'earlier by offset only', a: user('usr_a', '2024-01-01T10:00:00-01:00'), b: user('usr_b', '2024-01-01T10:30:00Z'), want: 'createdAt goes backwards' },
    { name: 'same instant, other offset, ids ascending', a: user('usr_a', '2024-01-01T12:00:00+02:00'), b: user('usr_b', '2024-01-01T10:00:00Z'), want: undefined },
    { name: 'earlier beyond ms', a: user('usr_a', '2024-01-01T10:00:00.0000002Z'), b: user('usr_b', '2024-01-01T10:00:00.0000001Z'), want: 'createdAt goes backwards' },
    { name: 'tie, ids ascending', a: user('usr_A1', '2024-01-01T10:00:00Z'), b: user('usr_A2', '2024-01-01T10:00:00.000Z'), want: undefined },
    { name: 'tie, same id', a: user('usr_a', '2024-01-01T10:00:00Z'), b: user('usr_a', '2024-01-01T10:00:00Z'), want: undefined },
    { name: 'tie, ids descending', a: user('usr_b', '2024-01-01T10:00:00Z'), b: user('usr_a', '2024-01-01T10:00:00Z'), want: 'userId goes backwards' },
    // Code-unit order puts 'B' before 'a'; case-insensitive order puts 'a' first: both accepted.
    { name: 'tie, code-unit order', a: user('usr_B', '2024-01-01T10:00:00Z'), b: user('usr_a', '2024-01-01T10:00:00Z'), want: undefined },
    { name: 'tie, case-insensitive order', a: user('usr_a', '2024-01-01T10:00:00Z'), b: user('usr_B', '2024-01-01T10:00:00Z'), want: undefined },
    { name: 'tie, descending either way', a: user('usr_b', '2024-01-01T10:00:00Z'), b: user('usr_A', '2024-01-01T10:00:00Z'), want: 'userId goes backwards' },
    { name: 'unparsable timestamp', a: user('usr_b', '2024-01-01 10:00:00'), b: user('usr_a', '2023-01-01T10:00:00Z'), want: undefined },
    { name: 'tie, id not a string', a: user(7, '2024-01-01T10:00:00Z'), b: user('usr_a', '2024-01-01T10:00:00Z'), want: undefined },
  ];
  it.each(rows)('$name', ({ a, b, want }) => {
    const got = orderBreak(a, b);
    if (want === undefined) expect(got).toBeUndefined();
    else expect(got).toContain(want);
  });
});
