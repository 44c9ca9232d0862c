import fc from 'fast-check';
import type { Exchange } from '../http/exchange.js';
import type { HttpClient } from '../http/http-client.js';
import { HttpFailure } from '../http/http-failure.js';
import { isJsonMediaType } from '../http/media-type.js';
import type { Finding } from '../report/report-model.js';
import type { Spec } from '../spec/load-spec.js';
import type { Validators } from '../validate/validators.js';
import { RunStopped } from './run-stopped.js';

export interface OperationInput {
  pathParams?: Record<string, string>;
  /** Pairs, so that empty and repeated values can be sent as they are. */
  query?: Record<string, string> | Array<[string, string]>;
  /** Serialized as JSON. */
  body?: unknown;
  /** Sent byte for byte instead of `body`. */
  rawBody?: string;
  /** Defaults to `application/json` when a body is sent; `null` sends none. */
  contentType?: string | null;
}

/** A property's verdict on one generated case: a violation, or nothing when the case passed. */
export interface Violation {
  message: string;
  exchange?: Exchange;
}

export interface CreatedUser {
  userId: string;
  /** What was sent. */
  sent: Record<string, unknown>;
  /** The 201 body. */
  body: Record<string, unknown>;
  exchange: Exchange;
}

export interface CheckContext {
  readonly spec: Spec;
  readonly validators: Validators;
  readonly runId: string;
  /** The run's seed (what `--seed` replays). */
  readonly seed: number;
  /** Generated cases per property. */
  readonly runs: number;
  readonly readOnly: boolean;
  /** Sends a request for an operation of the spec; every rule that watches all responses sees it. */
  send(operationId: string, input?: OperationInput): Promise<Exchange>;
  /** A fresh e-mail under example.com carrying the run id. */
  email(): string;
  /** A fresh domain under example.com carrying the run id, for generated local parts. */
  emailDomain(): string;
  /** A valid create body (the docs' example with a fresh e-mail), with overrides. */
  validCreateBody(overrides?: Record<string, unknown>): Record<string, unknown>;
  /** Creates a user, or ends the check as errored when the target cannot. */
  createUser(overrides?: Record<string, unknown>): Promise<CreatedUser>;
  /** Reads a user, or ends the check as errored when the target cannot. */
  readUser(userId: string): Promise<{ user: Record<string, unknown>; exchange: Exchange }>;
  finding(message: string, exchange?: Exchange, extra?: Partial<Finding>): Finding;
  /** A finding when the status is not one of `allowed`. */
  expectStatus(exchange: Exchange, allowed: readonly number[], what: string): Finding[];
  /**
   * Runs a fast-check property against the target: `runs` cases from the
   * requirement's seed, shrinking a failure to its smallest case.
   */
  property<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<Violation | undefined>, options?: { runs?: number; examples?: T[] }): Promise<Finding[]>;
}

export interface ContextDeps {
  spec: Spec;
  validators: Validators;
  http: HttpClient;
  runId: string;
  runSeed: number;
  /** This requirement's own seed, derived from the run seed and its id. */
  requirementSeed: number;
  /** Short tag of the requirement, unique within the run, for e-mails. */
  tag: string;
  runs: number;
  readOnly: boolean;
  observe(exchange: Exchange): void;
  /** Counts this requirement's requests. */
  onRequest(): void;
  /** Aborted (with the reason) when the run stops: no request is sent any more. */
  stop?: AbortSignal;
  /** Aborted a little after `stop`: requests still in flight are cut off. */
  cut?: AbortSignal;
  /** Told when the stop ended this check (a request refused or cut off). */
  onStopped?(reason: string): void;
}

/** Requests in a row that get no answer before a check is given up as errored: a dead target costs a few timeouts, not hundreds. */
const noAnswerLimit = 3;

function buildPath(template: string, params: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`path parameter ${name} missing for ${template}`);
    return encodeURIComponent(value);
  });
}

function buildQuery(query: OperationInput['query']): string {
  if (!query) return '';
  const pairs = Array.isArray(query) ? query : Object.entries(query);
  if (pairs.length === 0) return '';
  return `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
}

/** What the target answered, one line: status, where a redirect points, a content type that is not JSON, the start of the body; or what went wrong. */
export function describeResponse(exchange: Exchange): string {
  if (exchange.status === undefined) return exchange.error ?? 'no answer';
  if (exchange.error) return `${exchange.status}, ${exchange.error}`;
  const location = exchange.status >= 300 && exchange.status < 400 && exchange.headers.location ? ` redirecting to ${exchange.headers.location}` : '';
  const type =
    exchange.text === '' ? '' : !isJsonMediaType(exchange.mediaType) ? ` (${exchange.headers['content-type'] ?? 'no content type'})` : exchange.hasJson ? '' : ` (invalid JSON: ${exchange.jsonError})`;
  const body = exchange.text.length > 160 ? `${exchange.text.slice(0, 160)}…` : exchange.text;
  return `${exchange.status}${location}${type}${body ? ` ${body.replace(/\s+/g, ' ')}` : ''}`;
}

/** The body as a plain object, if it is one. */
export function objectBody(exchange: Exchange): Record<string, unknown> | undefined {
  const json = exchange.json;
  return exchange.hasJson && typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
}

export function createCheckContext(deps: ContextDeps): CheckContext {
  let emails = 0;
  let noAnswerInRow = 0;
  const stopped = (): never => {
    const reason = typeof deps.stop?.reason === 'string' ? deps.stop.reason : 'the run was stopped';
    deps.onStopped?.(reason);
    throw new RunStopped(reason);
  };
  const docsExample = (deps.spec.operation('createUser').requestBody?.examples?.docs?.value ?? {}) as Record<string, unknown>;

  const ctx: CheckContext = {
    spec: deps.spec,
    validators: deps.validators,
    runId: deps.runId,
    seed: deps.runSeed,
    runs: deps.runs,
    readOnly: deps.readOnly,

    async send(operationId, input = {}) {
      const operation = deps.spec.operation(operationId);
      const path = buildPath(operation.path, input.pathParams) + buildQuery(input.query);
      const body = input.rawBody ?? (input.body === undefined ? undefined : JSON.stringify(input.body));
      const headers: Record<string, string> = {};
      const contentType = input.contentType === undefined ? (body === undefined ? null : 'application/json') : input.contentType;
      if (contentType !== null) headers['content-type'] = contentType;
      if (deps.stop?.aborted) stopped();
      deps.onRequest();
      const exchange = await deps.http.send({ method: operation.method, path, headers, body, ...(deps.cut ? { signal: deps.cut } : {}) });
      exchange.operationId = operationId;
      // Cut off by the stop, not by the target: no evidence either way.
      if (deps.stop?.aborted && exchange.status === undefined) stopped();
      deps.observe(exchange);
      noAnswerInRow = exchange.status === undefined ? noAnswerInRow + 1 : 0;
      if (noAnswerInRow >= noAnswerLimit) {
        throw new HttpFailure(`${operation.method} ${path}: ${exchange.error} (${noAnswerLimit} requests in a row got no answer; the check gave up)`, exchange);
      }
      return exchange;
    },

    email() {
      emails++;
      return `conform.${deps.runId}.${deps.tag}.${emails}@example.com`;
    },

    emailDomain() {
      emails++;
      return `r${deps.runId}${deps.tag}n${emails}.example.com`;
    },

    validCreateBody(overrides = {}) {
      return { ...docsExample, email: ctx.email(), ...overrides };
    },

    async createUser(overrides = {}) {
      const sent = ctx.validCreateBody(overrides);
      const exchange = await ctx.send('createUser', { body: sent });
      const body = objectBody(exchange);
      // Any 2xx with an id will do for set-up: CREATE-SUCCESS judges the status, and the checks that build on a user still run.
      const succeeded = exchange.status !== undefined && exchange.status >= 200 && exchange.status < 300;
      if (!succeeded || typeof body?.userId !== 'string') {
        throw new HttpFailure(`could not create a user to test with: POST /v1/users answered ${describeResponse(exchange)}`, exchange);
      }
      return { userId: body.userId, sent, body, exchange };
    },

    async readUser(userId) {
      const exchange = await ctx.send('getUser', { pathParams: { userId } });
      const user = objectBody(exchange);
      if (exchange.status !== 200 || !user) {
        throw new HttpFailure(`could not read user ${userId}: GET answered ${describeResponse(exchange)}`, exchange);
      }
      return { user, exchange };
    },

    finding(message, exchange, extra = {}) {
      return { message, ...(exchange ? { curl: exchange.curl, exchange: exchange.record } : {}), ...extra };
    },

    expectStatus(exchange, allowed, what) {
      if (exchange.status !== undefined && allowed.includes(exchange.status)) return [];
      const want = allowed.length === 1 ? String(allowed[0]) : `one of ${allowed.join(', ')}`;
      return [ctx.finding(`${what}: expected ${want}, got ${describeResponse(exchange)}`, exchange)];
    },

    async property<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<Violation | undefined>, options: { runs?: number; examples?: T[] } = {}) {
      // The last failing run is the smallest counterexample once shrinking ends.
      let lastViolation: Violation | undefined;
      // A case that could not be checked (no answer, set-up failed, run stopped) ends the property: shrinking it would only repeat the failure, a timeout at a time.
      let failure: HttpFailure | undefined;
      const property = fc.asyncProperty(arbitrary, async (value) => {
        if (failure) throw failure;
        let violation: Violation | undefined;
        try {
          violation = await predicate(value);
        } catch (error) {
          if (error instanceof HttpFailure) failure = error;
          throw error;
        }
        if (violation?.exchange && violation.exchange.status === undefined && violation.exchange.error !== undefined) {
          failure = new HttpFailure(violation.message, violation.exchange);
          throw failure;
        }
        if (violation) lastViolation = violation;
        return violation === undefined;
      });
      const examples = options.examples?.map((example) => [example] as [T]);
      const result = await fc.check(property, {
        seed: deps.requirementSeed,
        numRuns: options.runs ?? deps.runs,
        ...(examples ? { examples } : {}),
      });
      if (!result.failed) return [];
      if (result.errorInstance instanceof HttpFailure) throw result.errorInstance;
      const counterexample = result.counterexample?.[0];
      const violation = lastViolation ?? { message: `property threw: ${String(result.errorInstance)}` };
      return [
        ctx.finding(violation.message, violation.exchange, {
          counterexample,
          seed: deps.runSeed,
          path: result.counterexamplePath ?? undefined,
          numRuns: result.numRuns,
        }),
      ];
    },
  };
  return ctx;
}
