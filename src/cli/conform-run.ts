import { randomBytes, randomInt } from 'node:crypto';
import { targetAnswered } from '../http/exchange.js';
import { createHttpClient, type HttpClient } from '../http/http-client.js';
import type { ReferenceServer } from '../reference/start-reference-server.js';
import type { ConformanceReport } from '../report/report-model.js';
import type { RequirementResult } from '../run/results.js';
import { redactReport } from '../report/redact-report.js';
import type { Requirement } from '../run/requirement.js';
import { runRequirements } from '../run/run-requirements.js';
import { stopReasons } from '../run/run-stopped.js';
import { summarize } from '../run/results.js';
import type { Spec } from '../spec/load-spec.js';
import { packageVersion } from '../spec/package-files.js';
import type { Validators } from '../validate/validators.js';
import type { ConformOptions } from './conform-options.js';
import { startEmbeddedServer } from './embedded-server.js';
import type { NetworkSettings } from './network-settings.js';

/** What the run tells its handlers once the target has answered and the requirements start. */
export interface RunStart {
  total: number;
  seed: number;
  target: ConformanceReport['target'];
  /** Requests sent so far. */
  requests(): number;
}

/**
 * A consumer of a run's events (progress output, report files, CI output). The run calls
 * each handler in turn, in the order given, and waits for `finished`.
 */
export interface RunHandler {
  started?(start: RunStart): void;
  /** A requirement ended. */
  result?(result: RequirementResult): void;
  /** The final report, redacted; `ran` is false when the target answered nothing and nothing ran. */
  finished?(report: ConformanceReport, ran: boolean): Promise<void> | void;
  /** The run broke off with an error, which the command reports: clear what is on screen. */
  brokeOff?(): void;
}

/** Where the requests go: the base URL given, or the embedded reference server. */
export interface Target {
  http: HttpClient;
  /** As given, or the embedded server's URL. */
  baseUrl: string;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * Opens the target: with no --base-url, the embedded reference server (`embedded`, already
 * starting, else started here in this thread); the target's close stops it.
 */
export async function openTarget(options: ConformOptions, network: NetworkSettings = {}, embedded?: Promise<ReferenceServer>): Promise<Target> {
  const server = options.baseUrl === undefined ? await (embedded ?? startEmbeddedServer(options)) : undefined;
  const baseUrl = options.baseUrl ?? server!.url;
  try {
    // The embedded server is this process's own, on loopback: no proxy stands between.
    const { proxy, ...tls } = network;
    const http = createHttpClient({ baseUrl, headers: options.headers, timeoutMs: options.timeoutMs, readOnly: options.readOnly, rateLimit: options.rateLimit, ...tls, ...(server || !proxy ? {} : { proxy }) });
    const close = async () => {
      await http.close();
      await server?.close();
    };
    return { http, baseUrl, embedded: server !== undefined, close };
  } catch (error) {
    await server?.close();
    throw error;
  }
}

export interface RunSetup {
  spec: Spec;
  validators: Validators;
  target: Target;
  /** The requirements this run (this shard) runs. */
  requirements: readonly Requirement[];
  options: ConformOptions;
  /** Redacted from the report, wherever they appear. */
  secrets: readonly string[];
  /** Aborted when the user interrupts the run. */
  signal?: AbortSignal;
}

/**
 * One run: a probe, the requirements, the final report. Handlers hear each step; the run
 * itself prints and writes nothing. Returns the report (its verdict gives the exit code).
 */
export async function conformRun(setup: RunSetup, handlers: readonly RunHandler[]): Promise<ConformanceReport> {
  const { spec, target, options, signal } = setup;
  const { http } = target;
  const runId = randomBytes(4).toString('hex');
  const seed = options.seed ?? randomInt(-2147483648, 2147483647);
  const startedAt = new Date();
  const started = performance.now();
  const reportTarget: ConformanceReport['target'] = { baseUrl: http.baseUrl, embedded: target.embedded, ...(options.faults.length ? { fault: options.faults.join(',') } : {}) };
  const report = (results: RequirementResult[], note?: string): ConformanceReport => {
    const summary = summarize(results, options.strict);
    if (note) summary.verdict = 'error';
    return redactReport({
      tool: { name: 'users-api-conformance', version: packageVersion() },
      spec: { title: spec.document.info.title, version: spec.document.info.version },
      target: reportTarget,
      run: {
        id: runId,
        seed,
        startedAt: startedAt.toISOString(),
        durationMs: Math.round(performance.now() - started),
        requests: http.requests,
        strict: options.strict,
        readOnly: options.readOnly,
        runs: options.runs,
        ...(options.noTouchExisting ? { existingUsersUntouched: true } : {}),
        ...(options.insecure && target.baseUrl.startsWith('https:') ? { insecure: true } : {}),
        ...(note ? { note } : {}),
        ...(options.shard ? { shard: options.shard } : {}),
      },
      summary,
      requirements: results,
    }, setup.secrets);
  };
  const finish = async (final: ConformanceReport, ran: boolean): Promise<ConformanceReport> => {
    for (const handler of handlers) await handler.finished?.(final, ran);
    return final;
  };

  // One GET first: a target nothing can reach ends the run here, with a report that says so.
  const probe = await http.send({ method: 'GET', path: '/v1/users?limit=1', ...(signal ? { signal } : {}) });
  // A status line is a reached target, even if the body then broke off.
  if (!targetAnswered(probe) && !signal?.aborted) {
    // A TLS failure is named as one: the target was reached, the fix is on this side.
    const why = probe.error?.startsWith('TLS: ') ? probe.error : `target unreachable: ${target.baseUrl}: ${probe.error}`;
    return finish(report([], why), false);
  }

  for (const handler of handlers) handler.started?.({ total: setup.requirements.length, seed, target: reportTarget, requests: () => http.requests });
  const results = await runRequirements({
    spec,
    validators: setup.validators,
    http,
    requirements: setup.requirements,
    runId,
    seed,
    runs: options.runs,
    readOnly: options.readOnly,
    touchExisting: !options.noTouchExisting,
    concurrency: options.concurrency,
    deadline: Date.now() + options.maxTimeMs,
    signal,
    ...(options.shard ? { shard: options.shard } : {}),
    onResult: (result) => {
      for (const handler of handlers) handler.result?.(result);
    },
  }).catch((error: unknown) => {
    for (const handler of handlers) handler.brokeOff?.();
    throw error;
  });
  const interrupted = signal?.aborted ? stopReasons.interrupted : undefined;
  const cutShort = results.filter((r) => r.status === 'skipped' && r.reason === stopReasons.deadline).length;
  const deadline = cutShort > 0 ? `${stopReasons.deadline} (--max-time=${options.maxTimeMs / 1000}): ${cutShort} requirements were skipped` : undefined;
  const final = report(results, interrupted ?? deadline);
  // A run cut short by the deadline proves no conformance, but a failure found before it still stands.
  if (!interrupted && deadline && summarize(results, options.strict).verdict === 'non-conformant') final.summary.verdict = 'non-conformant';
  return finish(final, true);
}
