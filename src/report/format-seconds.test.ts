import { describe, expect, it } from 'vitest';
import { formatSeconds } from './format-seconds.js';

describe('formatSeconds', () => {
  const rows: { given: number; want: string }[] = [
    { given: 0, want: '0.000' },
    { given: 1, want: '0.001' },
    { given: 1234, want: '1.234' },
    { given: 1234.5678, want: '1.235' },
    { given: 60_000, want: '60.000' },
    { given: -5, want: '0.000' },
    { given: Number.NaN, want: '0.000' },
    { given: Number.POSITIVE_INFINITY, want: '0.000' },
  ];
  it.each(rows)('$given ms → $want', ({ given, want }) => {
    expect(formatSeconds(given)).toBe(want);
  });
});
