import { resolve } from 'node:path';
import { diffReports } from '../report/diff-reports.js';
import { mergeReports } from '../report/merge-reports.js';
import { renderDiffMarkdown } from '../report/render-diff-markdown.js';
import type { ConformanceReport } from '../report/report-model.js';
import { writeReports, type ReportPaths } from '../report/write-reports.js';
import type { Requirement } from '../run/requirement.js';
import { appendStepSummary, publishCiOutput } from './ci-output.js';
import { CliError, verdictExitCode } from './cli-error.js';
import type { ConformOptions } from './conform-options.js';
import { printSummary } from './print-summary.js';
import { readReportFile } from './read-report-file.js';

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

/**
 * `conform --diff OLD NEW`: compares two reports, runs nothing, prints the Markdown
 * comparison. Returns 1 when a requirement newly fails the gate (a new one included), so a
 * pipeline can gate on regressions alone; 0 otherwise. Throws CliError on a bad file.
 */
export async function runDiff(oldPath: string, newPath: string, out: (line: string) => void): Promise<{ code: number; markdown: string }> {
  // One after the other, so a bad pair always names the first bad file (Promise.all would name whichever failed first).
  const before = await readReportFile(oldPath);
  const after = await readReportFile(newPath);
  const diff = diffReports(before, after);
  const markdown = renderDiffMarkdown(diff);
  out(markdown.trimEnd());
  const addedFailing = diff.added.some((c) => c.after === 'failed' || c.after === 'errored');
  return { code: diff.newlyFailing.length > 0 || addedFailing ? 1 : 0, markdown };
}

/**
 * `conform --merge-reports DIR...`: reads each shard's conformance.json (a directory stands
 * for the one inside it), joins them (`catalogue` says which checks run in every shard) and writes the four reports into `reportDir`. Warnings
 * go to `warn`; what would make a wrong verdict throws CliError.
 */
export async function runMerge(paths: readonly string[], reportDir: string, catalogue: readonly Requirement[], warn: (line: string) => void): Promise<{ report: ConformanceReport; paths: ReportPaths }> {
  const target = resolve(reportDir);
  const clash = paths.find((p) => resolve(p) === target || resolve(p) === resolve(target, 'conformance.json'));
  if (clash) throw new CliError(`--report-dir ${reportDir} is one of the reports to merge (${clash}); write the merged report elsewhere`);
  // In order, so the error for bad inputs always names the first bad one.
  const inputs: { source: string; report: ConformanceReport }[] = [];
  for (const source of paths) inputs.push({ source, report: await readReportFile(source) });
  // Observing rules and property checks run in every shard (see shardRequirements).
  const everyShard = new Set(catalogue.filter((r) => r.observe || r.property).map((r) => r.id));
  const result = mergeReports(inputs, everyShard, catalogue.map((r) => r.id));
  if (!result.ok) throw new CliError(result.error);
  for (const warning of result.warnings) warn(`conform: warning: ${warning}`);
  return { report: result.report, paths: await writeReports(result.report, reportDir) };
}
