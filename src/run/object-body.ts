import type { Exchange } from '../http/exchange.js';

/** Whether a JSON value is an object (not null, not an array). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The body as a plain object, if it is one. */
export function objectBody(exchange: Exchange): Record<string, unknown> | undefined {
  const json = exchange.json;
  return exchange.hasJson && isPlainObject(json) ? json : undefined;
}
