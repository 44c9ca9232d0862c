import fc from 'fast-check';
import { withExamples, type ExampleArbitrary } from './with-examples.js';

const dayMs = 86_400_000;

/** `YYYY-MM-DD` of a day number (days since 1970-01-01, UTC). */
function isoDay(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/**
 * dateOfBirth values from the contract's accept set: real calendar dates
 * from 1900-01-01 to two days before today in UTC (the day before today is
 * grey). `now` fixes today, so a seed generates the same dates all day.
 * Boundaries among the examples: 1900-01-01, 2000-02-29, today − 2 days.
 */
export function validDateOfBirth(now: Date = new Date()): ExampleArbitrary<string> {
  const first = Date.UTC(1900, 0, 1) / dayMs;
  const last = Math.floor(now.getTime() / dayMs) - 2;
  const boundaries = [isoDay(first), '2000-02-29', isoDay(last), '1904-02-29', '1970-01-01'];
  const generated = fc.integer({ min: first, max: last }).map(isoDay);
  return withExamples(fc.oneof({ arbitrary: fc.constantFrom(...boundaries), weight: 1 }, { arbitrary: generated, weight: 4 }), boundaries);
}
