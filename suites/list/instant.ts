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
