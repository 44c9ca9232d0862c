import fc from 'fast-check';
import type { InvalidCase } from './apply-invalid-case.js';
import { withExamples, type ExampleArbitrary } from './with-examples.js';

const dayMs = 86_400_000;
const isoDay = (day: number): string => new Date(day * dayMs).toISOString().slice(0, 10);
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

const field = 'dateOfBirth';
const c = (value: string, why: string): InvalidCase => ({ field, value, why });
const arabicIndic = (text: string): string => text.replace(/[0-9]/g, (d) => String.fromCodePoint(0x0660 + Number(d)));

/** Day numbers (since 1970-01-01) of real dates before 1900 and of accept-set dates. */
const firstBefore = Date.UTC(1000, 0, 1) / dayMs;
const lastBefore = Date.UTC(1899, 11, 31) / dayMs;
const first = Date.UTC(1900, 0, 1) / dayMs;

/**
 * dateOfBirth values from the contract's reject set, labelled: not a
 * calendar date (February 30, February 29 of a common year, April 31, month
 * 13 or 0…), a wrong format (`01/01/1990`, `1990-1-1`, `19900101`, a
 * date-time, digits that are not ASCII), before 1900-01-01, or after
 * tomorrow (today + 2 days and later; today ± 1 day are grey and never
 * used). `now` fixes today.
 */
export function invalidDatesOfBirth(now: Date = new Date()): ExampleArbitrary<InvalidCase> {
  const today = Math.floor(now.getTime() / dayMs);
  const lastFuture = Date.UTC(9999, 11, 31) / dayMs;
  const examples: InvalidCase[] = [
    c('2021-02-30', 'not a calendar date (February 30)'),
    c('2023-02-29', 'not a calendar date (2023 is not a leap year)'),
    c('1900-02-29', 'not a calendar date (1900 is not a leap year)'),
    c('2021-04-31', 'not a calendar date (April has 30 days)'),
    c('2021-13-01', 'not a calendar date (month 13)'),
    c('2021-00-10', 'not a calendar date (month 0)'),
    c('2021-01-32', 'not a calendar date (day 32)'),
    c('2021-01-00', 'not a calendar date (day 0)'),
    c('01/01/1990', 'wrong format (DD/MM/YYYY, not YYYY-MM-DD)'),
    c('1990-1-1', 'wrong format (month and day not zero-padded)'),
    c('19900101', 'wrong format (no dashes)'),
    c('1990-01-01T00:00:00Z', 'wrong format (a date-time, not a date)'),
    c('', 'wrong format (empty)'),
    c('١٩٩٠-٠١-٠١', 'wrong format (Arabic-Indic digits, not ASCII)'),
    c('1990-0١-15', 'wrong format (an Arabic-Indic digit, not ASCII)'),
    c('1899-12-31', 'before 1900-01-01'),
    c(isoDay(today + 2), 'after today (today + 2 days)'),
    c('2999-01-01', 'after today'),
  ];

  const nonCalendar = fc.oneof(
    fc.record({ y: fc.integer({ min: 1901, max: 2020 }), m: fc.constantFrom(4, 6, 9, 11) }).map(({ y, m }) => c(`${y}-${pad(m)}-31`, `not a calendar date (month ${m} has 30 days)`)),
    fc.record({ y: fc.integer({ min: 1901, max: 2020 }), d: fc.constantFrom(30, 31) }).map(({ y, d }) => c(`${y}-02-${d}`, `not a calendar date (February ${d})`)),
    fc
      .integer({ min: 1901, max: 2020 })
      .filter((y) => !isLeap(y))
      .map((y) => c(`${y}-02-29`, `not a calendar date (${y} is not a leap year)`)),
    fc.record({ y: fc.integer({ min: 1901, max: 2020 }), m: fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => c(`${y}-${pad(m)}-${pad(d)}`, `not a calendar date (month ${m})`)),
    fc.record({ y: fc.integer({ min: 1901, max: 2020 }), m: fc.integer({ min: 1, max: 12 }), d: fc.oneof(fc.constant(0), fc.integer({ min: 32, max: 99 })) }).map(({ y, m, d }) => c(`${y}-${pad(m)}-${pad(d)}`, `not a calendar date (day ${d})`)),
  );
  const beforeMin = fc.integer({ min: firstBefore, max: lastBefore }).map((day) => c(isoDay(day), 'before 1900-01-01'));
  const future = fc.integer({ min: today + 2, max: lastFuture }).map((day) => c(isoDay(day), `after today (today + ${day - today} days)`));
  const wrongFormat = fc.record({ day: fc.integer({ min: first, max: today - 2 }), format: fc.nat({ max: 7 }) }).map(({ day, format }) => {
    const [y, m, d] = isoDay(day).split('-');
    const formats: Array<[string, string]> = [
      [`${d}/${m}/${y}`, 'DD/MM/YYYY'],
      [`${m}/${d}/${y}`, 'MM/DD/YYYY'],
      [`${y}/${m}/${d}`, 'YYYY/MM/DD'],
      [`${y}${m}${d}`, 'YYYYMMDD'],
      [`${y}-${m}-${d}T00:00:00Z`, 'a date-time'],
      [`${d}-${m}-${y}`, 'DD-MM-YYYY'],
      [`${y}-${m}-${d} `, 'trailing white space'],
      [arabicIndic(`${y}-${m}-${d}`), 'Arabic-Indic digits'],
    ];
    const [value, name] = formats[format];
    return c(value, `wrong format (${name}, not YYYY-MM-DD)`);
  });
  return withExamples(fc.oneof(fc.constantFrom(...examples), nonCalendar, beforeMin, future, wrongFormat), examples);
}
