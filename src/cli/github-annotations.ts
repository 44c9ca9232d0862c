import type { ConformanceReport } from '../report/report-model.js';
import { requirementOutcome } from '../run/results.js';
import { escapeWorkflowCommand as escape } from './escape-workflow-command.js';

/** Longest message in one annotation; the reports hold the rest. */
const MESSAGE_MAX = 1000;

/**
 * GitHub Actions annotations for a report: `::error` for each requirement that fails the
 * gate (a failed MUST, a failed SHOULD under --strict, or one that errored) and `::warning`
 * for each failed SHOULD that does not; plus one `::error` when the run itself could not be
 * done. The title is the requirement id, so the checks page lists them by id.
 */
export function githubAnnotations(report: ConformanceReport): string[] {
  const lines: string[] = [];
  if (report.run.note !== undefined) lines.push(`::error title=${escape('conformance run', 'property')}::${escape(cut(report.run.note), 'data')}`);
  for (const r of report.requirements) {
    const outcome = requirementOutcome(r, report.run.strict);
    if (outcome !== 'failed' && outcome !== 'errored' && outcome !== 'warning') continue;
    const first = r.findings[0]?.message;
    const more = r.findings.length > 1 ? ` (and ${r.findings.length - 1} more ${r.findings.length === 2 ? 'finding' : 'findings'})` : '';
    const message =
      outcome === 'errored'
        ? `${r.level} ${r.title}: could not be checked: ${r.reason ?? first ?? 'the check did not complete'}`
        : `${r.level} ${r.title}: ${first ?? r.reason ?? 'not met'}${more}`;
    lines.push(`::${outcome === 'warning' ? 'warning' : 'error'} title=${escape(r.id, 'property')}::${escape(cut(message), 'data')}`);
  }
  return lines;
}

function cut(text: string): string {
  return text.length > MESSAGE_MAX ? `${text.slice(0, MESSAGE_MAX - 1)}…` : text;
}
