import type { Requirement } from '../run/requirement.js';
import { verdictExitCode } from './conform-run.js';
import type { ConformOptions } from './conform-options.js';
import { appendStepSummary } from './append-step-summary.js';
import { printSummary } from './print-summary.js';
import { publishCiOutput } from './publish-ci-output.js';
import { runDiff } from './run-diff.js';
import { runMerge } from './run-merge.js';

export interface ReportCommandIo {
  out(line: string): void;
  err(line: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Colour the summary on stdout. */
  colour: boolean;
}

/**
 * The two commands that run nothing and work on reports: `--diff OLD NEW` (exit 1 when a
 * requirement newly fails) and `--merge-reports DIR...` (exit by the merged verdict, as a
 * run would). Throws CliError for bad input (exit 2).
 */
export async function runReportCommand(options: ConformOptions, catalogue: readonly Requirement[], io: ReportCommandIo): Promise<number> {
  if (options.diff) {
    const { code, markdown } = await runDiff(options.paths[0], options.paths[1], io.out);
    await appendStepSummary(io.env, markdown, io.err);
    return code;
  }
  const { report, paths } = await runMerge(options.paths, options.reportDir, catalogue, io.err);
  printSummary(io.out, report, paths, io.colour);
  await publishCiOutput(report, io.env, io);
  return verdictExitCode(report.summary.verdict);
}
