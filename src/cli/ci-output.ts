import { appendFile } from 'node:fs/promises';
import { renderMarkdown } from '../report/render-markdown.js';
import type { ConformanceReport } from '../report/report-model.js';
import { requirementOutcome } from '../run/results.js';

// CI output from a report: GitHub Actions annotations (workflow commands) and the job summary.

export interface CiOutputIo {
  out(line: string): void;
  err(line: string): void;
}

/**
 * What a CI system shows natively, from the environment it sets: under GitHub Actions
 * (GITHUB_ACTIONS) one annotation per requirement needing attention, on stdout where the
 * runner reads workflow commands; with GITHUB_STEP_SUMMARY the Markdown summary (and any
 * `extra` Markdown, such as a comparison) appended to the job summary.
 */
export async function publishCiOutput(
  report: ConformanceReport,
  env: Readonly<Record<string, string | undefined>>,
  io: CiOutputIo,
  extra: string[] = [],
): Promise<void> {
  if (env.GITHUB_ACTIONS) for (const line of githubAnnotations(report)) io.out(line);
  await appendStepSummary(env, [renderMarkdown(report), ...extra].join('\n'), io.err);
}

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
  if (report.run.note !== undefined) lines.push(`::error title=${escapeWorkflowCommand('conformance run', 'property')}::${escapeWorkflowCommand(cut(report.run.note), 'data')}`);
  for (const r of report.requirements) {
    const outcome = requirementOutcome(r, report.run.strict);
    if (outcome !== 'failed' && outcome !== 'errored' && outcome !== 'warning') continue;
    const first = r.findings[0]?.message;
    const more = r.findings.length > 1 ? ` (and ${r.findings.length - 1} more ${r.findings.length === 2 ? 'finding' : 'findings'})` : '';
    const message =
      outcome === 'errored'
        ? `${r.level} ${r.title}: could not be checked: ${r.reason ?? first ?? 'the check did not complete'}`
        : `${r.level} ${r.title}: ${first ?? r.reason ?? 'not met'}${more}`;
    lines.push(`::${outcome === 'warning' ? 'warning' : 'error'} title=${escapeWorkflowCommand(r.id, 'property')}::${escapeWorkflowCommand(cut(message), 'data')}`);
  }
  return lines;
}

function cut(text: string): string {
  return text.length > MESSAGE_MAX ? `${text.slice(0, MESSAGE_MAX - 1)}…` : text;
}

/**
 * Text for a GitHub Actions workflow command (`::error title=…::message`), escaped as the
 * runner unescapes it: in the message `%`, CR and LF; in a property also `:` and `,`, which
 * would otherwise end the property.
 */
export function escapeWorkflowCommand(text: string, context: 'data' | 'property'): string {
  const data = text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return context === 'data' ? data : data.replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Appends Markdown to the GitHub job summary when GITHUB_STEP_SUMMARY names it. A summary that
 * cannot be written is a warning on stderr, never a failed gate.
 */
export async function appendStepSummary(env: Readonly<Record<string, string | undefined>>, markdown: string, err: (line: string) => void): Promise<void> {
  const path = env.GITHUB_STEP_SUMMARY;
  if (!path) return;
  try {
    await appendFile(path, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
  } catch (error) {
    err(`conform: warning: could not append to GITHUB_STEP_SUMMARY (${path}): ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
