import { Client, Pool, errors as undiciErrors } from 'undici';
import type { ExchangeRecord } from '../report/report-model.js';
import { curlLine } from './curl-line.js';
import type { Exchange } from './exchange.js';
import { mediaTypeOf } from './media-type-of.js';
import { parseBaseUrl } from './parse-base-url.js';
import { redactHeaders } from './redact-headers.js';
import { redactText } from './redact-text.js';
import { secretValuesOf } from './secret-values-of.js';
import { sleep } from './sleep.js';

export interface HttpClientOptions {
  /** The only origin (and path prefix) requests go to. */
  baseUrl: string;
  /** Sent with every request (auth headers among them); redacted in every record. */
  headers?: Record<string, string>;
  /** Per request, from sending to the last body byte. */
  timeoutMs: number;
  /** Responses larger than this are cut off and reported as an error. */
  maxBodyBytes?: number;
  /** Send only GET requests. */
  readOnly?: boolean;
  connections?: number;
  /** Requests per second at most (none: no cap). */
  rateLimit?: number;
  /** Times a 429 is waited out (its Retry-After honoured, capped) before it is returned. */
  max429Retries?: number;
  /** Called with every exchange, in the order they complete. */
  onExchange?: (exchange: Exchange) => void;
}

export interface HttpRequest {
  method: string;
  /** Path and query under the base URL, starting with `/`. */
  path: string;
  headers?: Record<string, string>;
  /** Sent as is. */
  body?: string;
  /** Aborted: not sent if not yet, cut off if in flight, waits (429, rate limit) end; the exchange carries the error. */
  signal?: AbortSignal;
}

export interface HttpClient {
  send(request: HttpRequest): Promise<Exchange>;
  /** Requests sent so far. */
  readonly requests: number;
  readonly baseUrl: string;
  close(): Promise<void>;
}

/** Bodies kept in a record for the report; the whole body is still checked. */
const recordBodyLimit = 64 * 1024;
const defaultMaxBodyBytes = 16 * 1024 * 1024;

function cut(text: string): { body: string; truncated: boolean } {
  return text.length > recordBodyLimit ? { body: text.slice(0, recordBodyLimit), truncated: true } : { body: text, truncated: false };
}

/** Why a stop signal fired, as one line. */
function reasonOf(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  return typeof reason === 'string' ? reason : reason instanceof Error ? reason.message : 'aborted';
}

/**
 * What the target did, one line. `status` is set when the headers came and
 * the body then broke off.
 */
function describeError(error: unknown, timeoutMs: number, status: number | undefined): string {
  const then = status === undefined ? '' : `${status}, then `;
  if (status === undefined && closedBeforeAnswer(error)) return `the connection closed before any answer (${errorText(error)})`;
  if (error instanceof undiciErrors.BodyTimeoutError) return `${then}the body stalled: no data for ${timeoutMs} ms`;
  if (error instanceof undiciErrors.HeadersTimeoutError) return `no answer within ${timeoutMs} ms`;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return status === undefined ? `no answer within ${timeoutMs} ms` : `${then}the body was not complete within ${timeoutMs} ms`;
  }
  const text = errorText(error);
  return status === undefined ? text : `${then}the connection broke off mid-body (${text})`;
}

function errorText(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const detail = cause?.code ?? code;
  return `${detail ? `${detail}: ` : ''}${(cause?.message ?? message).split('\n')[0]}`;
}

/** The connection closed before any answer: on a reused keep-alive connection a GET is safely sent again (RFC 9112, 9.3.1). */
function closedBeforeAnswer(error: unknown): boolean {
  const codes = [(error as { code?: string }).code, (error as { cause?: { code?: string } }).cause?.code];
  return codes.some((c) => c === 'UND_ERR_SOCKET' || c === 'ECONNRESET' || c === 'EPIPE');
}

/**
 * The suite's HTTP layer: one undici Pool to the target's origin, a deadline
 * per request, a cap on body size, no redirect followed, every exchange
 * recorded with secrets redacted.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const base = parseBaseUrl(options.baseUrl);
  const prefix = base.pathname.replace(/\/+$/, '');
  const pool = new Pool(base.origin, { connections: options.connections ?? 16, keepAliveTimeout: 10_000 });
  const fixedHeaders = Object.fromEntries(Object.entries(options.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const secrets = secretValuesOf(fixedHeaders);
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;
  let requests = 0;
  const pace = createPacer(options.rateLimit);
  const max429Retries = options.max429Retries ?? 3;

  async function send(request: HttpRequest): Promise<Exchange> {
    let exchange = await sendOnce(request);
    // 429 is the target asking to slow down, not a verdict on the request: wait and ask again.
    for (let attempt = 0; exchange.status === 429 && attempt < max429Retries; attempt++) {
      await sleep(retryAfterMs(exchange.headers['retry-after'], attempt), request.signal);
      if (request.signal?.aborted) break;
      exchange = await sendOnce(request);
    }
    return exchange;
  }

  async function sendOnce(request: HttpRequest): Promise<Exchange> {
    if (!request.path.startsWith('/')) throw new Error(`request path must start with /: ${request.path}`);
    const url = `${base.origin}${prefix}${request.path}`;
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json', ...fixedHeaders };
    for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
    const recordRequest: ExchangeRecord['request'] = {
      method: request.method,
      url: redactText(url, secrets),
      headers: redactHeaders(headers, secrets),
      ...(request.body === undefined ? {} : { body: redactText(request.body, secrets) }),
    };
    const startedAt = new Date();
    const started = performance.now();
    const finish = (part: Omit<Exchange, 'record' | 'curl' | 'headers' | 'text' | 'hasJson'> & Partial<Exchange>): Exchange => {
      const text = part.text ?? '';
      const responseHeaders = part.headers ?? {};
      const record: ExchangeRecord = {
        request: recordRequest,
        ...(part.status === undefined
          ? {}
          : {
              response: (() => {
                const { body, truncated } = cut(redactText(text, secrets));
                return { status: part.status, headers: redactHeaders(responseHeaders, secrets), body, bodyTruncated: truncated };
              })(),
            }),
        ...(part.error ? { error: redactText(part.error, secrets) } : {}),
        startedAt: startedAt.toISOString(),
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      };
      const exchange: Exchange = { hasJson: false, ...part, headers: responseHeaders, text, record, curl: curlLine(recordRequest) };
      options.onExchange?.(exchange);
      return exchange;
    };

    if (options.readOnly && request.method !== 'GET') {
      return finish({ error: `not sent: ${request.method} is not allowed under --read-only` });
    }
    await pace(request.signal);
    if (request.signal?.aborted) return finish({ error: `not sent: ${reasonOf(request.signal)}` });
    requests++;
    let status: number | undefined;
    try {
      let response: Awaited<ReturnType<typeof pool.request>>;
      try {
        response = await requestOnce(request, headers);
      } catch (error) {
        const idempotent = request.method === 'GET' || request.method === 'HEAD';
        if (!idempotent || !closedBeforeAnswer(error) || request.signal?.aborted) throw error;
        await pace(request.signal);
        requests++;
        response = await requestOnce(request, headers, true);
      }
      status = response.statusCode;
      const responseHeaders: Record<string, string> = {};
      for (const [name, value] of Object.entries(response.headers)) {
        if (value !== undefined) responseHeaders[name.toLowerCase()] = redactText(Array.isArray(value) ? value.join(', ') : value, secrets);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      // A declared length over the cap is refused before a byte of it is read.
      let overCap = Number(responseHeaders['content-length']) > maxBodyBytes;
      if (overCap) response.body.on('error', () => undefined).destroy(); // undici reports the destroy as an error: expected here
      if (!overCap) {
        for await (const chunk of response.body) {
          size += (chunk as Buffer).length;
          if (size > maxBodyBytes) {
            overCap = true;
            response.body.destroy();
            break;
          }
          chunks.push(chunk as Buffer);
        }
      }
      // A token the target echoes back is gone before any check sees the answer: no excerpt of it can quote half a secret.
      const text = redactText(Buffer.concat(chunks).toString('utf8'), secrets);
      const mediaType = mediaTypeOf(responseHeaders['content-type']);
      let json: unknown;
      let hasJson = false;
      let jsonError: string | undefined;
      if (!overCap && text.trim() !== '') {
        try {
          json = JSON.parse(text);
          hasJson = true;
        } catch (error) {
          jsonError = error instanceof Error ? error.message : String(error);
        }
      }
      return finish({
        status: response.statusCode,
        headers: responseHeaders,
        mediaType,
        text,
        json,
        hasJson,
        jsonError,
        ...(overCap ? { error: `response body over ${maxBodyBytes} bytes: cut off` } : {}),
      });
    } catch (error) {
      const partial = status === undefined ? {} : { partialStatus: status };
      if (request.signal?.aborted) {
        return finish({ error: `${status === undefined ? '' : `${status}, then `}cut off: ${reasonOf(request.signal)}`, ...partial });
      }
      return finish({ error: describeError(error, options.timeoutMs, status), ...partial });
    }
  }

  /** `fresh`: on a new connection of its own, closed after the answer (any pooled one may be the next the target hangs up). */
  function requestOnce(request: HttpRequest, headers: Record<string, string>, fresh = false) {
    // One deadline for the whole exchange, headers and body; a stop signal cuts it short.
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const dispatcher = fresh ? new Client(base.origin) : pool;
    const response = dispatcher.request({
      path: `${prefix}${request.path}`,
      method: request.method as 'GET',
      headers,
      body: request.body,
      signal: request.signal ? AbortSignal.any([timeout, request.signal]) : timeout,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
    // Ends once this one request has: it takes no other.
    if (dispatcher !== pool) void dispatcher.close().catch(() => undefined);
    return response;
  }

  return {
    send,
    get requests() {
      return requests;
    },
    baseUrl: `${base.origin}${prefix}`,
    async close() {
      await pool.destroy();
    },
  };
}

/** How long to wait after a 429: its Retry-After (seconds or a date), capped at 10 s; else a short backoff. */
function retryAfterMs(header: string | undefined, attempt: number, now = Date.now()): number {
  const cap = 10_000;
  if (header !== undefined) {
    const seconds = /^\s*(\d+)\s*$/.exec(header)?.[1];
    if (seconds !== undefined) return Math.min(cap, Number(seconds) * 1000);
    const date = Date.parse(header);
    if (!Number.isNaN(date)) return Math.min(cap, Math.max(0, date - now));
  }
  return Math.min(cap, 250 * 2 ** attempt);
}

/** Spaces request starts at least 1/rate seconds apart; a no-op without a rate. */
function createPacer(rate: number | undefined): (signal?: AbortSignal) => Promise<void> {
  if (!rate) return async () => {};
  const interval = 1000 / rate;
  let nextStart = 0;
  return async (signal) => {
    const now = performance.now();
    const start = Math.max(now, nextStart);
    nextStart = start + interval;
    if (start > now) await sleep(start - now, signal);
  };
}
