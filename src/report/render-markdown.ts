import { formatDuration } from './format.js';
import { insecureWarning, type ConformanceReport } from './report-model.js';
import { requirementOutcome, type Outcome } from '../run/results.js';
import { markdownCell as cell, markdownCode as code, markdownInline as inline, markdownLabels } from './markdown.js';
import { replayCommand } from './replay-command.js';
import { sanitizeText } from './escape.js';

const VERDICT = markdownLabels.verdict;
const OUTCOME = markdownLabels.outcome;

/** Longest curl line quoted; longer ones are in conformance.json and the HTML report. */
const CURL_MAX = 4000;
/** Curl lines shown per requirement. */
const CURLS_PER_REQUIREMENT = 5;

/**
 * The report as GitHub-flavoured Markdown for a PR comment or GITHUB_STEP_SUMMARY: verdict,
 * one line of facts, the requirements that need attention, replay commands, then all of them.
 */
export function renderMarkdown(report: ConformanceReport): string {
  const { summary, run, target } = report;
  const strict = run.strict;
  const out: string[] = [];

  out.push(`## ${VERDICT[summary.verdict]} — ${inline(report.spec.title)} conformance`, '');
  const counts = [
    `**${summary.total}** requirements`,
    `${summary.passed} passed`,
    `${summary.failed} failed`,
    `${summary.warnings} ${summary.warnings === 1 ? 'warning' : 'warnings'}`,
    `${summary.skipped} skipped`,
    `${summary.errored} errored`,
  ].join(' · ');
  const facts = [
    `target ${code(target.baseUrl)}${target.embedded ? ' (embedded)' : ''}${target.fault ? ` with fault ${code(target.fault)}` : ''}`,
    `seed ${code(String(run.seed))}`,
    formatDuration(run.durationMs),
    `${run.requests} ${run.requests === 1 ? 'request' : 'requests'}`,
    ...(strict ? ['strict'] : []),
    ...(run.readOnly ? ['read-only'] : []),
    ...(run.existingUsersUntouched ? ['existing users untouched'] : []),
    ...(run.shard ? [`shard ${run.shard.index}/${run.shard.count}`] : []),
    ...(run.merged ? [`merged from ${run.merged.length} ${run.merged.length === 1 ? 'run' : 'runs'}`] : []),
  ].join(' · ');
  out.push(`${counts} — ${facts}`, '');
  if (run.insecure) out.push(`> **Warning:** ${inline(insecureWarning)}`, '');
  if (run.note !== undefined) out.push(`> **Note:** ${inline(run.note)}`, '');

  const attention = report.requirements
    .map((requirement) => ({ requirement, outcome: requirementOutcome(requirement, strict) }))
    .filter(({ outcome }) => outcome === 'failed' || outcome === 'errored' || outcome === 'warning')
    // Failures first, then errors, then warnings: what blocks the gate leads.
    .sort((a, b) => rank(a.outcome) - rank(b.outcome));

  if (attention.length > 0) {
    out.push('| Status | ID | Level | Title | First finding |', '| --- | --- | --- | --- | --- |');
    for (const { requirement, outcome } of attention) {
      const first = requirement.findings[0]?.message ?? requirement.reason ?? '';
      out.push(
        `| ${OUTCOME[outcome]} | ${cell(requirement.id)} | ${requirement.level} | ${cell(requirement.title)} | ${cell(first)} |`,
      );
    }
    out.push('');
    for (const { requirement } of attention) {
      const curls = [...new Set(requirement.findings.flatMap((f) => (f.curl === undefined ? [] : [f.curl])))];
      if (requirement.findings.length === 0) continue;
      out.push(`<details><summary>Replay ${inline(requirement.id)}: ${inline(requirement.title)}</summary>`, '');
      out.push('Run this check again:', '', fence(replayCommand(requirement.id, requirement.findings[0], report)), '');
      if (curls.length > 0) out.push('Its requests:', '');
      for (const curl of curls.slice(0, CURLS_PER_REQUIREMENT)) out.push(fence(curl), '');
      if (curls.length > CURLS_PER_REQUIREMENT) {
        out.push(`…and ${curls.length - CURLS_PER_REQUIREMENT} more in \`conformance.json\`.`, '');
      }
      out.push('</details>', '');
    }
  }

  // A skip is easy to miss in the full table below, and its reason is what to act on (a quiet target, users to reach).
  const skipped = report.requirements.filter((requirement) => requirement.status === 'skipped');
  if (skipped.length > 0) {
    out.push('| Skipped | Why |', '| --- | --- |');
    for (const requirement of skipped) out.push(`| ${cell(requirement.id)} | ${cell(requirement.reason ?? '')} |`);
    out.push('');
  }

  if (report.requirements.length > 0) {
    out.push(`<details><summary>All ${report.requirements.length} requirements</summary>`, '');
    out.push('| ID | Level | Area | Status | Title |', '| --- | --- | --- | --- | --- |');
    for (const requirement of report.requirements) {
      const outcome = requirementOutcome(requirement, strict);
      out.push(`| ${cell(requirement.id)} | ${requirement.level} | ${cell(requirement.area)} | ${OUTCOME[outcome]} | ${cell(requirement.title)} |`);
    }
    out.push('', '</details>', '');
  } else {
    out.push('No requirement was run.', '');
  }
  out.push(`<sub>${inline(report.tool.name)} ${inline(report.tool.version)} · run ${code(run.id)} · ${inline(run.startedAt)}</sub>`, '');
  return out.join('\n');
}

function rank(outcome: Outcome): number {
  return outcome === 'failed' ? 0 : outcome === 'errored' ? 1 : 2;
}

/** A fenced block longer than any backtick run inside, so the text cannot close it. */
function fence(text: string): string {
  const clean = sanitizeText(text);
  const cut = clean.length > CURL_MAX ? clean.slice(0, CURL_MAX) + ' …(cut; full line in conformance.json)' : clean;
  const longest = Math.max(0, ...(cut.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(Math.max(3, longest + 1));
  return `${ticks}sh\n${cut}\n${ticks}`;
}
