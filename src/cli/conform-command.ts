import { redactText } from '../http/redact.js';
import { secretValuesOf } from '../http/redact.js';
import { faults } from '../reference/faults.js';
import type { ConformanceReport } from '../report/report-model.js';
import type { Requirement } from '../run/requirement.js';
import { selectRequirements } from '../run/scope.js';
import { loadSpec, SpecError, defaultSpecPath } from '../spec/load-spec.js';
import { createValidators } from '../validate/validators.js';
import { CliError } from './cli-error.js';
import { conformUsage, type ConformOptions } from './conform-options.js';
import { conformRun, exitCodes, openTarget, packageVersion, verdictExitCode, type Target } from './conform-run.js';
import { formatCatalogue } from './format-catalogue.js';
import { readNetworkSettings } from './network-settings.js';
import { readReportFile } from './read-report-file.js';
import { planRerun } from './rerun-failed.js';
import { resolveConformOptions } from './resolve-conform-options.js';
import { runReportCommand } from './run-report-command.js';
import { ciHandler, comparisonHandler, progressHandler, reportFilesHandler } from './run-handlers.js';
import { shardRequirements } from './shard-requirements.js';
import { useColour } from './colour.js';

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

/** The whole `conform` command over `catalogue`; returns the exit code, never throws, never exits. */
export async function runConformCommand(argv: string[], io: Io, catalogue: readonly Requirement[], specPath: string = defaultSpecPath): Promise<number> {
  const env = io.env ?? {};
  let options: ConformOptions;
  let requirements: Requirement[];
  let previous: ConformanceReport | undefined;
  try {
    options = await resolveConformOptions(argv, env, io.cwd ?? process.cwd());
    if (options.help) return io.out(conformUsage), exitCodes.conformant;
    if (options.version) return io.out(`users-api-conformance ${packageVersion}`), exitCodes.conformant;
    if (options.listRequirements) return io.out(formatCatalogue(catalogue)), exitCodes.conformant;
    if (options.diff || options.mergeReports) return await runReportCommand(options, catalogue, { ...io, env, colour: useColour(io.outIsTTY ?? false, env) });
    requirements = selectAndShard(catalogue, options);
    // Read before the run: the previous report may be the one this run replaces.
    if (options.compare !== undefined) previous = await readReportFile(options.compare);
    if (options.rerunFailed !== undefined) {
      const source = options.rerunFailed || options.reportDir;
      const rerun = planRerun(await readReportFile(source), source, catalogue, requirements, options);
      rerun.notes.forEach((line) => io.err(line));
      if (rerun.requirements.length === 0) return io.out(`conform: no previously failed requirements in ${source}: nothing to run`), exitCodes.conformant;
      ({ requirements, options } = rerun);
    }
  } catch (error) {
    io.err(`conform: ${error instanceof CliError ? error.message : String(error)}`);
    return exitCodes.error;
  }

  // The key's passphrase is a secret like a header: redacted wherever it could show.
  const secrets = [...secretValuesOf(options.headers), ...(options.clientKeyPassphrase ? [options.clientKeyPassphrase] : [])].sort((a, b) => b.length - a.length);
  io = redacting(io, secrets);
  let target: Target | undefined;
  try {
    const spec = await loadSpec(specPath);
    const validators = createValidators(spec);
    target = await openTarget(options, await readNetworkSettings(options, env));
    const report = await conformRun({ spec, validators, target, requirements, options, secrets, ...(io.signal ? { signal: io.signal } : {}) }, [
      progressHandler({
        mode: options.quiet ? 'quiet' : options.verbose ? 'verbose' : 'normal',
        strict: options.strict,
        runs: options.runs,
        line: io.err,
        ...(io.terminal ? { terminal: io.terminal } : {}),
        colour: useColour(io.terminal !== undefined, env),
      }),
      reportFilesHandler(options.reportDir, { out: io.out, err: io.err, colour: useColour(io.outIsTTY ?? false, env) }),
      ...(previous ? [comparisonHandler(previous, options.reportDir, io.out)] : []),
      ciHandler(env, io, previous),
    ]);
    return verdictExitCode(report.summary.verdict);
  } catch (error) {
    const message = error instanceof SpecError || error instanceof CliError ? error.message : `could not run: ${error instanceof Error ? error.message : String(error)}`;
    io.err(`conform: ${message}`);
    return exitCodes.error;
  } finally {
    await target?.close();
  }
}

/** The requirements the options select, of this shard; throws CliError naming an unknown id, area or fault. */
function selectAndShard(catalogue: readonly Requirement[], options: ConformOptions): Requirement[] {
  const selection = selectRequirements(catalogue, options.only, options.skip);
  if (selection.unknown.length > 0) throw new CliError(`unknown requirement or area: ${selection.unknown.join(', ')} (see --list-requirements)`);
  const unknownFaults = options.faults.filter((f) => !(f in faults));
  if (unknownFaults.length > 0) throw new CliError(`unknown fault: ${unknownFaults.join(', ')} (see npm run serve -- --list-faults)`);
  return shardRequirements(selection.selected, options.shard);
}

/** `io` with every line printed passing the planted secrets' redaction last. */
function redacting(io: Io, secrets: readonly string[]): Io {
  const terminal = io.terminal;
  return {
    ...io,
    out: (line) => io.out(redactText(line, secrets)),
    err: (line) => io.err(redactText(line, secrets)),
    ...(terminal ? { terminal: { ...terminal, write: (text: string) => terminal.write(redactText(text, secrets)) } } : {}),
  };
}
