import { join } from 'node:path';
import { diffReports } from '../report/diff-reports.js';
import { renderDiffMarkdown } from '../report/render-diff-markdown.js';
import type { ConformanceReport } from '../report/report-model.js';
import { replayCommand } from '../report/replay-command.js';
import { writeFileAtomic } from '../report/write-file-atomic.js';
import { writeReports } from '../report/write-reports.js';
import { CliError } from './cli-error.js';
import type { RunHandler } from './conform-run.js';
import { createProgress, type Progress, type ProgressOptions } from './create-progress.js';
import { printSummary } from './print-summary.js';
import { publishCiOutput } from './ci-output.js';

// The consumers of a run's events (see RunHandler): each owns one kind of output.

type Line = (line: string) => void;

/** Progress on stderr as requirements end (see createProgress). */
export function progressHandler(options: Omit<ProgressOptions, 'total' | 'requests' | 'replay'> & { runs: number }): RunHandler {
  let progress: Progress | undefined;
  return {
    started({ total, seed, target, requests }) {
      const replay: ProgressOptions['replay'] = (id, finding) => replayCommand(id, finding, { target, run: { seed, runs: options.runs } });
      progress = createProgress({ ...options, total, requests, replay });
    },
    result: (result) => progress?.onResult(result),
    finished: () => progress?.finish(),
    brokeOff: () => progress?.finish(),
  };
}

/** The four reports in `reportDir`; then the one-screen summary, or, when nothing ran, why. */
export function reportFilesHandler(reportDir: string, io: { out: Line; err: Line; colour: boolean }): RunHandler {
  return {
    async finished(report, ran) {
      const paths = await writeReports(report, reportDir).catch((error: unknown) => {
        throw new CliError(`could not write the reports to ${reportDir}: ${error instanceof Error ? error.message : String(error)}`);
      });
      if (ran) printSummary(io.out, report, paths, io.colour);
      else io.err(`conform: ${report.run.note}`);
    },
  };
}

/** `--compare FILE`: what newly fails or passes since `previous`, printed and written to comparison.md. */
export function comparisonHandler(previous: ConformanceReport, reportDir: string, out: Line): RunHandler {
  return {
    async finished(report, ran) {
      if (!ran) return;
      const markdown = comparisonMarkdown(previous, report);
      await writeFileAtomic(join(reportDir, 'comparison.md'), markdown);
      out(`\n${markdown.trimEnd()}`);
    },
  };
}

/** What the CI shows natively (annotations, the job summary with any comparison): see publishCiOutput. */
export function ciHandler(env: Readonly<Record<string, string | undefined>>, io: { out: Line; err: Line }, previous: ConformanceReport | undefined): RunHandler {
  return {
    finished: (report, ran) => publishCiOutput(report, env, io, ran && previous ? [comparisonMarkdown(previous, report)] : []),
  };
}

function comparisonMarkdown(previous: ConformanceReport, current: ConformanceReport): string {
  return renderDiffMarkdown(diffReports(previous, current));
}
