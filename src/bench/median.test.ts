import { describe, expect, it } from 'vitest';
import { median } from './median.js';

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
