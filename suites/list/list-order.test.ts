import { describe, expect, it } from 'vitest';
import { orderBreak } from './list-order.js';

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
