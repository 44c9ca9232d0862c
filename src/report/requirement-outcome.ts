import type { RequirementResult } from './report-model.js';

/** How a requirement shows in a report: a failed SHOULD is only a warning unless the run is strict. */
export type Outcome = 'passed' | 'failed' | 'warning' | 'skipped' | 'errored';

/** The outcome every writer shows for one requirement, so they never disagree. */
export function requirementOutcome(requirement: Pick<RequirementResult, 'status' | 'level'>, strict: boolean): Outcome {
  if (requirement.status !== 'failed') return requirement.status;
  return requirement.level === 'SHOULD' && !strict ? 'warning' : 'failed';
}
