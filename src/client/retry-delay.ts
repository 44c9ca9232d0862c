export interface RetryDelayInput {
  /** 0 for the first retry. */
  attempt: number;
  /** The `Retry-After` header of the answer being retried, if any. */
  retryAfter?: string;
  baseDelayMs: number;
  maxDelayMs: number;
  /** In [0, 1); Math.random by default. */
  random?: () => number;
  now?: () => number;
}

/** `Retry-After` in milliseconds: delta-seconds or an HTTP-date; undefined when absent or unreadable. */
function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const when = Date.parse(text);
  return Number.isNaN(when) ? undefined : Math.max(0, when - now);
}

/**
 * How long to wait before a retry: exponential backoff with full jitter
 * (spreads clients that failed together), but never less than the server's
 * `Retry-After`. Undefined when the server asks for longer than `maxDelayMs`:
 * the caller then gives up rather than block for an unbounded time.
 */
export function retryDelay(input: RetryDelayInput): number | undefined {
  const random = input.random ?? Math.random;
  const ceiling = Math.min(input.maxDelayMs, input.baseDelayMs * 2 ** input.attempt);
  const backoff = Math.floor(random() * ceiling);
  const asked = parseRetryAfter(input.retryAfter, (input.now ?? Date.now)());
  if (asked === undefined) return backoff;
  if (asked > input.maxDelayMs) return undefined;
  return Math.max(asked, backoff);
}
