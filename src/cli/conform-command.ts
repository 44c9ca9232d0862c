import type { ConformanceReport } from '../report/report-model.js';
import type { ReferenceServer } from '../reference/start-reference-server.js';
import type { Requirement } from '../run/requirement.js';
import { packageVersion } from '../spec/package-files.js';
import { CliError, exitCodes, verdictExitCode } from './cli-error.js';
import { conformUsage, type ConformOptions } from './conform-options.js';
import type { Target } from './conform-run.js';
import { startEmbeddedServer, type StartServer } from './embedded-server.js';
import { resolveConformOptions } from './resolve-conform-options.js';
import { useColour } from './colour.js';

// Only what `--help`, `--version` and a bad option need is imported up front; the run's
// modules (the catalogue, Ajv, the spec parser, undici, the reference server) are loaded
// once the options ask for them, so those answers take a tenth of the time (docs/benchmarks.md).

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

/** What the command runs over, besides its argv and io. */
export interface ConformSetup {
  /** The catalogue, loaded once the options ask for it (not for --help or --version). */
  loadCatalogue: () => Promise<readonly Requirement[]>;
  /** Default: the project's spec. */
  specPath?: string;
  /** How the embedded reference server starts; default: in this thread. */
  startServer?: StartServer;
}

/** The whole `conform` command; returns the exit code, never throws, never exits. */
export async function runConformCommand(argv: string[], io: Io, setup: ConformSetup): Promise<number> {
  let embedded: Promise<ReferenceServer> | undefined;
  try {
    return await conform(argv, io, setup, (server) => (embedded = server));
  } finally {
    // The run's target closes the server; this closes it on the ways out before the run (a bad option, nothing to rerun).
    await embedded?.then((server) => server.close(), () => {});
  }
}

async function conform(argv: string[], io: Io, setup: ConformSetup, started: (server: Promise<ReferenceServer>) => void): Promise<number> {
  const env = io.env ?? {};
  let options: ConformOptions;
  let requirements: Requirement[];
  let previous: ConformanceReport | undefined;
  let embedded: Promise<ReferenceServer> | undefined;
  try {
    options = await resolveConformOptions(argv, env, io.cwd ?? process.cwd());
    if (options.help) return io.out(conformUsage), exitCodes.conformant;
    if (options.version) return io.out(`users-api-conformance ${packageVersion()}`), exitCodes.conformant;
    const startEmbedded = (run: ConformOptions) => {
      if (embedded !== undefined || run.baseUrl !== undefined) return;
      embedded = startEmbeddedServer(run, setup.startServer);
      embedded.catch(() => {}); // its error is the run's, reported where the target opens
      started(embedded);
    };
    // Started first, so the server gets ready (in a worker: on the other core) while this thread loads the catalogue, the spec
    // and the validators; a rerun's faults come from the report it reruns, so its server starts once that is read.
    if (!options.listRequirements && !options.diff && !options.mergeReports && options.rerunFailed === undefined) startEmbedded(options);
    const catalogue = await setup.loadCatalogue();
    if (options.listRequirements) return io.out((await import('./format-catalogue.js')).formatCatalogue(catalogue)), exitCodes.conformant;
    if (options.diff || options.mergeReports) {
      const { runReportCommand } = await import('./run-report-command.js');
      return await runReportCommand(options, catalogue, { ...io, env, colour: useColour(io.outIsTTY ?? false, env) });
    }
    requirements = await selectAndShard(catalogue, options);
    // Read before the run: the previous report may be the one this run replaces.
    if (options.compare !== undefined) previous = await (await import('./read-report-file.js')).readReportFile(options.compare);
    if (options.rerunFailed !== undefined) {
      const [{ readReportFile }, { planRerun }] = await Promise.all([import('./read-report-file.js'), import('./rerun-failed.js')]);
      const source = options.rerunFailed || options.reportDir;
      const rerun = planRerun(await readReportFile(source), source, catalogue, requirements, options);
      rerun.notes.forEach((line) => io.err(line));
      if (rerun.requirements.length === 0) return io.out(`conform: no previously failed requirements in ${source}: nothing to run`), exitCodes.conformant;
      ({ requirements, options } = rerun);
    }
    startEmbedded(options);
  } catch (error) {
    io.err(`conform: ${error instanceof CliError ? error.message : String(error)}`);
    return exitCodes.error;
  }

  const [{ redactText, secretValuesOf }, { loadSpec, SpecError, defaultSpecPath }, { prebuiltValidators }, { conformRun, openTarget }, { readNetworkSettings }, handlers] = await Promise.all([
    import('../http/redact.js'),
    import('../spec/load-spec.js'),
    import('../validate/validators.js'),
    import('./conform-run.js'),
    import('./network-settings.js'),
    import('./run-handlers.js'),
  ]);
  const { ciHandler, comparisonHandler, progressHandler, reportFilesHandler } = handlers;
  // The key's passphrase is a secret like a header: redacted wherever it could show.
  const secrets = [...secretValuesOf(options.headers), ...(options.clientKeyPassphrase ? [options.clientKeyPassphrase] : [])].sort((a, b) => b.length - a.length);
  io = redacting(io, (text) => redactText(text, secrets));
  let target: Target | undefined;
  try {
    const spec = await loadSpec(setup.specPath ?? defaultSpecPath);
    const validators = (await prebuiltValidators(spec)) ?? (await import('../validate/create-ajv.js')).createValidators(spec);
    target = await openTarget(options, await readNetworkSettings(options, env), embedded);
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
async function selectAndShard(catalogue: readonly Requirement[], options: ConformOptions): Promise<Requirement[]> {
  const [{ selectRequirements }, { faults }, { shardRequirements }] = await Promise.all([
    import('../run/scope.js'),
    import('../reference/faults.js'),
    import('./shard-requirements.js'),
  ]);
  const selection = selectRequirements(catalogue, options.only, options.skip);
  if (selection.unknown.length > 0) throw new CliError(`unknown requirement or area: ${selection.unknown.join(', ')} (see --list-requirements)`);
  const unknownFaults = options.faults.filter((f) => !(f in faults));
  if (unknownFaults.length > 0) throw new CliError(`unknown fault: ${unknownFaults.join(', ')} (see npm run serve -- --list-faults)`);
  return shardRequirements(selection.selected, options.shard);
}

/** `io` with every line printed passing the planted secrets' redaction (`redact`) last. */
function redacting(io: Io, redact: (text: string) => string): Io {
  const terminal = io.terminal;
  return {
    ...io,
    out: (line) => io.out(redact(line)),
    err: (line) => io.err(redact(line)),
    ...(terminal ? { terminal: { ...terminal, write: (text: string) => terminal.write(redact(text)) } } : {}),
  };
}
