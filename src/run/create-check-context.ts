import type fc from 'fast-check';
import type { Exchange } from '../http/exchange.js';
import type { HttpClient } from '../http/http-client.js';
import { HttpFailure } from '../http/http-failure.js';
import type { Spec } from '../spec/load-spec.js';
import type { Validators } from '../validate/validators.js';
import type { CheckContext, OperationInput, Violation } from './check-context.js';
import type { RunCreatedUser } from './created-users.js';
import { casesInFlight, judgeCase, judgeCases, shrinkCase, violationOf, type CaseParameters, type CaseVerdict } from './concurrent-cases.js';
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
      const exchange = await deps.http.send({
        method: operation.method,
        path,
        headers,
        body,
        ...(deps.cut ? { signal: deps.cut } : {}),
        ...(input.chunked ? { chunked: true } : {}),
        ...(input.ownConnection ? { ownConnection: true } : {}),
      });
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
      const share = shareOfCases(options.examples ?? [], options.runs ?? deps.runs, deps.caseShard);
      if (share.numRuns === 0) return [];
      const split = deps.caseShard !== undefined && deps.caseShard.count > 1 ? deps.caseShard : undefined;
      const parameters: CaseParameters<T> = {
        // Each shard draws its own cases: with one seed, every shard would draw the same first ones.
        seed: split ? deriveSeed(deps.requirementSeed, `shard ${split.index}/${split.count}`) : deps.requirementSeed,
        numRuns: share.numRuns,
        ...(share.examples.length > 0 ? { examples: share.examples.map((example) => [example] as [T]) } : {}),
      };
      // The cases run at once, so a predicate keeps no state from one case to the next.
      const cases = await judgeCases(arbitrary, parameters, (value) => judgeCase(predicate, value), (verdict) => verdict.kind === 'passed', {
        inFlight: casesInFlight,
        stopped: () => deps.stop?.aborted === true,
      });
      const index = cases.verdicts.findIndex((verdict) => verdict.kind !== 'passed');
      if (index === -1) {
        // Cases left undrawn by the stop: no verdict on the rule.
        if (!cases.complete) stopped();
        deps.onCases?.(share.numRuns);
        return [];
      }
      // As fast-check counts a failing run: the cases up to the first that failed.
      deps.onCases?.(index + 1);
      const met = cases.verdicts[index] as Exclude<CaseVerdict<T>, { kind: 'passed' }>;
      if (met.kind === 'threw' && met.error instanceof HttpFailure) throw met.error;
      // fast-check replays the case by its index and shrinks it, one case at a time. A case that passes when
      // replayed (a target that answered otherwise the first time) is reported as it failed.
      const found = (await shrinkCase(arbitrary, predicate, { ...parameters, path: String(index) })) ?? { counterexample: met.value, path: String(index), violation: violationOf(met) };
      return [
        ctx.finding(found.violation.message, found.violation.exchange, {
          counterexample: found.violation.counterexample ?? found.counterexample,
          seed: deps.runSeed,
          path: found.path,
          numRuns: index + 1,
          ...(split ? { shard: split } : {}),
        }),
      ];
    },
  };
  return ctx;
}
