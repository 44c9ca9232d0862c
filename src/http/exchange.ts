import type { ExchangeRecord } from '../report/report-model.js';

/** One request and its response, parsed for checks. Transport failures are data here, not exceptions. */
export interface Exchange {
  /** The operation of the spec this request exercised, when it was sent for one. */
  operationId?: string;
  record: ExchangeRecord;
  /** Absent when no response came. */
  status?: number;
  /** The status of a response whose body then broke off (stalled, reset, cut off); `status` is then absent and `error` says how. */
  partialStatus?: number;
  /** Response headers, names lower case. */
  headers: Record<string, string>;
  /** The response's media type essence (`application/json`), if any. */
  mediaType?: string;
  /** The response body as text (whole, up to the body cap). */
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
