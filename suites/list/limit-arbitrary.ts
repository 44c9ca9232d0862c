import fc from 'fast-check';
import { limitBoundaries } from './limit-boundaries.js';

/** Limits at the boundaries of [min, max], or anywhere in it. */
export function limitArbitrary(min: number, max: number): fc.Arbitrary<number> {
  return fc.oneof(fc.constantFrom(...limitBoundaries(min, max)), fc.integer({ min, max }));
}
