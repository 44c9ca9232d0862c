import type { Exchange } from '../http/exchange.js';

/** The body as a plain object, if it is one. */
export function objectBody(exchange: Exchange): Record<string, unknown> | undefined {
  const json = exchange.json;
  return exchange.hasJson && typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
}
