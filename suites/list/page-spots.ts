import fc from 'fast-check';

/**
 * Where a generated page starts, relative to the collection's size at the
 * moment it is sent (the total is only known at run time and grows while
 * other checks append users). `ppm` is a random spot in parts per million of
 * `total + limit`, so it also lands past the end.
 */
export type Spot = 'zero' | 'one' | 'last' | 'end' | 'past' | 'past-limit' | 'end-minus-limit' | 'end-minus-2-limits' | { ppm: number };

/** The offset a spot names for a collection of `total` users and pages of `limit` (never negative). */
export function offsetAt(spot: Spot, total: number, limit: number): number {
  if (typeof spot === 'object') return Math.floor((spot.ppm * (total + limit)) / 1_000_000);
  const offsets: Record<typeof spot, number> = {
    zero: 0,
    one: 1,
    last: total - 1,
    end: total,
    past: total + 1,
    'past-limit': total + limit,
    'end-minus-limit': total - limit,
    'end-minus-2-limits': total - 2 * limit,
  };
  return Math.max(0, offsets[spot]);
}

/** Spots at the named boundaries, or anywhere. */
export function spotArbitrary(boundaries: readonly Exclude<Spot, object>[]): fc.Arbitrary<Spot> {
  return fc.oneof(fc.constantFrom<Spot>(...boundaries), fc.record({ ppm: fc.integer({ min: 0, max: 1_000_000 }) }));
}

/** The limits at both ends of [min, max] and one step inside, in order, without repeats. */
export function limitBoundaries(min: number, max: number): number[] {
  return [...new Set([min, min + 1, max - 1, max])].filter((n) => n >= min && n <= max);
}

/** Limits at the boundaries of [min, max], or anywhere in it. */
export function limitArbitrary(min: number, max: number): fc.Arbitrary<number> {
  return fc.oneof(fc.constantFrom(...limitBoundaries(min, max)), fc.integer({ min, max }));
}
