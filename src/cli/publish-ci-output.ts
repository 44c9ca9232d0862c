import { renderMarkdown } from '../report/render-markdown.js';
import type { ConformanceReport } from '../report/report-model.js';
import { appendStepSummary } from './append-step-summary.js';
import { githubAnnotations } from './github-annotations.js';

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
