import { setMaxListeners } from 'node:events';
import type { Exchange } from '../http/exchange.js';
import type { HttpClient } from '../http/http-client.js';
import { HttpFailure } from '../http/http-failure.js';
import { capText, oneLine } from '../util/values.js';
import type { Finding, RequirementResult } from './results.js';
import type { Spec } from '../spec/load-spec.js';
import type { Validators } from '../validate/validators.js';
import { createCheckContext } from './create-check-context.js';
import { createCreatedUsersLedger } from './created-users.js';
import { deriveSeed, type Shard } from './scope.js';
import { contractLine, type Requirement } from './requirement.js';
import { RunStopped, stopReasons } from './run-stopped.js';
import { createConcurrencyLimit, mayStart, startOrder } from './schedule.js';

export interface RunOptions {
  spec: Spec;
  validators: Validators;
  http: HttpClient;
  requirements: readonly Requirement[];
  runId: string;
  seed: number;
  runs: number;
  readOnly: boolean;
  /** Whether checks may PATCH users the suite did not create, with their own values, and POST their e-mails (default true). */
  touchExisting?: boolean;
  /** Requirements run at once, at most (`--concurrency`): the run starts with 8 (or fewer, if this is less) and adapts to the round trip up to this. */
  concurrency: number;
  /** Epoch ms after which no request is sent: what has not ended is skipped. */
  deadline?: number;
  /** Aborted (an interruption): no request is sent any more; what has not ended is skipped. */
  signal?: AbortSignal;
  /** After a stop, requests in flight get this long before they are cut off (default 1000 ms). */
  stopGraceMs?: number;
  /** Under --shard: requirements that declare `property` run this part of each property's cases. */
  shard?: Shard;
  /** Told as each requirement ends (for progress output). */
  onResult?: (result: RequirementResult) => void;
}

/** Findings an observing rule keeps; the rest are only counted. */
const observedFindingsKept = 5;
/** The longest finding message or reason kept, in characters (a few lines of a terminal). */
const messageMax = 4000;
/** A message as results keep it: one line of bounded length whatever a target answered (a check quoting a 1 MiB value makes no 1 MiB line). */
const line = (text: string) => oneLine(capText(text, messageMax));

function meta(requirement: Requirement): Omit<RequirementResult, 'status' | 'durationMs' | 'requests' | 'findings'> {
  const { id, level, area, title, rule, contract } = requirement;
  return { id, level, area, title, rule, contract: contractLine(contract) };
}

/**
 * Runs requirements with bounded concurrency and collects one result per
 * requirement, in catalogue order. The schedule (./schedule.ts): longest chains
 * first, the checks that judge what the writers leave once the last writer has
 * ended, as many at once as the round trip calls for. Owns the deadline and interruption; a
 * check's crash becomes an `errored` result, never a crashed run.
 */
export async function runRequirements(options: RunOptions): Promise<RequirementResult[]> {
  const observers = options.requirements.filter((r) => r.observe);
  const observed = new Map<string, { findings: Finding[]; count: number; seen: number }>(
    observers.map((r) => [r.id, { findings: [], count: 0, seen: 0 }]),
  );
  const createdUsers = createCreatedUsersLedger();
  // The schedule: what is left to start, in start order, and the writers not yet ended (those left and those running).
  const pending = startOrder(options.requirements.filter((r) => r.run));
  let writersLeft = pending.filter((r) => r.writes).length;
  const limit = createConcurrencyLimit(options.concurrency);
  let startNow = (): void => {};
  const observe = (exchange: Exchange) => {
    createdUsers.record(exchange);
    // A round trip that shows room for more requirements at once starts them now, not when one ends.
    if (exchange.status !== undefined && limit.answered(exchange.durationMs)) startNow();
    for (const observer of observers) {
      const state = observed.get(observer.id)!;
      // Only answers count as seen: a rule on responses says nothing when none came.
      if (exchange.status !== undefined) state.seen++;
      const message = observer.observe!(exchange, options.validators);
      if (message === undefined) continue;
      state.count++;
      if (state.findings.length < observedFindingsKept) {
        state.findings.push({ message: line(message), curl: exchange.curl, exchange: exchange.record });
      }
    }
  };

  // The stop: at the deadline or an interruption no request is sent any more; a little later those in flight are cut off.
  const stop = new AbortController();
  const cut = new AbortController();
  // Every request in flight listens for the cut: as many as the run has in flight, not a leak (Node warns past 10).
  setMaxListeners(0, cut.signal);
  let graceTimer: NodeJS.Timeout | undefined;
  const halt = (reason: string): void => {
    if (stop.signal.aborted) return;
    stop.abort(reason);
    graceTimer = setTimeout(() => cut.abort(reason), options.stopGraceMs ?? 1000);
  };
  const deadlineTimer = options.deadline === undefined ? undefined : setTimeout(() => halt(stopReasons.deadline), Math.max(0, options.deadline - Date.now()));
  const onAbort = () => halt(stopReasons.interrupted);
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort);

  const results = new Map<string, RequirementResult>();
  const finish = (result: RequirementResult) => {
    const clean = {
      ...result,
      ...(result.reason === undefined ? {} : { reason: line(result.reason) }),
      findings: result.findings.map((f) => ({ ...f, message: line(f.message) })),
    };
    results.set(clean.id, clean);
    options.onResult?.(clean);
  };

  async function runOne(requirement: Requirement): Promise<void> {
    const base = meta(requirement);
    if (!stop.signal.aborted && options.deadline !== undefined && Date.now() > options.deadline) halt(stopReasons.deadline);
    const stopReason = stop.signal.aborted ? String(stop.signal.reason) : undefined;
    if (stopReason) return finish({ ...base, status: 'skipped', reason: stopReason, durationMs: 0, requests: 0, findings: [] });
    if (options.readOnly && requirement.writes) {
      return finish({ ...base, status: 'skipped', reason: 'it writes, and --read-only sends only GET requests', durationMs: 0, requests: 0, findings: [] });
    }
    let requests = 0;
    let cases: number | undefined;
    let stoppedBy: string | undefined;
    const ctx = createCheckContext({
      spec: options.spec,
      validators: options.validators,
      http: options.http,
      runId: options.runId,
      runSeed: options.seed,
      requirementSeed: deriveSeed(options.seed, requirement.id),
      tag: (deriveSeed(0, requirement.id) >>> 0).toString(36).slice(0, 5),
      runs: options.runs,
      readOnly: options.readOnly,
      touchExisting: options.touchExisting ?? true,
      createdUsers: createdUsers.users,
      observe,
      onRequest: () => requests++,
      stop: stop.signal,
      cut: cut.signal,
      onStopped: (reason) => (stoppedBy ??= reason),
      // Only a requirement that declares its cases generated runs a part of them: any other runs whole, on one shard.
      ...(options.shard && requirement.property ? { caseShard: options.shard } : {}),
      onCases: (n) => (cases = (cases ?? 0) + n),
    });
    const started = performance.now();
    const timing = () => ({ durationMs: Math.round(performance.now() - started), requests, ...(cases === undefined ? {} : { cases }) });
    try {
      const outcome = await requirement.run!(ctx);
      // A check that swallowed the stop still did not finish: its verdict would rest on requests never sent.
      if (stoppedBy) return finish({ ...base, status: 'skipped', reason: stoppedBy, ...timing(), findings: [] });
      if (!Array.isArray(outcome)) return finish({ ...base, status: 'skipped', reason: outcome.skip, ...timing(), findings: [] });
      // Findings that all rest on requests that got no answer are no evidence against the rule: the check could not be done.
      if (outcome.length > 0 && outcome.every((f) => f.exchange !== undefined && f.exchange.response === undefined && f.exchange.error !== undefined)) {
        return finish({ ...base, status: 'errored', reason: outcome[0].message, ...timing(), findings: outcome });
      }
      finish({ ...base, status: outcome.length > 0 ? 'failed' : 'passed', ...timing(), findings: outcome });
    } catch (error) {
      if (stoppedBy || error instanceof RunStopped) {
        return finish({ ...base, status: 'skipped', reason: stoppedBy ?? (error as RunStopped).message, ...timing(), findings: [] });
      }
      if (error instanceof HttpFailure) {
        const findings = error.exchange ? [{ message: error.message, curl: error.exchange.curl, exchange: error.exchange.record }] : [];
        return finish({ ...base, status: 'errored', reason: error.message, ...timing(), findings });
      }
      // A bug in the check itself: say so, never crash the run.
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      finish({ ...base, status: 'errored', reason: `internal error in the check: ${message}`, ...timing(), findings: [] });
    }
  }

  try {
    await new Promise<void>((resolve, reject) => {
      let running = 0;
      const startMore = () => {
        while (running < limit.current) {
          // Longest chains first; a check that judges what the writers leave waits until the last writer has ended.
          const at = pending.findIndex((r) => mayStart(r, writersLeft));
          if (at < 0) break;
          const [requirement] = pending.splice(at, 1);
          running++;
          runOne(requirement).then(() => {
            running--;
            if (requirement.writes) writersLeft--;
            startMore();
          }, reject);
        }
        if (running === 0) resolve();
      };
      startNow = () => queueMicrotask(startMore);
      startMore();
    });
  } finally {
    clearTimeout(deadlineTimer);
    clearTimeout(graceTimer);
    options.signal?.removeEventListener('abort', onAbort);
  }

  // Observing rules end with the run: their verdict covers every exchange any check made.
  for (const requirement of observers) {
    const state = observed.get(requirement.id)!;
    const own = results.get(requirement.id);
    if (own && own.status !== 'passed' && own.status !== 'failed') continue;
    const findings = [...(own?.findings ?? []), ...state.findings];
    if (state.count > state.findings.length) {
      findings.push({ message: `… and ${state.count - state.findings.length} more responses like these` });
    }
    const status = findings.length > 0 ? 'failed' : state.seen === 0 ? 'skipped' : 'passed';
    results.set(requirement.id, {
      ...meta(requirement),
      status,
      ...(status === 'skipped' ? { reason: 'no response of the run was seen' } : {}),
      durationMs: own?.durationMs ?? 0,
      requests: own?.requests ?? 0,
      observed: state.seen,
      findings,
    });
    if (!own) options.onResult?.(results.get(requirement.id)!);
  }
  return options.requirements.map((r) => results.get(r.id)!);
}
