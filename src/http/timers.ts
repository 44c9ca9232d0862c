/** Resolves after `ms`, or at once when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * A deadline that can be paused: its signal aborts with a `TimeoutError` once `ms` have run,
 * not counting time between pause() and resume() (a body waiting its turn for memory is the
 * client's doing, not the target's), or when `stop` aborts. clear() once the exchange ends:
 * its timer then holds nothing for the rest of `ms`.
 */
export interface Deadline {
  readonly signal: AbortSignal;
  pause(): void;
  resume(): void;
  clear(): void;
}

export function createDeadline(ms: number, stop?: AbortSignal): Deadline {
  const controller = new AbortController();
  let left = ms;
  let startedAt = 0;
  let timer: NodeJS.Timeout | undefined;
  let cleared = false;
  const start = (): void => {
    startedAt = performance.now();
    timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${ms} ms`, 'TimeoutError')), left);
    // A deadline never keeps the process alive on its own.
    timer.unref();
  };
  start();
  // The stop reaches the deadline's own signal through a listener removed at clear(): cheaper per
  // request than AbortSignal.any, which a run of ~2,000 requests felt (~2 % of its CPU).
  const onStop = (): void => controller.abort(stop?.reason);
  if (stop?.aborted) onStop();
  else stop?.addEventListener('abort', onStop, { once: true });
  const halt = (): void => {
    clearTimeout(timer);
    timer = undefined;
  };
  return {
    signal: controller.signal,
    pause() {
      if (timer === undefined) return;
      halt();
      left = Math.max(0, left - (performance.now() - startedAt));
    },
    resume() {
      if (timer === undefined && !cleared && !controller.signal.aborted) start();
    },
    clear() {
      cleared = true;
      halt();
      stop?.removeEventListener('abort', onStop);
    },
  };
}
