import type { Exchange } from '../../src/http/exchange.js';

/** `GET /v1/users?limit=1` — the request line of an exchange, for messages. */
export function requestLine(exchange: Exchange): string {
  const url = new URL(exchange.record.request.url);
  return `${exchange.record.request.method} ${url.pathname}${url.search}`;
}
