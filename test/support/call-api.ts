import { Readable } from 'node:stream';
import { request } from 'undici';

export interface ApiAnswer {
  status: number;
  headers: Record<string, string>;
  /** The media type essence, e.g. `application/problem+json`. */
  mediaType: string | undefined;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

export interface ApiCall {
  /** An object is sent as JSON; a string is sent as is. */
  body?: unknown;
  /** Default `application/json` when there is a body; null sends none. */
  contentType?: string | null;
  headers?: Record<string, string>;
  /** The body sent chunked, with no Content-Length. */
  chunked?: boolean;
}

/** One request to a running server, for the tests: the whole answer, read and parsed. */
export async function callApi(baseUrl: string, method: string, path: string, call: ApiCall = {}): Promise<ApiAnswer> {
  const headers: Record<string, string> = { ...call.headers };
  let body: string | undefined;
  if (call.body !== undefined) {
    body = typeof call.body === 'string' ? call.body : JSON.stringify(call.body);
    if (call.contentType !== null) headers['content-type'] = call.contentType ?? 'application/json';
  }
  const sent = call.chunked && body !== undefined ? Readable.from([Buffer.from(body)], { objectMode: false }) : body;
  const res = await request(`${baseUrl}${path}`, { method: method as 'GET', headers, body: sent });
  const text = await res.body.text();
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.statusCode, headers: flat, mediaType: flat['content-type']?.split(';')[0].trim().toLowerCase(), text, json };
}
