import { setTimeout as sleep } from 'node:timers/promises';
import { Pool, errors as undiciErrors } from 'undici';
import { findInputErrors } from './find-input-errors.js';
import { retryDelay } from './retry-delay.js';
import type { CreatedUser, CreateUserInput, ListUsersQuery, ProblemDocument, UpdatedUser, UpdateUserInput, User, UserPage } from './types.js';
import { UsersApiError } from './users-api-error.js';
import { isPlainObject, isSuccess } from '../util/values.js';

export interface UsersClientOptions {
  /** Where the API lives, without `/v1` (e.g. `https://api.example.com`); a path prefix is kept. */
  baseUrl: string;
  /** Sent with every request, e.g. `{ authorization: 'Bearer …' }`. */
  headers?: Record<string, string>;
  /** Per attempt, from sending to the last body byte. Default 10 000. */
  timeoutMs?: number;
  /** Retries of a GET after a network error, a timeout, 429 or 503. Default 2. POST and PATCH are never retried. */
  retries?: number;
  /** First backoff ceiling; doubles each retry. Default 200. */
  retryBaseDelayMs?: number;
  /** No wait is longer; a `Retry-After` asking for more ends the retries. Default 10 000. */
  maxRetryDelayMs?: number;
}

export interface UsersClient {
  users: {
    /** POST /v1/users. Checks e-mail, phone and date first: a bad one throws a client-side 422 and sends nothing. */
    create(input: CreateUserInput): Promise<CreatedUser>;
    /** GET /v1/users/{userId}. */
    get(userId: string): Promise<User>;
    /** PATCH /v1/users/{userId}. Checks the patch like `create` does. */
    update(userId: string, patch: UpdateUserInput): Promise<UpdatedUser>;
    /** GET /v1/users; parameters left out take the server's defaults. */
    list(query?: ListUsersQuery): Promise<UserPage>;
  };
  /** Closes the connections. */
  close(): Promise<void>;
}

type Method = 'GET' | 'POST' | 'PATCH';
type Outcome = { status: number; headers: Record<string, string | string[] | undefined>; text: string } | { error: UsersApiError };

const reasons: Record<number, string> = { 400: 'Bad Request', 404: 'Not Found', 409: 'Conflict', 422: 'Unprocessable Entity', 429: 'Too Many Requests', 503: 'Service Unavailable' };

function parseBaseUrl(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`baseUrl is not a URL: ${baseUrl}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`baseUrl must be http or https: ${baseUrl}`);
  return url;
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function isJsonContentType(value: string | undefined): boolean {
  const essence = value?.split(';')[0].trim().toLowerCase() ?? '';
  return essence === 'application/json' || /^application\/[^/]+\+json$/.test(essence);
}

function parseJsonObject(text: string, contentType: string | undefined): Record<string, unknown> | undefined {
  if (!isJsonContentType(contentType)) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isPlainObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function describeTransportError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (error as { code?: string }).code;
  const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return code && !message.includes(code) ? `${code} ${message}` : message;
}

/**
 * A typed client of the Users API over an undici Pool: typed results, one
 * typed error, retries of GET only, a deadline per attempt, and the docs'
 * client-side checks of e-mail, phone and date.
 */
export function createUsersClient(options: UsersClientOptions): UsersClient {
  const base = parseBaseUrl(options.baseUrl);
  const prefix = base.pathname.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = Math.max(0, options.retries ?? 2);
  const baseDelayMs = options.retryBaseDelayMs ?? 200;
  const maxDelayMs = options.maxRetryDelayMs ?? 10_000;
  const fixedHeaders = Object.fromEntries(Object.entries(options.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
  const pool = new Pool(base.origin, { connections: 8 });

  async function attempt(method: Method, path: string, body: string | undefined): Promise<Outcome> {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json', ...fixedHeaders };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = await pool.request({ method, path: prefix + path, headers, body, signal, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
      const text = await response.body.text();
      return { status: response.statusCode, headers: response.headers, text };
    } catch (error) {
      const timedOut = signal.aborted || error instanceof undiciErrors.HeadersTimeoutError || error instanceof undiciErrors.BodyTimeoutError;
      const message = timedOut ? `no complete answer within ${timeoutMs} ms` : describeTransportError(error);
      return { error: new UsersApiError(`${method} ${path}: ${message}`, { kind: timedOut ? 'timeout' : 'network', cause: error }) };
    }
  }

  async function send(method: Method, path: string, payload?: unknown): Promise<Record<string, unknown>> {
    const body = payload === undefined ? undefined : JSON.stringify(payload);
    for (let retry = 0; ; retry++) {
      const outcome = await attempt(method, path, body);
      const retryable = 'error' in outcome || outcome.status === 429 || outcome.status === 503;
      // Only GET is safe to repeat: a POST or PATCH that timed out may have been applied.
      if (retryable && method === 'GET' && retry < retries) {
        const retryAfter = 'error' in outcome ? undefined : firstHeader(outcome.headers['retry-after']);
        const delay = retryDelay({ attempt: retry, retryAfter, baseDelayMs, maxDelayMs });
        if (delay !== undefined) {
          await sleep(delay);
          continue;
        }
      }
      if ('error' in outcome) throw outcome.error;
      const contentType = firstHeader(outcome.headers['content-type']);
      const json = parseJsonObject(outcome.text, contentType);
      if (isSuccess(outcome.status)) {
        if (json) return json;
        throw new UsersApiError(`${method} ${path}: ${outcome.status} without a JSON object body (content type ${contentType ?? 'none'})`, {
          kind: 'bad-response',
          status: outcome.status,
        });
      }
      const problem = json as ProblemDocument | undefined;
      const detail = typeof problem?.detail === 'string' ? `: ${problem.detail}` : typeof problem?.title === 'string' ? `: ${problem.title}` : '';
      const reason = reasons[outcome.status] ? ` ${reasons[outcome.status]}` : '';
      throw new UsersApiError(`${method} ${path}: ${outcome.status}${reason}${detail}`, {
        status: outcome.status,
        problem,
      });
    }
  }

  function checked(operation: 'createUser' | 'updateUser', input: unknown): void {
    const errors = findInputErrors(operation, input);
    if (errors.length === 0) return;
    const list = errors.map((e) => `${e.field || '(body)'} ${e.message}`).join('; ');
    throw new UsersApiError(`not sent: ${list}`, {
      status: 422,
      clientSide: true,
      // Shaped like a server's 422 so callers handle both the same way.
      problem: { title: 'Unprocessable Entity', status: 422, detail: 'rejected by the client before sending', errors },
    });
  }

  const userPath = (userId: string): string => `/v1/users/${encodeURIComponent(userId)}`;

  // Success bodies are taken as the spec's shapes (a tolerant reader: extra
  // fields are allowed); checking them is the conformance suite's job.

  return {
    users: {
      async create(input) {
        checked('createUser', input);
        return (await send('POST', '/v1/users', input)) as unknown as CreatedUser;
      },
      async get(userId) {
        return (await send('GET', userPath(userId))) as unknown as User;
      },
      async update(userId, patch) {
        checked('updateUser', patch);
        return (await send('PATCH', userPath(userId), patch)) as unknown as UpdatedUser;
      },
      async list(query = {}) {
        const params = new URLSearchParams();
        for (const name of ['status', 'limit', 'offset'] as const) {
          const value = query[name];
          if (value !== undefined) params.set(name, String(value));
        }
        const search = params.size > 0 ? `?${params.toString()}` : '';
        return (await send('GET', `/v1/users${search}`)) as unknown as UserPage;
      },
    },
    close: () => pool.close(),
  };
}
