export interface RateFigures {
  count: number;
  seconds: number;
  perSecond: number;
}

/**
 * Calls `fn` back to back for about `durationMs` (in batches, so reading the
 * clock costs nothing next to `fn`) and returns how many calls a second it made.
 */
export function measureRate(fn: () => unknown, durationMs: number, batch = 16): RateFigures {
  let count = 0;
  const started = performance.now();
  let now = started;
  do {
    for (let i = 0; i < batch; i++) fn();
    count += batch;
    now = performance.now();
  } while (now - started < durationMs);
  const seconds = (now - started) / 1000;
  return { count, seconds, perSecond: count / seconds };
}
