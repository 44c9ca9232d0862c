/**
 * Time as the contract writes it: RFC 3339 date-times read as exact
 * instants, compared, and the clock precision a target writes them in.
 */

/**
 * An RFC 3339 date-time as an exact instant: whole epoch seconds plus the
 * fractional digits as written (any number of them, so nanoseconds and beyond
 * compare correctly where a JS Date would round to milliseconds).
 */
export interface Instant {
  seconds: number;
  /** Fractional-second digits, trailing zeros dropped ('' for none). */
  fraction: string;
}

// The contract's form: T separator, seconds required, optional fraction, Z or ±hh:mm (T and Z in either case).
const rfc3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil): exact for any year, unlike Date.UTC for years below 100. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The instant a timestamp names, or undefined when it is not an RFC 3339 date-time of the contract's form. */
export function parseInstant(text: unknown): Instant | undefined {
  if (typeof text !== 'string') return undefined;
  const m = rfc3339.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  // Second 60 is a leap second (RFC 3339 allows it); it counts as the next minute's first second.
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  let offsetMinutes = 0;
  if (!m[8]) {
    const offsetHours = Number(m[10]);
    const offsetMins = Number(m[11]);
    if (offsetHours > 23 || offsetMins > 59) return undefined;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const seconds = daysFromCivil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
  return { seconds, fraction: (m[7] ?? '').replace(/0+$/, '') };
}

/** Negative, zero or positive as `a` is before, at or after `b`. */
export function compareInstants(a: Instant, b: Instant): number {
  if (a.seconds !== b.seconds) return a.seconds < b.seconds ? -1 : 1;
  // Padded to one length, digit strings compare as numbers.
  const width = Math.max(a.fraction.length, b.fraction.length);
  const fa = a.fraction.padEnd(width, '0');
  const fb = b.fraction.padEnd(width, '0');
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}

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
