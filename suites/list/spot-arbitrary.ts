import fc from 'fast-check';
import type { Spot } from './spot.js';

/** Spots at the named boundaries, or anywhere. */
export function spotArbitrary(boundaries: readonly Exclude<Spot, object>[]): fc.Arbitrary<Spot> {
  return fc.oneof(fc.constantFrom<Spot>(...boundaries), fc.record({ ppm: fc.integer({ min: 0, max: 1_000_000 }) }));
}
