import fc from 'fast-check';
import type { Exchange } from '../http/exchange.js';
import type { HttpClient } from '../http/http-client.js';
import { HttpFailure } from '../http/http-failure.js';
import type { Spec } from '../spec/load-spec.js';
import type { Validators } from '../validate/validators.js';
import type { CheckContext, OperationInput, Violation } from './check-context.js';
import type { RunCreatedUser } from './created-users.js';
import { describeResponse } from './judge-response.js';
import { isSuccess, objectBody } from './object-body.js';
import { deriveSeed, shareOfCases, type Shard } from './scope.js';
import { RunStopped } from './run-stopped.js';

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
  touchExisting: boolean;
  /** The users the run has created so far. */
  createdUsers(): readonly RunCreatedUser[];
  observe(exchange: Exchange): void;
  /** Counts this requirement's requests. */
  onRequest(): void;
  /** Aborted (with the reason) when the run stops: no request is sent any more. */
  stop?: AbortSignal;
  /** Aborted a little after `stop`: requests still in flight are cut off. */
  cut?: AbortSignal;
  /** Told when the stop ended this check (a request refused or cut off). */
  onStopped?(reason: string): void;
  /** Under --shard, for a requirement that declares `property`: the part of each property's cases to run. */
  caseShard?: Shard;
  /** Told how many cases each property ran. */
  onCases?(cases: number): void;
}

/** Requests in a row that get no answer before a check is given up as errored: a dead target costs a few timeouts, not hundreds. */
const noAnswerLimit = 3;

function buildPath(template: string, params: Record<string, string> = {}, raw: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (raw[name] !== undefined) return raw[name];
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
    touchExisting: deps.touchExisting,
    createdUsers: deps.createdUsers,

    async send(operationId, input = {}) {
      const operation = deps.spec.operation(operationId);
      const path = buildPath(operation.path, input.pathParams, input.rawPathParams) + buildQuery(input.query);
      const body = input.rawBody ?? (input.body === undefined ? undefined : JSON.stringify(input.body));
      const headers: Record<string, string> = {};
      const contentType = input.contentType === undefined ? (body === undefined ? null : 'application/json') : input.contentType;
      if (contentType !== null) headers['content-type'] = contentType;
      if (deps.stop?.aborted) stopped();
      deps.onRequest();
      const exchange = await deps.http.send({ method: operation.method, path, headers, body, ...(input.chunked ? { chunked: true } : {}), ...(deps.cut ? { signal: deps.cut } : {}) });
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
      if (!isSuccess(exchange.status) || typeof body?.userId !== 'string') {
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
      // Once it is known, every later case passes unsent, so shrinking stops at once: were they to fail too (without a request,
      // a microtask each), fast-check would shrink through the whole tree of a large value and starve the event loop.
      let failure: HttpFailure | undefined;
      const property = fc.asyncProperty(arbitrary, async (value) => {
        if (failure) return true;
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
      const share = shareOfCases(options.examples ?? [], options.runs ?? deps.runs, deps.caseShard);
      if (share.numRuns === 0) return [];
      const split = deps.caseShard !== undefined && deps.caseShard.count > 1 ? deps.caseShard : undefined;
      const result = await fc.check(property, {
        // Each shard draws its own cases: with one seed, every shard would draw the same first ones.
        seed: split ? deriveSeed(deps.requirementSeed, `shard ${split.index}/${split.count}`) : deps.requirementSeed,
        numRuns: share.numRuns,
        ...(share.examples.length > 0 ? { examples: share.examples.map((example) => [example] as [T]) } : {}),
      });
      deps.onCases?.(result.numRuns);
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
          ...(split ? { shard: split } : {}),
        }),
      ];
    },
  };
  return ctx;
}
