import { describe, expect, it } from 'vitest';
import { linearSlope, median, percentile } from './statistics.js';

describe('median', () => {
  const rows: { given: number[]; want: number }[] = [
    { given: [3], want: 3 },
    { given: [5, 1, 3], want: 3 },
    { given: [4, 1, 3, 2], want: 2.5 },
    { given: [2, 2, 9], want: 2 },
  ];
  it.each(rows)('$given → $want', ({ given, want }) => {
    expect(median(given)).toBe(want);
  });

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });
});

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

describe('linearSlope', () => {
  const rows: { given: Array<{ x: number; y: number }>; want: number }[] = [
    { given: [{ x: 0, y: 1 }, { x: 10, y: 21 }], want: 2 },
    { given: [{ x: 0, y: 5 }, { x: 1, y: 5 }, { x: 2, y: 5 }], want: 0 },
    // Ups and downs around a flat line: no trend.
    { given: [{ x: 0, y: 100 }, { x: 1, y: 140 }, { x: 2, y: 140 }, { x: 3, y: 100 }], want: 0 },
    { given: [{ x: 3, y: 1 }], want: 0 },
    { given: [{ x: 3, y: 1 }, { x: 3, y: 9 }], want: 0 },
  ];
  it.each(rows)('$given.length points → $want', ({ given, want }) => {
    expect(linearSlope(given)).toBeCloseTo(want, 10);
  });
});
