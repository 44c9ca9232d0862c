import { Readable } from 'node:stream';
import { errors as undiciErrors, type Dispatcher } from 'undici';
import { createBodyBudget, excerptBytes, formatBytes, quoteBody, readBody, type BodyRead } from './body.js';
import { curlLine } from './curl-line.js';
import type { Exchange, ExchangeRecord } from './exchange.js';
import { mediaTypeOf } from './media-type.js';
import { createDispatcher, describeTlsFailure, tlsConnectOptions, type DispatcherOptions, type ProxySettings, type TlsSettings } from './network.js';
import { parseBaseUrl } from './parse-base-url.js';
import { redactHeaders, redactText, secretValuesOf } from './redact.js';
import { createDeadline, sleep } from './timers.js';

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
  /** For an https target: the CAs to trust, --insecure, the client certificate. */
  tls?: TlsSettings;
  /** NODE_EXTRA_CA_CERTS' certificates (PEM), trusted beside `tls.ca` (a CA given replaces Node's store). */
  extraCaCerts?: string;
  /** A forward proxy to reach the target through (a hop: requests still name the target's origin). */
  proxy?: ProxySettings;
}

export interface HttpRequest {
  method: string;
  /** Path and query under the base URL, starting with `/`. */
  path: string;
  headers?: Record<string, string>;
  /** Sent as is. */
  body?: string;
  /** The body sent with `Transfer-Encoding: chunked` and no `Content-Length`, as a streaming client sends it. */
  chunked?: boolean;
  /** Aborted: not sent if not yet, cut off if in flight, waits (429, rate limit) end; the exchange carries the error. */
  signal?: AbortSignal;
  /**
   * On a connection of its own, closed after the answer, not queued behind the pool's: requests a
   * check sends at once to race each other reach the target at once, however busy the pool is.
   */
  ownConnection?: boolean;
}

export interface HttpClient {
  send(request: HttpRequest): Promise<Exchange>;
  /** Requests sent so far. */
  readonly requests: number;
  readonly baseUrl: string;
  close(): Promise<void>;
}

const defaultMaxBodyBytes = 16 * 1024 * 1024;
/** The size of each chunk of a body sent chunked. */
const sentChunkBytes = 64 * 1024;

/** A body as a stream of chunks: undici sends a body of unknown length with `Transfer-Encoding: chunked`. */
function chunksOf(body: string): Readable {
  const bytes = Buffer.from(body, 'utf8');
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += sentChunkBytes) chunks.push(bytes.subarray(at, at + sentChunkBytes));
  return Readable.from(chunks, { objectMode: false });
}
/** Response header bytes taken: a target that sends more is named for it. */
const maxHeaderBytes = 64 * 1024;
/**
 * Every body buffers its first MiB freely; one at a time may go on to the body cap (a body of
 * this API over 1 MiB is rare: a 1000-user page is ~300 KiB). Bodies in flight then hold at
 * most `defaultConnections` × 1 MiB + 16 MiB. A second slot cost ~20 MB of peak RSS against a gzip
 * bomb and gained no time on 2 cores.
 */
const bodyFreeBytes = 1024 * 1024;
/**
 * Connections to the target at most. A remote target is bound by round trips, not by its
 * CPU: at 55 ms a round trip, 16 connections held a default run's ~2,000 requests to ~9.5 s
 * and 64 to ~7 s (docs/benchmarks.md, section 7); on loopback the run never opens that many.
 */
const defaultConnections = 64;
const largeBodiesAtOnce = 1;

/** What a record keeps of a response. */
interface BodyExcerptSource {
  status: number;
  headers: Record<string, string>;
  read: BodyRead;
}

/** The record's response: an escaped excerpt of the body's head, redacted before it is cut, so a secret across the cut is gone whole, never half quoted. */
function recordResponse({ status, headers, read }: BodyExcerptSource, secrets: readonly string[]): NonNullable<ExchangeRecord['response']> {
  const quoted = quoteBody(read.head, read.head.length);
  const text = redactText(quoted.text, secrets);
  const body = text.length > excerptBytes ? text.slice(0, excerptBytes) : text;
  return {
    status,
    headers: redactHeaders(headers, secrets),
    body,
    bodyTruncated: quoted.truncated || body.length < text.length || read.bytes > read.head.length,
    bodyBytes: read.bytes,
    ...(quoted.binary ? { bodyBinary: true } : {}),
  };
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
  const tls = status === undefined ? tlsFailureOf(error) : undefined;
  if (tls !== undefined) return tls;
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

/** The error (or its cause) as a named TLS failure, if it is one. */
function tlsFailureOf(error: unknown): string | undefined {
  for (const e of [error, (error as { cause?: unknown }).cause]) {
    if (!(e instanceof Error)) continue;
    const code: unknown = (e as { code?: unknown }).code;
    const described = typeof code === 'string' ? describeTlsFailure(code, e.message.split('\n')[0]) : undefined;
    if (described !== undefined) return described;
  }
  return undefined;
}

/** The connection closed before any answer: on a reused keep-alive connection a GET is safely sent again (RFC 9112, 9.3.1). */
function closedBeforeAnswer(error: unknown): boolean {
  const codes = [(error as { code?: string }).code, (error as { cause?: { code?: string } }).cause?.code];
  return codes.some((c) => c === 'UND_ERR_SOCKET' || c === 'ECONNRESET' || c === 'EPIPE');
}

/**
 * The suite's HTTP layer: one undici Pool to the target's origin (or a proxy agent, the proxy a hop), a deadline
 * per request, a cap on body size, no redirect followed, every exchange
 * recorded with secrets redacted.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const base = parseBaseUrl(options.baseUrl);
  const prefix = base.pathname.replace(/\/+$/, '');
  // The last TLS alert a socket to the target got: undici reports a refused client certificate as a plain close.
  let tlsAlert: Error | undefined;
  const dispatcherOptions: DispatcherOptions = {
    onTlsError: (error) => {
      tlsAlert = error;
    },
    origin: base.origin,
    connections: options.connections ?? defaultConnections,
    maxHeaderSize: maxHeaderBytes,
    connect: base.protocol === 'https:' ? tlsConnectOptions(options.tls, options.extraCaCerts) : {},
    ...(options.proxy ? { proxy: options.proxy } : {}),
  };
  const pool = createDispatcher(dispatcherOptions);
  const fixedHeaders = Object.fromEntries(Object.entries(options.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const secrets = secretValuesOf(fixedHeaders);
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;
  const bodyBudget = createBodyBudget(bodyFreeBytes, largeBodiesAtOnce);
  // The excerpt's head runs on past its cut by the longest secret, which redaction then removes whole.
  const excerptHeadBytes = excerptBytes + (secrets[0]?.length ?? 0);
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
    // undici frames a streamed body itself and refuses the header: it is only recorded (curl sends chunked on seeing it).
    const sentHeaders = request.chunked && request.body !== undefined ? { ...headers, 'transfer-encoding': 'chunked' } : headers;
    const recordRequest: ExchangeRecord['request'] = {
      method: request.method,
      url: redactText(url, secrets),
      headers: redactHeaders(sentHeaders, secrets),
      ...(request.body === undefined ? {} : { body: redactText(request.body, secrets) }),
    };
    const startedAt = new Date();
    const started = performance.now();
    const finish = (part: Omit<Exchange, 'record' | 'curl' | 'headers' | 'text' | 'hasJson' | 'request' | 'durationMs'> & Partial<Exchange> & { excerpt?: BodyExcerptSource }): Exchange => {
      const { excerpt, ...fields } = part;
      const durationMs = Math.round((performance.now() - started) * 10) / 10;
      // The record and the curl line are made when first read: most exchanges pass and are never
      // reported, and quoting, redacting and escaping every body took ~5 % of a run's CPU.
      let record: ExchangeRecord | undefined;
      let curl: string | undefined;
      const exchange: Exchange = {
        hasJson: false,
        text: '',
        headers: {},
        ...fields,
        request: recordRequest,
        durationMs,
        get record() {
          record ??= {
            request: recordRequest,
            ...(excerpt === undefined ? {} : { response: recordResponse(excerpt, secrets) }),
            ...(part.error ? { error: redactText(part.error, secrets) } : {}),
            startedAt: startedAt.toISOString(),
            durationMs,
          };
          return record;
        },
        get curl() {
          curl ??= curlLine(recordRequest);
          return curl;
        },
      };
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
    // One deadline for the whole exchange, headers and body; a stop signal cuts it short.
    let deadline = createDeadline(options.timeoutMs, request.signal);
    try {
      let response: Dispatcher.ResponseData;
      try {
        response = await requestOnce(request, headers, deadline.signal, request.ownConnection === true);
      } catch (error) {
        const idempotent = request.method === 'GET' || request.method === 'HEAD';
        if (!idempotent || !closedBeforeAnswer(error) || request.signal?.aborted) throw error;
        await pace(request.signal);
        requests++;
        deadline.clear();
        deadline = createDeadline(options.timeoutMs, request.signal);
        response = await requestOnce(request, headers, deadline.signal, true);
      }
      status = response.statusCode;
      const responseHeaders: Record<string, string> = {};
      for (const [name, value] of Object.entries(response.headers)) {
        if (value !== undefined) responseHeaders[name.toLowerCase()] = redactText(Array.isArray(value) ? value.join(', ') : value, secrets);
      }
      const read = await readBody(response.body, {
        maxBytes: maxBodyBytes,
        headBytes: excerptHeadBytes,
        budget: bodyBudget,
        deadline,
        ...(responseHeaders['content-encoding'] === undefined ? {} : { contentEncoding: responseHeaders['content-encoding'] }),
        ...(responseHeaders['content-length'] === undefined ? {} : { contentLength: responseHeaders['content-length'] }),
      });
      const mediaType = mediaTypeOf(responseHeaders['content-type']);
      const excerpt = { status, headers: responseHeaders, read };
      // A body not taken whole is judged by nobody: the status becomes partial, as for a body that broke off.
      if (read.text === undefined) return finish({ partialStatus: status, headers: responseHeaders, mediaType, error: `${status}, ${read.problem}`, excerpt });
      // A token the target echoes back is gone before any check sees the answer: no excerpt of it can quote half a secret.
      const text = redactText(read.text, secrets);
      let json: unknown;
      let hasJson = false;
      let jsonError: string | undefined;
      if (text.trim() !== '') {
        try {
          json = JSON.parse(text);
          hasJson = true;
        } catch (error) {
          jsonError = error instanceof Error ? error.message : String(error);
        }
      }
      return finish({ status, headers: responseHeaders, mediaType, text, json, hasJson, jsonError, excerpt });
    } catch (error) {
      if (error instanceof undiciErrors.HeadersOverflowError) {
        // It answered, just too much: a target to name for what it did, not one to call unreachable.
        return finish({ error: `over ${formatBytes(maxHeaderBytes)} of headers: not read`, headersOverflowed: true });
      }
      const partial = status === undefined ? {} : { partialStatus: status };
      if (request.signal?.aborted) {
        return finish({ error: `${status === undefined ? '' : `${status}, then `}cut off: ${reasonOf(request.signal)}`, ...partial });
      }
      const alert = status === undefined && closedBeforeAnswer(error) ? tlsAlert : undefined;
      tlsAlert = undefined;
      return finish({ error: describeError(alert ?? error, options.timeoutMs, status), ...partial });
    } finally {
      deadline.clear();
    }
  }

  /** `fresh`: on a new connection of its own, closed after the answer (any pooled one may be the next the target hangs up). */
  function requestOnce(request: HttpRequest, headers: Record<string, string>, signal: AbortSignal, fresh = false) {
    const dispatcher = fresh ? createDispatcher(dispatcherOptions, true) : pool;
    const response = dispatcher.request({
      // Always the target's origin: a proxy is a hop, never a destination.
      origin: base.origin,
      path: `${prefix}${request.path}`,
      method: request.method as 'GET',
      headers,
      body: request.chunked && request.body !== undefined ? chunksOf(request.body) : request.body,
      signal,
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
