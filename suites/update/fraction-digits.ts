import { parseInstant } from '../list/parse-instant.js';

/** Digits after the decimal point as written (`…:00.120Z` has 3); undefined for a text that is not a date-time. */
export function fractionDigits(text: unknown): number | undefined {
  if (typeof text !== 'string' || !parseInstant(text)) return undefined;
  return /\.(\d+)/.exec(text)?.[1].length ?? 0;
}
