import type { ConformanceReport } from '../report/report-model.js';

/** A problem with how a command was called or what it was given: one line on stderr, exit 2. */
export class CliError extends Error {
  override name = 'CliError';
}

/** Exit codes of `conform`. */
export const exitCodes = { conformant: 0, nonConformant: 1, error: 2 } as const;

/** The exit code a report's verdict gives. */
export function verdictExitCode(verdict: ConformanceReport['summary']['verdict']): number {
  return verdict === 'conformant' ? exitCodes.conformant : verdict === 'non-conformant' ? exitCodes.nonConformant : exitCodes.error;
}
