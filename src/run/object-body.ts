import type { Exchange } from '../http/exchange.js';

// Reading what a response carries: the one plain-object test and the one success test every check shares.

/** A JSON object: not null, not an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The body as a plain object, if it is one. */
export function objectBody(exchange: Exchange): Record<string, unknown> | undefined {
  return exchange.hasJson && isPlainObject(exchange.json) ? exchange.json : undefined;
}

/** A 2xx status (absent when no response came). */
export function isSuccess(status: number | undefined): boolean {
  return status !== undefined && status >= 200 && status < 300;
}
