import { describe, expect, it } from 'vitest';
import { percentile } from './percentile.js';

describe('percentile', () => {
  const rows: { given: { sorted: number[]; q: number }; want: number }[] = [
    { given: { sorted: [1, 2, 3, 4], q: 0.5 }, want: 2 },
    { given: { sorted: [1, 2, 3, 4, 5], q: 0.5 }, want: 3 },
    { given: { sorted: [7], q: 0.99 }, want: 7 },
    { given: { sorted: [1, 2, 3], q: 0 }, want: 1 },
    { given: { sorted: [1, 2, 3], q: 1 }, want: 3 },
    { given: { sorted: Array.from({ length: 100 }, (_, i) => i + 1), q: 0.99 }, want: 99 },
  ];
  it.each(rows)('$given.q of $given.sorted.length values → $want', ({ given, want }) => {
    expect(percentile(given.sorted, given.q)).toBe(want);
  });

  it('is NaN for no values', () => {
    expect(percentile([], 0.5)).toBeNaN();
  });
});
