import { compareInstants } from '../list/compare-instants.js';
import { parseInstant } from '../list/parse-instant.js';

/** Negative, zero or positive as RFC 3339 text `a` is before, at or after `b`; undefined when either is not a date-time. */
export function compareTimestamps(a: unknown, b: unknown): number | undefined {
  const ia = parseInstant(a);
  const ib = parseInstant(b);
  return ia && ib ? compareInstants(ia, ib) : undefined;
}
