import { diffReports } from '../report/diff-reports.js';
import { renderDiffMarkdown } from '../report/render-diff-markdown.js';
import { readReportFile } from './read-report-file.js';

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
