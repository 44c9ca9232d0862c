import { appendFile } from 'node:fs/promises';

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
