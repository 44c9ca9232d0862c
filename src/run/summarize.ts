import type { ReportSummary, RequirementResult } from '../report/report-model.js';

/**
 * Counts results and decides the verdict: any failed MUST (or SHOULD under
 * `strict`) or errored requirement makes the target non-conformant; a failed
 * SHOULD otherwise is a warning.
 */
export function summarize(results: readonly RequirementResult[], strict: boolean): ReportSummary {
  const summary: ReportSummary = { verdict: 'conformant', total: results.length, passed: 0, failed: 0, warnings: 0, skipped: 0, errored: 0 };
  for (const result of results) {
    if (result.status === 'passed') summary.passed++;
    else if (result.status === 'skipped') summary.skipped++;
    else if (result.status === 'errored') summary.errored++;
    else if (result.level === 'SHOULD' && !strict) summary.warnings++;
    else summary.failed++;
  }
  if (summary.failed > 0 || summary.errored > 0) summary.verdict = 'non-conformant';
  return summary;
}
