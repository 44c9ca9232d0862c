import { formatBytes } from '../http/body.js';
import type { Exchange } from '../http/exchange.js';
import { isJsonMediaType } from '../http/media-type.js';

/** What the target answered, one line: status, where a redirect points, a content type that is not JSON, the start of the body; or what went wrong. */
export function describeResponse(exchange: Exchange): string {
  if (exchange.status === undefined) return exchange.error ?? 'no answer';
  if (exchange.error) return `${exchange.status}, ${exchange.error}`;
  const location = exchange.status >= 300 && exchange.status < 400 && exchange.headers.location ? ` redirecting to ${exchange.headers.location}` : '';
  const type =
    exchange.text === '' ? '' : !isJsonMediaType(exchange.mediaType) ? ` (${exchange.headers['content-type'] ?? 'no content type'})` : exchange.hasJson ? '' : ` (invalid JSON: ${exchange.jsonError})`;
  // The record's excerpt, not the text: control bytes in it are escaped, and a binary body says so.
  const excerpt = exchange.record.response?.body ?? '';
  const response = exchange.record.response;
  const body = response?.bodyBinary ? `(binary body, ${formatBytes(response.bodyBytes ?? 0)})` : excerpt.length > 160 ? `${excerpt.slice(0, 160)}…` : excerpt;
  return `${exchange.status}${location}${type}${body ? ` ${body.replace(/\s+/g, ' ')}` : ''}`;
}
