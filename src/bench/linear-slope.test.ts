import { describe, expect, it } from 'vitest';
import { linearSlope } from './linear-slope.js';

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
