import type { Spot } from './spot.js';

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
