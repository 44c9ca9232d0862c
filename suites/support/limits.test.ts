import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/spec/load-spec.js';
import { limitArbitrary, limitBoundaries, limitRules, offsetAt, offsetDefault, type Spot } from './limits.js';

describe('offsetAt', () => {
  const rows: Array<{ spot: Spot; total: number; limit: number; want: number }> = [
    { spot: 'zero', total: 150, limit: 10, want: 0 },
    { spot: 'one', total: 150, limit: 10, want: 1 },
    { spot: 'last', total: 150, limit: 10, want: 149 },
    { spot: 'end', total: 150, limit: 10, want: 150 },
    { spot: 'past', total: 150, limit: 10, want: 151 },
    { spot: 'past-limit', total: 150, limit: 10, want: 160 },
    { spot: 'end-minus-limit', total: 150, limit: 10, want: 140 },
    { spot: 'end-minus-2-limits', total: 150, limit: 10, want: 130 },
    { spot: { ppm: 0 }, total: 150, limit: 10, want: 0 },
    { spot: { ppm: 500_000 }, total: 150, limit: 10, want: 80 },
    { spot: { ppm: 1_000_000 }, total: 150, limit: 10, want: 160 },
    { spot: { ppm: 999_999 }, total: 1_000_000, limit: 1000, want: 1_000_998 },
    // An empty or small collection: never a negative offset.
    { spot: 'last', total: 0, limit: 10, want: 0 },
    { spot: 'end-minus-2-limits', total: 15, limit: 10, want: 0 },
    { spot: 'end', total: 0, limit: 10, want: 0 },
  ];
  it.each(rows)('$spot of $total by $limit', ({ spot, total, limit, want }) => {
    expect(offsetAt(spot, total, limit)).toBe(want);
  });
});

describe('limitBoundaries', () => {
  const rows = [
    { min: 1, max: 1000, want: [1, 2, 999, 1000] },
    { min: 1, max: 500, want: [1, 2, 499, 500] },
    { min: 1, max: 2, want: [1, 2] },
    { min: 1, max: 1, want: [1] },
  ];
  it.each(rows)('[$min, $max]', ({ min, max, want }) => {
    expect(limitBoundaries(min, max)).toEqual(want);
  });
});

describe('limitArbitrary', () => {
  it('stays within [min, max]', () => {
    fc.assert(fc.property(limitArbitrary(1, 1000), (limit) => limit >= 1 && limit <= 1000 && Number.isInteger(limit)));
  });
});

// Loaded once: the spec is the source the checks read these rules from.
const spec = await loadSpec();

describe('rules read from the spec', () => {
  it('limit is 1..1000, default 100; offset defaults to 0', () => {
    expect(limitRules({ spec })).toEqual({ min: 1, max: 1000, default: 100 });
    expect(offsetDefault({ spec })).toBe(0);
  });
});
