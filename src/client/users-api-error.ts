import type { FieldError, ProblemDocument } from './types.js';

/**
 * What went wrong, so callers can branch without comparing numbers:
 * the four documented error codes, any other status, and the failures
 * that have no status at all.
 */
export type UsersApiErrorKind =
  | 'bad-request' // 400
  | 'not-found' // 404
  | 'conflict' // 409: the e-mail is taken
  | 'invalid' // 422, or the client's own check before sending
  | 'unexpected-status' // any other non-2xx status
  | 'bad-response' // a 2xx whose body is not a JSON object
  | 'timeout' // no complete answer within timeoutMs
  | 'network'; // connection refused, reset, DNS...

const kindByStatus: Record<number, UsersApiErrorKind> = { 400: 'bad-request', 404: 'not-found', 409: 'conflict', 422: 'invalid' };

export interface UsersApiErrorInit {
  kind?: UsersApiErrorKind;
  status?: number;
  problem?: ProblemDocument;
  /** True when the client refused to send the request (its own validation). */
  clientSide?: boolean;
  cause?: unknown;
}

/** The one error the Users API client throws. */
export class UsersApiError extends Error {
  override name = 'UsersApiError';
  readonly kind: UsersApiErrorKind;
  /** The HTTP status; undefined for timeouts and network errors. */
  readonly status: number | undefined;
  /** The error body when it was a JSON object; built by the client for its own 422s. */
  readonly problem: ProblemDocument | undefined;
  readonly clientSide: boolean;

  constructor(message: string, init: UsersApiErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.kind = init.kind ?? (init.status === undefined ? 'network' : (kindByStatus[init.status] ?? 'unexpected-status'));
    this.problem = init.problem;
    this.clientSide = init.clientSide ?? false;
  }

  /** The offending fields of a 422, when the body named them (it need not). */
  get fieldErrors(): FieldError[] {
    const errors = this.problem?.errors;
    return Array.isArray(errors) ? errors.filter(isFieldError) : [];
  }
}

function isFieldError(value: unknown): value is FieldError {
  const item = value as Partial<FieldError> | null;
  return typeof item === 'object' && item !== null && typeof item.field === 'string' && typeof item.message === 'string';
}
