import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration.js';

describe('formatDuration', () => {
  const rows: { given: number; want: string }[] = [
    { given: 0, want: '0 ms' },
    { given: 849.6, want: '850 ms' },
    { given: 1000, want: '1.0 s' },
    { given: 4217, want: '4.2 s' },
    { given: 125_000, want: '2 min 5 s' },
    { given: 3_720_000, want: '1 h 2 min' },
    { given: -1, want: '0 ms' },
    { given: Number.NaN, want: '0 ms' },
  ];
  it.each(rows)('$given ms → $want', ({ given, want }) => {
    expect(formatDuration(given)).toBe(want);
  });
});
