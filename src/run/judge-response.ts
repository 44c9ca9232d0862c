import { formatBytes } from '../http/body.js';
import type { Exchange } from '../http/exchange.js';
import { isJsonMediaType } from '../http/media-type.js';
import type { Validators } from '../validate/validators.js';

// Reading a response for a verdict: what it was, in one line, and what is wrong with it by the spec.

/** What the target answered, one line: status, where a redirect points, a content type that is not JSON, the start of the body; or what went wrong. */
export function describeResponse(exchange: Exchange): string {
  if (exchange.status === undefined) return exchange.error ?? 'no answer';
  if (exchange.error) return `${exchange.status}, ${exchange.error}`;
  const location = exchange.status >= 300 && exchange.status < 400 && exchange.headers.location ? ` redirecting to ${exchange.headers.location}` : '';
  const type =
    exchange.text === '' ? '' : !isJsonMediaType(exchange.mediaType) ? ` (${exchange.headers['content-type'] ?? 'no content type'})` : exchange.hasJson ? '' : ` (invalid JSON: ${exchange.jsonError})`;
  // The record's excerpt, not the text: control bytes in it are escaped, and a binary body says so.
  const response = exchange.record.response;
  const excerpt = response?.body ?? '';
  const body = response?.bodyBinary ? `(binary body, ${formatBytes(response.bodyBytes ?? 0)})` : excerpt.length > 160 ? `${excerpt.slice(0, 160)}…` : excerpt;
  return `${exchange.status}${location}${type}${body ? ` ${body.replace(/\s+/g, ' ')}` : ''}`;
}

/**
 * What is wrong with a response, judged by the spec: the status is one
 * expected, the content type is JSON, the body matches the schema the spec
 * gives for that operation, status and media type. Empty: nothing wrong.
 */
export function judgeResponse(validators: Validators, exchange: Exchange, expected: readonly number[]): string[] {
  // Only a response that breaks a rule needs it: parsing the URL for every one that passes costs ~1 % of a run.
  const where = () => `${exchange.request.method} ${new URL(exchange.request.url).pathname}`;
  if (exchange.status === undefined) return [`${where()}: ${exchange.partialStatus === undefined ? 'no response' : 'no complete response'} (${exchange.error})`];
  if (!expected.includes(exchange.status)) {
    return [`${where()}: expected ${expected.join(' or ')}, got ${describeResponse(exchange)}`];
  }
  if (!isJsonMediaType(exchange.mediaType)) {
    return [`${where()}: ${exchange.status} with content type '${exchange.headers['content-type'] ?? '(none)'}', not JSON`];
  }
  if (exchange.error) return [`${where()}: ${describeResponse(exchange)}`];
  if (!exchange.hasJson) return [`${where()}: ${exchange.status} body is not JSON (${exchange.jsonError ?? 'empty'})`];
  if (!exchange.operationId) return [];
  const rule = validators.response(exchange.operationId, exchange.status, exchange.mediaType);
  return (rule.check?.(exchange.json) ?? []).map((violation) => `${where()}: ${exchange.status} body breaks the schema: ${violation}`);
}
