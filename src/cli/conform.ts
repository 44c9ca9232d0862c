import { randomBytes, randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { catalogue } from '../../suites/index.js';
import { createHttpClient, type HttpClient } from '../http/http-client.js';
import { startReferenceServer, type ReferenceServer } from '../reference/start-reference-server.js';
import type { FaultName } from '../reference/faults.js';
import { faults } from '../reference/faults.js';
import type { ConformanceReport, RequirementResult } from '../report/report-model.js';
import { replayCommand } from '../report/replay-command.js';
import { writeReports } from '../report/write-reports.js';
import { redactReport } from '../report/redact-report.js';
import { targetAnswered } from '../http/exchange.js';
import { redactText, secretValuesOf } from '../http/redact.js';
import { stopReasons } from '../run/run-stopped.js';
import { runRequirements } from '../run/run-requirements.js';
import { selectRequirements } from '../run/select-requirements.js';
import { summarize } from '../run/summarize.js';
import { loadSpec, SpecError, defaultSpecPath } from '../spec/load-spec.js';
import { createValidators } from '../validate/validators.js';
import { CliError } from './cli-error.js';
import { conformUsage, parseConformArgs, type ConformOptions } from './parse-conform-args.js';
import { formatCatalogue } from './format-catalogue.js';
import { compareWithPrevious } from './compare-with-previous.js';
import { createProgress } from './create-progress.js';
import { printSummary } from './print-summary.js';
import { publishCiOutput } from './publish-ci-output.js';
import { readReportFile } from './read-report-file.js';
import { resolveConformArgv } from './resolve-conform-argv.js';
import { runReportCommand } from './run-report-command.js';
import { shardRequirements } from './shard-requirements.js';
import { useColour } from './use-colour.js';

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Aborted when the user interrupts the run. */
  signal?: AbortSignal;
  /** CONFORM_* settings, CI detection, NO_COLOR. The command passes process.env; absent: none (tests stay sealed). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Where conform.config.json is looked for (default: the process's working directory). */
  cwd?: string;
  /** Present when stderr is a terminal: raw writes for the live progress line. */
  terminal?: { write(text: string): void; columns?: number };
  /** stdout is a terminal: the summary may be coloured. */
  outIsTTY?: boolean;
}

export const packageVersion: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Exit codes of `conform`. */
export const exitCodes = { conformant: 0, nonConformant: 1, error: 2 } as const;

/** The whole `conform` command; returns the exit code, never throws, never exits. */
export async function runConform(argv: string[], io: Io, specPath: string = defaultSpecPath): Promise<number> {
  let options: ConformOptions;
  let previous: ConformanceReport | undefined;
  let selection: ReturnType<typeof selectRequirements>;
  const env = io.env ?? {};
  try {
    options = parseConformArgs(await resolveConformArgv(argv, env, io.cwd ?? process.cwd()));
    if (options.help) return io.out(conformUsage), exitCodes.conformant;
    if (options.version) return io.out(`users-api-conformance ${packageVersion}`), exitCodes.conformant;
    if (options.listRequirements) return io.out(formatCatalogue(catalogue)), exitCodes.conformant;
    if (options.diff || options.mergeReports) return await runReportCommand(options, { ...io, env, colour: useColour(io.outIsTTY ?? false, env) });
    selection = selectRequirements(catalogue, options.only, options.skip);
    if (selection.unknown.length > 0) throw new CliError(`unknown requirement or area: ${selection.unknown.join(', ')} (see --list-requirements)`);
    const unknownFaults = options.faults.filter((f) => !(f in faults));
    if (unknownFaults.length > 0) throw new CliError(`unknown fault: ${unknownFaults.join(', ')} (see npm run serve -- --list-faults)`);
    // Read before the run: the previous report may be the one this run replaces.
    if (options.compare !== undefined) previous = await readReportFile(options.compare);
  } catch (error) {
    io.err(`conform: ${error instanceof CliError ? error.message : String(error)}`);
    return exitCodes.error;
  }

  // Every line printed and every report written passes the planted secrets' redaction last.
  const secrets = secretValuesOf(options.headers);
  const plain = io;
  io = { ...io, out: (line) => plain.out(redactText(line, secrets)), err: (line) => plain.err(redactText(line, secrets)) };
  if (plain.terminal) io.terminal = { ...plain.terminal, write: (text) => plain.terminal!.write(redactText(text, secrets)) };

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
    const selected = shardRequirements(selection.selected, options.shard);
    const target: ConformanceReport['target'] = { baseUrl: http!.baseUrl, embedded: server !== undefined, ...(options.faults.length ? { fault: options.faults.join(',') } : {}) };
    const report = (results: RequirementResult[], note?: string): ConformanceReport => {
      const summary = summarize(results, options.strict);
      if (note) summary.verdict = 'error';
      return redactReport({
        tool: { name: 'users-api-conformance', version: packageVersion },
        spec: { title: spec.document.info.title, version: spec.document.info.version },
        target,
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
          ...(options.shard ? { shard: options.shard } : {}),
        },
        summary,
        requirements: results,
      }, secrets);
    };

    // One GET first: a target nothing can reach ends the run here, with a report that says so.
    const probe = await http.send({ method: 'GET', path: '/v1/users?limit=1', ...(io.signal ? { signal: io.signal } : {}) });
    // A status line is a reached target, even if the body then broke off (or the headers overflowed).
    if (!targetAnswered(probe) && !io.signal?.aborted) {
      const note = `target unreachable: ${baseUrl}: ${probe.error}`;
      const unreachable = report([], note);
      await writeReports(unreachable, options.reportDir);
      io.err(`conform: ${note}`);
      await publishCiOutput(unreachable, env, io);
      return exitCodes.error;
    }

    const progress = createProgress({
      total: selected.length,
      mode: options.quiet ? 'quiet' : options.verbose ? 'verbose' : 'normal',
      strict: options.strict,
      line: io.err,
      ...(io.terminal ? { terminal: io.terminal } : {}),
      colour: useColour(io.terminal !== undefined, env),
      requests: () => http!.requests,
      replay: (id, finding) => replayCommand(id, finding, { target, run: { seed, runs: options.runs } }),
    });
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
      ...(options.shard ? { shard: options.shard } : {}),
      onResult: progress.onResult,
    }).finally(progress.finish);
    const interrupted = io.signal?.aborted ? stopReasons.interrupted : undefined;
    const cutShort = results.filter((r) => r.status === 'skipped' && r.reason === stopReasons.deadline).length;
    const deadline = cutShort > 0 ? `${stopReasons.deadline} (--max-time=${options.maxTimeMs / 1000}): ${cutShort} requirements were skipped` : undefined;
    const final = report(results, interrupted ?? deadline);
    // A run cut short by the deadline proves no conformance, but a failure found before it still stands.
    if (!interrupted && deadline && summarize(results, options.strict).verdict === 'non-conformant') final.summary.verdict = 'non-conformant';
    const paths = await writeReports(final, options.reportDir);
    printSummary(io.out, final, paths, useColour(io.outIsTTY ?? false, env));
    const comparison = previous ? await compareWithPrevious(previous, final, options.reportDir) : undefined;
    if (comparison) io.out(`\n${comparison.trimEnd()}`);
    await publishCiOutput(final, env, io, comparison ? [comparison] : []);
    if (interrupted) return exitCodes.error;
    return final.summary.verdict === 'conformant' ? exitCodes.conformant : final.summary.verdict === 'non-conformant' ? exitCodes.nonConformant : exitCodes.error;
  } catch (error) {
    const message = error instanceof SpecError || error instanceof CliError ? error.message : `could not run: ${error instanceof Error ? error.message : String(error)}`;
    io.err(`conform: ${message}`);
    return exitCodes.error;
  } finally {
    await http?.close();
    await server?.close();
  }
}

// Run as a command: wire stdout/stderr and signals, and exit with the code.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const controller = new AbortController();
  let interrupts = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupts++;
    if (interrupts > 1) {
      // Pipes and terminals take this write synchronously, so the line is out before the exit.
      process.stderr.write(`conform: ${signal} again: quitting at once without waiting for the reports\n`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
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
    env: process.env,
    ...(process.stderr.isTTY ? { terminal: { write: (text: string) => process.stderr.write(text), columns: process.stderr.columns } } : {}),
    outIsTTY: process.stdout.isTTY === true,
  });
  process.exit(controller.signal.aborted ? (process.exitCode as number) : code);
}
