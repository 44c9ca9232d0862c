import { faults } from '../reference/faults.js';
import type { ConformanceReport } from '../report/report-model.js';
import type { Requirement } from '../run/requirement.js';
import { CliError } from './cli-error.js';
import type { ConformOptions } from './conform-options.js';

/** What `--rerun-failed` runs: the requirements, the options of the run it replays, and what to say first. */
export interface Rerun {
  requirements: Requirement[];
  options: ConformOptions;
  /** Lines for stderr: failures of the report the catalogue no longer holds. */
  notes: string[];
}

/**
 * `--rerun-failed` (pytest's --lf): of `selected`, the requirements that failed or errored in
 * `previous`, with that run's seed, runs and (against the embedded server) faults, so each one
 * sends what it sent then (a requirement's seed derives from the run's seed and its id alone).
 * An empty list means nothing (of the selection) failed there: nothing to run.
 */
export function planRerun(previous: ConformanceReport, source: string, catalogue: readonly Requirement[], selected: readonly Requirement[], options: ConformOptions): Rerun {
  const failed = new Set(previous.requirements.filter((r) => r.status === 'failed' || r.status === 'errored').map((r) => r.id));
  const gone = [...failed].filter((id) => !catalogue.some((r) => r.id === id));
  const previousFaults = previous.target.embedded && options.baseUrl === undefined ? (previous.target.fault?.split(',').filter(Boolean) ?? []) : options.faults;
  const unknownFaults = previousFaults.filter((f) => !(f in faults));
  if (unknownFaults.length > 0) throw new CliError(`${source}: ran with a fault this server does not have: ${unknownFaults.join(', ')}`);
  return {
    requirements: selected.filter((r) => failed.has(r.id)),
    options: { ...options, seed: previous.run.seed, runs: previous.run.runs, faults: previousFaults },
    notes: gone.length > 0 ? [`conform: not in the catalogue any more, not rerun: ${gone.join(', ')}`] : [],
  };
}
