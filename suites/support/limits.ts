/**
 * The list's limit, offset and status parameters: their rules, read from
 * the spec, and the values the checks send — boundaries, generated limits,
 * spots where a page starts, and numbers a lenient parser would take.
 */

import fc from 'fast-check';
import type { CheckContext } from '../../src/run/check-context.js';
import { userStatuses } from './users.js';

/** The limit rules of listUsers, read from the spec. */
export interface LimitRules {
  min: number;
  max: number;
  default: number;
}

export function limitRules(ctx: Pick<CheckContext, 'spec'>): LimitRules {
  const schema = ctx.spec.operation('listUsers').parameters.find((p) => p.name === 'limit' && p.in === 'query')?.schema;
  const { minimum, maximum, default: fallback } = schema ?? {};
  if (typeof minimum !== 'number' || typeof maximum !== 'number' || typeof fallback !== 'number') {
    throw new Error('the spec gives listUsers no limit with minimum, maximum and default');
  }
  return { min: minimum, max: maximum, default: fallback };
}

/** The default offset, read from the spec. */
export function offsetDefault(ctx: Pick<CheckContext, 'spec'>): number {
  const schema = ctx.spec.operation('listUsers').parameters.find((p) => p.name === 'offset' && p.in === 'query')?.schema;
  if (typeof schema?.default !== 'number') throw new Error('the spec gives listUsers no offset default');
  return schema.default;
}

/** The limits at both ends of [min, max] and one step inside, in order, without repeats. */
export function limitBoundaries(min: number, max: number): number[] {
  return [...new Set([min, min + 1, max - 1, max])].filter((n) => n >= min && n <= max);
}

/** Limits at the boundaries of [min, max], or anywhere in it. */
export function limitArbitrary(min: number, max: number): fc.Arbitrary<number> {
  return fc.oneof(fc.constantFrom(...limitBoundaries(min, max)), fc.integer({ min, max }));
}

/**
 * Numbers of limit and offset's reject set that are not plain decimal yet
 * that a lenient parser (Python's `int()`, a trimming or hex-reading one)
 * takes: `_` between digits, a space before or after (sent URL-encoded), an
 * Arabic-Indic digit, hex. Each is 5, 10 or 16, so in range for both.
 */
export const notPlainDecimal: readonly string[] = ['1_0', ' 5', '5 ', '٥', '0x10'];

/**
 * Where a generated page starts, relative to the collection's size at the
 * moment it is sent (the total is only known at run time and grows while
 * other checks append users). `ppm` is a random spot in parts per million of
 * `total + limit`, so it also lands past the end.
 */
export type Spot = 'zero' | 'one' | 'last' | 'end' | 'past' | 'past-limit' | 'end-minus-limit' | 'end-minus-2-limits' | { ppm: number };

/** Spots at the named boundaries, or anywhere. */
export function spotArbitrary(boundaries: readonly Exclude<Spot, object>[]): fc.Arbitrary<Spot> {
  return fc.oneof(fc.constantFrom<Spot>(...boundaries), fc.record({ ppm: fc.integer({ min: 0, max: 1_000_000 }) }));
}

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

/** A status filter for a list case, or none (half the time): paging must hold either way. */
export function statusFilterArbitrary(): fc.Arbitrary<string | undefined> {
  return fc.option(fc.constantFrom(...userStatuses), { nil: undefined, freq: 2 });
}
