import { Pool } from 'undici';
import { percentile } from './statistics.js';

/** One request a loop sends. */
export interface LoopRequest {
  method: string;
  /** Path and query. */
  path: string;
  body?: string;
  contentType?: string;
}

export interface LoopOptions {
  /** Origin of the target, e.g. `http://127.0.0.1:8080`. */
  baseUrl: string;
  /** Sent in turn, from the first again after the last, until the time is up. */
  requests: readonly LoopRequest[];
  /** Requests in flight at once: each worker sends its next request when the last one is answered. */
  workers: number;
  durationMs: number;
}

export interface LoopFigures {
  requests: number;
  /** 5xx answers and transport errors. */
  errors: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** CPU this process spent per request (user + system), in µs. */
  cpuUsPerRequest: number;
}

/**
 * The loopback ceiling: a plain undici Pool, one connection per worker, each
 * worker sending requests back to back for a fixed time. Bodies are read and
 * dropped, nothing is parsed or checked: this is as fast as this machine can ask.
 */
export async function measureLoop(options: LoopOptions): Promise<LoopFigures> {
  if (options.requests.length === 0) throw new RangeError('measureLoop: no requests to send');
  const pool = new Pool(options.baseUrl, { connections: options.workers, pipelining: 1 });
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const end = started + options.durationMs;
  const worker = async (): Promise<void> => {
    while (performance.now() < end) {
      const request = options.requests[next++ % options.requests.length];
      const sent = performance.now();
      try {
        const response = await pool.request({
          path: request.path,
          method: request.method as 'GET',
          body: request.body,
          headers: request.contentType ? { 'content-type': request.contentType } : {},
        });
        await response.body.dump({ limit: Number.MAX_SAFE_INTEGER });
        if (response.statusCode >= 500) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - sent);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.workers) }, worker));
  } finally {
    await pool.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds,
    perSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    cpuUsPerRequest: (used.user + used.system) / Math.max(1, latencies.length),
  };
}

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
