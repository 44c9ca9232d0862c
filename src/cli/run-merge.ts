import { resolve } from 'node:path';
import { mergeReports } from '../report/merge-reports.js';
import type { ConformanceReport } from '../report/report-model.js';
import type { Requirement } from '../run/requirement.js';
import { writeReports, type ReportPaths } from '../report/write-reports.js';
import { CliError } from './cli-error.js';
import { readReportFile } from './read-report-file.js';

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
