import { compareInstants, parseInstant } from '../list/instant.js';

/** Negative, zero or positive as RFC 3339 text `a` is before, at or after `b`; undefined when either is not a date-time. */
export function compareTimestamps(a: unknown, b: unknown): number | undefined {
  const ia = parseInstant(a);
  const ib = parseInstant(b);
  return ia && ib ? compareInstants(ia, ib) : undefined;
}

/** Digits after the decimal point as written (`…:00.120Z` has 3); undefined for a text that is not a date-time. */
export function fractionDigits(text: unknown): number | undefined {
  if (typeof text !== 'string' || !parseInstant(text)) return undefined;
  return /\.(\d+)/.exec(text)?.[1].length ?? 0;
}

/** How long to wait so a clock of the precision `text` is written in has surely moved on: 1001 ms for whole seconds, 2 ms for milliseconds or finer. */
export function tickWaitMs(text: unknown): number {
  const digits = fractionDigits(text);
  if (digits === undefined || digits >= 3) return 2;
  return 10 ** (3 - digits) + 1;
}
