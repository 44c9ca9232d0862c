import { describe, expect, it } from 'vitest';
import { shareOfCases } from './scope.js';

const examples = ['a', 'b', 'c', 'd', 'e'];

describe('shareOfCases', () => {
  const rows: Array<{ name: string; given: { examples: string[]; numRuns: number; shard?: { index: number; count: number } }; want: { examples: string[]; numRuns: number } }> = [
    { name: 'no shard: everything', given: { examples, numRuns: 20 }, want: { examples, numRuns: 20 } },
    { name: 'one part: everything', given: { examples, numRuns: 20, shard: { index: 1, count: 1 } }, want: { examples, numRuns: 20 } },
    { name: 'part 1 of 2', given: { examples, numRuns: 20, shard: { index: 1, count: 2 } }, want: { examples: ['a', 'c', 'e'], numRuns: 3 + 7 } },
    { name: 'part 2 of 2', given: { examples, numRuns: 20, shard: { index: 2, count: 2 } }, want: { examples: ['b', 'd'], numRuns: 2 + 8 } },
    { name: 'part 3 of 3, odd generated case', given: { examples, numRuns: 12, shard: { index: 3, count: 3 } }, want: { examples: ['c'], numRuns: 1 + 3 } },
    { name: 'examples past numRuns are never run', given: { examples, numRuns: 3, shard: { index: 2, count: 2 } }, want: { examples: ['b'], numRuns: 1 } },
    { name: 'more parts than cases: nothing left', given: { examples: [], numRuns: 1, shard: { index: 2, count: 3 } }, want: { examples: [], numRuns: 0 } },
  ];
  it.each(rows)('$name', ({ given, want }) => {
    expect(shareOfCases(given.examples, given.numRuns, given.shard)).toEqual(want);
  });

  it('the parts together run every case of the budget once, balanced to within one', () => {
    for (const numRuns of [0, 1, 4, 5, 6, 17, 100]) {
      for (const count of [2, 3, 4, 7]) {
        const parts = Array.from({ length: count }, (_, i) => shareOfCases(examples, numRuns, { index: i + 1, count }));
        expect(parts.reduce((n, p) => n + p.numRuns, 0)).toBe(numRuns);
        expect(parts.flatMap((p) => p.examples).sort()).toEqual(examples.slice(0, numRuns));
        const sizes = parts.map((p) => p.numRuns);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }
    }
  });
});
