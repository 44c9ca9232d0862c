import { randomBytes, randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { catalogue } from '../../suites/index.js';
import { createHttpClient, type HttpClient } from '../http/http-client.js';
import { startReferenceServer, type ReferenceServer } from '../reference/start-reference-server.js';
import type { FaultName } from '../reference/faults.js';
import { faults } from '../reference/faults.js';
import type { ConformanceReport, RequirementResult } from '../report/report-model.js';
import { writeReports } from '../report/write-reports.js';
import { runRequirements } from '../run/run-requirements.js';
import { selectRequirements } from '../run/select-requirements.js';
import { summarize } from '../run/summarize.js';
import { loadSpec, SpecError, defaultSpecPath } from '../spec/load-spec.js';
import { createValidators } from '../validate/validators.js';
import { CliError } from './cli-error.js';
import { conformUsage, parseConformArgs, type ConformOptions } from './parse-conform-args.js';
import { formatCatalogue } from './format-catalogue.js';

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Aborted when the user interrupts the run. */
  signal?: AbortSignal;
}

export const packageVersion: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Exit codes of `conform`. */
export const exitCodes = { conformant: 0, nonConformant: 1, error: 2 } as const;

/** The whole `conform` command; returns the exit code, never throws, never exits. */
export async function runConform(argv: string[], io: Io, specPath: string = defaultSpecPath): Promise<number> {
  let options: ConformOptions;
  try {
    options = parseConformArgs(argv);
    if (options.help) return io.out(conformUsage), exitCodes.conformant;
    if (options.version) return io.out(`users-api-conformance ${packageVersion}`), exitCodes.conformant;
    if (options.listRequirements) return io.out(formatCatalogue(catalogue)), exitCodes.conformant;
    const { unknown } = selectRequirements(catalogue, options.only, options.skip);
    if (unknown.length > 0) throw new CliError(`unknown requirement or area: ${unknown.join(', ')} (see --list-requirements)`);
    const unknownFaults = options.faults.filter((f) => !(f in faults));
    if (unknownFaults.length > 0) throw new CliError(`unknown fault: ${unknownFaults.join(', ')} (see npm run serve -- --list-faults)`);
  } catch (error) {
    io.err(`conform: ${error instanceof CliError ? error.message : String(error)}`);
    return exitCodes.error;
  }

  let server: ReferenceServer | undefined;
  let http: HttpClient | undefined;
  try {
    const spec = await loadSpec(specPath);
    const validators = createValidators(spec);
    if (!options.baseUrl) server = await startReferenceServer({ faults: options.faults as FaultName[], seedUsers: 150 });
    const baseUrl = options.baseUrl ?? server!.url;
    http = createHttpClient({ baseUrl, headers: options.headers, timeoutMs: options.timeoutMs, readOnly: options.readOnly, rateLimit: options.rateLimit });
    const runId = randomBytes(4).toString('hex');
    const seed = options.seed ?? randomInt(-2147483648, 2147483647);
    const startedAt = new Date();
    const started = performance.now();
    const { selected } = selectRequirements(catalogue, options.only, options.skip);
    const report = (results: RequirementResult[], note?: string): ConformanceReport => {
      const summary = summarize(results, options.strict);
      if (note) summary.verdict = 'error';
      return {
        tool: { name: 'users-api-conformance', version: packageVersion },
        spec: { title: spec.document.info.title, version: spec.document.info.version },
        target: { baseUrl: http!.baseUrl, embedded: server !== undefined, ...(options.faults.length ? { fault: options.faults.join(',') } : {}) },
        run: {
          id: runId,
          seed,
          startedAt: startedAt.toISOString(),
          durationMs: Math.round(performance.now() - started),
          requests: http!.requests,
          strict: options.strict,
          readOnly: options.readOnly,
          runs: options.runs,
          ...(note ? { note } : {}),
        },
        summary,
        requirements: results,
      };
    };

    // One GET first: a target nothing can reach ends the run here, with a report that says so.
    const probe = await http.send({ method: 'GET', path: '/v1/users?limit=1' });
    if (probe.status === undefined) {
      const note = `target unreachable: ${baseUrl}: ${probe.error}`;
      await writeReports(report([], note), options.reportDir);
      io.err(`conform: ${note}`);
      return exitCodes.error;
    }

    const results = await runRequirements({
      spec,
      validators,
      http,
      requirements: selected,
      runId,
      seed,
      runs: options.runs,
      readOnly: options.readOnly,
      concurrency: options.concurrency,
      deadline: Date.now() + options.maxTimeMs,
      signal: io.signal,
    });
    const interrupted = io.signal?.aborted ? 'the run was interrupted' : undefined;
    const final = report(results, interrupted);
    const paths = await writeReports(final, options.reportDir);
    printSummary(io, final, paths);
    if (interrupted) return exitCodes.error;
    return final.summary.verdict === 'conformant' ? exitCodes.conformant : exitCodes.nonConformant;
  } catch (error) {
    const message = error instanceof SpecError || error instanceof CliError ? error.message : `could not run: ${error instanceof Error ? error.message : String(error)}`;
    io.err(`conform: ${message}`);
    return exitCodes.error;
  } finally {
    await http?.close();
    await server?.close();
  }
}

function printSummary(io: Io, report: ConformanceReport, paths: Record<string, string>): void {
  const s = report.summary;
  const mark = s.verdict === 'conformant' ? '✔ conformant' : s.verdict === 'non-conformant' ? '✘ NOT conformant' : '! run error';
  const seconds = (report.run.durationMs / 1000).toFixed(1);
  io.out(`${mark} — ${s.passed} passed, ${s.failed} failed, ${s.warnings} warnings, ${s.skipped} skipped, ${s.errored} errored (${report.run.requests} requests, ${seconds} s, seed ${report.run.seed})`);
  for (const result of report.requirements) {
    if (result.status !== 'failed' && result.status !== 'errored') continue;
    const label = result.status === 'errored' ? 'ERROR' : result.level === 'SHOULD' && !report.run.strict ? 'WARN ' : 'FAIL ';
    io.out(`  ${label} ${result.id}: ${result.reason ?? result.findings[0]?.message ?? result.title}`);
  }
  const dir = relative(process.cwd(), resolve(paths.json, '..')) || '.';
  io.out(`reports: ${dir}/conformance.html, conformance.json, conformance.md, junit.xml`);
  if (report.run.note) io.out(`note: ${report.run.note}`);
}

// Run as a command: wire stdout/stderr and signals, and exit with the code.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const controller = new AbortController();
  let interrupts = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupts++;
    if (interrupts > 1) process.exit(signal === 'SIGINT' ? 130 : 143);
    process.stderr.write(`conform: ${signal}: stopping, writing reports (press Ctrl-C again to quit at once)\n`);
    process.exitCode = signal === 'SIGINT' ? 130 : 143;
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const code = await runConform(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    signal: controller.signal,
  });
  process.exit(controller.signal.aborted ? (process.exitCode as number) : code);
}
