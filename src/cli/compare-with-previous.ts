import { join } from 'node:path';
import { diffReports } from '../report/diff-reports.js';
import { renderDiffMarkdown } from '../report/render-diff-markdown.js';
import type { ConformanceReport } from '../report/report-model.js';
import { writeFileAtomic } from '../report/write-file-atomic.js';

/**
 * `--compare FILE`: this run against a previous report, as Markdown for a PR comment, also
 * written to comparison.md beside the other reports. Returns the Markdown.
 */
export async function compareWithPrevious(previous: ConformanceReport, current: ConformanceReport, reportDir: string): Promise<string> {
  const markdown = renderDiffMarkdown(diffReports(previous, current));
  await writeFileAtomic(join(reportDir, 'comparison.md'), markdown);
  return markdown;
}
