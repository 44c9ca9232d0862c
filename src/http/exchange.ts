/** One HTTP request and what came back, as recorded for reports (secrets already redacted, the body an excerpt). */
export interface ExchangeRecord {
  request: {
    method: string;
    url: string;
    headers: Record<string, string>;
    body?: string;
  };
  /** Absent when no response came (connection refused, timeout, reset). */
  response?: {
    status: number;
    headers: Record<string, string>;
    /**
     * The start of the body as text, fit for any report or log: control characters and bytes
     * that are not UTF-8 escaped (`\x00`, `\x1b`, `\xff`), cut to a few tens of KiB.
     */
    body: string;
    /** The excerpt is not the whole body. */
    bodyTruncated: boolean;
    /** Bytes of the body received (decoded, if it came compressed); a body cut off at the cap was longer. */
    bodyBytes?: number;
    /** The body is not text: it holds NUL or bytes that are not UTF-8. */
    bodyBinary?: boolean;
  };
  /** What went wrong at the transport level, one line. */
  error?: string;
  startedAt: string;
  durationMs: number;
}

/** One request and its response, parsed for checks. Transport failures are data here, not exceptions. */
export interface Exchange {
  /** The operation of the spec this request exercised, when it was sent for one. */
  operationId?: string;
  /** The request as sent (secrets redacted): what a verdict names without making the whole record. */
  request: ExchangeRecord['request'];
  /** From sending to the last body byte (or the failure), in ms. */
  durationMs: number;
  /** Made when first read: most exchanges pass and are never reported. */
  record: ExchangeRecord;
  /** Absent when no response came, or its body could not be taken whole. */
  status?: number;
  /**
   * The status of a response whose body could not be taken whole (stalled, reset, over the
   * body cap, in a coding that does not decode); `status` is then absent and `error` says how.
   */
  partialStatus?: number;
  /** The target sent more header bytes than the client takes: it answered, but with no usable response. */
  headersOverflowed?: boolean;
  /** Response headers, names lower case. */
  headers: Record<string, string>;
  /** The response's media type essence (`application/json`), if any. */
  mediaType?: string;
  /** The whole response body as text (UTF-8, secrets redacted), for judging; empty when it could not be taken whole. */
  text: string;
  /** The parsed body, when it parsed as JSON. */
  json?: unknown;
  hasJson: boolean;
  /** Why a non-empty body did not parse as JSON. */
  jsonError?: string;
  /** A transport failure, one line (refused, timeout, reset, body over the cap, blocked). */
  error?: string;
  curl: string;
}

/** The target answered something, however broken: a status line, or more headers than the client takes. Not a target that is unreachable. */
export function targetAnswered(exchange: Exchange): boolean {
  return exchange.status !== undefined || exchange.partialStatus !== undefined || exchange.headersOverflowed === true;
}

/**
 * The request's target is a URI (RFC 3986): every `%` in it starts an escape of two hex digits.
 * A target that is not (the suite sends `/v1/users/%zz` to see it does no harm) names no
 * operation: an HTTP server may refuse it before any application sees it (RFC 9112 asks a 400;
 * Go's net/http answers a plain-text one), so the rules on an operation's answers do not apply.
 */
export function targetIsUri(exchange: Exchange): boolean {
  return !/%(?![0-9A-Fa-f]{2})/.test(exchange.request.url);
}
