import type { ReportDiff, RequirementChange } from './diff-reports.js';
import { markdownCell as cell, markdownCode as code, markdownLabels } from './markdown.js';

const VERDICT = markdownLabels.verdict;
const OUTCOME = markdownLabels.outcome;

/**
 * A comparison of two runs as GitHub-flavoured Markdown for a PR comment: one headline with
 * the counts and the verdicts, then a table per kind of change, what fails the gate first.
 */
export function renderDiffMarkdown(diff: ReportDiff): string {
  const out: string[] = [];
  const newlyFailingAdded = diff.added.filter((c) => c.after === 'failed' || c.after === 'errored');
  const regressions = diff.newlyFailing.length + newlyFailingAdded.length;
  const icon = regressions > 0 ? '❌' : diff.newlyPassing.length > 0 ? '✅' : '➖';
  out.push(`## ${icon} Conformance: changes since the previous run`, '');
  const verdict =
    diff.before.verdict === diff.after.verdict
      ? `verdict ${VERDICT[diff.after.verdict]} (unchanged)`
      : `verdict ${VERDICT[diff.after.verdict]} (was ${VERDICT[diff.before.verdict]})`;
  const counts = [
    `**${diff.newlyFailing.length} newly failing**`,
    `${diff.newlyPassing.length} newly passing`,
    `${diff.newlyWarning.length} newly warning`,
    `${diff.noLongerRun.length} no longer run`,
    `${diff.added.length} new`,
    `${diff.removed.length} removed`,
    `${diff.stillFailing.length} still failing`,
  ].join(' · ');
  out.push(`${counts} — ${verdict}`, '');

  const changed = diff.newlyFailing.length + diff.newlyPassing.length + diff.newlyWarning.length + diff.noLongerRun.length + diff.added.length + diff.removed.length;
  if (changed === 0) out.push(`No requirement changed its outcome (${diff.unchanged + diff.stillFailing.length} compared).`, '');

  table(out, '❌ Newly failing', diff.newlyFailing);
  table(out, '✅ Newly passing', diff.newlyPassing);
  table(out, '⚠️ Newly warning', diff.newlyWarning);
  table(out, '⏭️ No longer run', diff.noLongerRun);
  table(out, '🆕 New requirements', diff.added);
  table(out, '🗑️ Removed requirements', diff.removed);
  if (diff.stillFailing.length > 0) {
    out.push(`<details><summary>Still failing (${diff.stillFailing.length})</summary>`, '');
    table(out, undefined, diff.stillFailing);
    out.push('</details>', '');
  }
  out.push(`<sub>before: run ${code(diff.before.id)} · ${cell(diff.before.startedAt)} — after: run ${code(diff.after.id)} · ${cell(diff.after.startedAt)}</sub>`, '');
  return out.join('\n');
}

function table(out: string[], heading: string | undefined, changes: RequirementChange[]): void {
  if (changes.length === 0) return;
  if (heading) out.push(`### ${heading} (${changes.length})`, '');
  out.push('| ID | Level | Was | Now | Title | Detail |', '| --- | --- | --- | --- | --- | --- |');
  for (const c of changes) {
    const was = c.before ? OUTCOME[c.before] : '—';
    const now = c.after ? OUTCOME[c.after] : '—';
    out.push(`| ${cell(c.id)} | ${c.level} | ${was} | ${now} | ${cell(c.title)} | ${cell(c.detail ?? '')} |`);
  }
  out.push('');
}
