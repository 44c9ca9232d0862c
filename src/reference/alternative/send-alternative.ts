import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

export interface AlternativeBody {
  /** Sent as pretty-printed JSON with every non-ASCII character escaped. */
  json?: unknown;
  /** Sent as is (an HTML page). */
  text?: string;
  /** Default: `application/json;charset=UTF-8` for JSON, `text/html; charset=utf-8` for text. */
  contentType?: string;
}

/** Every non-ASCII UTF-16 unit as a `\uXXXX` escape: valid JSON that parses to the same strings. */
const asciiOnly = (text: string): string => text.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * Answers the way the alternative server does: no Content-Length (the body
 * goes out in two chunks), `Connection: close` on every answer, JSON
 * pretty-printed and ASCII-escaped.
 */
export function sendAlternative(res: ServerResponse, status: number, body: AlternativeBody = {}, headers: OutgoingHttpHeaders = {}): void {
  const text = body.json !== undefined ? asciiOnly(JSON.stringify(body.json, null, 2)) : (body.text ?? '');
  const type = body.contentType ?? (body.json !== undefined ? 'application/json;charset=UTF-8' : 'text/html; charset=utf-8');
  res.writeHead(status, { ...headers, ...(text === '' ? {} : { 'content-type': type }), connection: 'close' });
  const half = Math.floor(text.length / 2);
  if (half > 0) res.write(text.slice(0, half));
  res.end(text.slice(half));
}
