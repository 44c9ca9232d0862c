import type { ExchangeRecord } from '../http/exchange.js';
import type { Requirement } from './requirement.js';

// What a run produces: one result a requirement, its findings, the verdict.
// The report model and every writer build on these; the runner never imports a writer.

export type Level = 'MUST' | 'SHOULD';
export type RequirementStatus = 'passed' | 'failed' | 'skipped' | 'errored';
export type Verdict = 'conformant' | 'non-conformant' | 'error';

export interface Finding {
  /** One line: what the target did and what the contract asks. */
  message: string;
  /** A curl command that replays the request (secrets redacted). */
  curl?: string;
  exchange?: ExchangeRecord;
  /** For property checks: the minimal input after shrinking. */
  counterexample?: unknown;
  /** For property checks: the seed and path that replay the failure. */
  seed?: number;
  path?: string;
  /** Cases tried before the failure. */
  numRuns?: number;
  /** Under --shard: the shard whose part of the cases failed (replay with the same --shard). */
  shard?: { index: number; count: number };
}

/** A requirement's result: what it is (from its declaration), then what the run found. */
export interface RequirementResult extends Pick<Requirement, 'id' | 'level' | 'area' | 'title' | 'rule'> {
  /** The contract sections it traces to, as one line (`contractLine`). */
  contract: string;
  status: RequirementStatus;
  /** Why it was skipped or errored. */
  reason?: string;
  durationMs: number;
  requests: number;
  /** Observing rules only: how many responses of the run (any check's) the rule judged. */
  observed?: number;
  /** Property checks only: the generated cases their properties ran. */
  cases?: number;
  findings: Finding[];
}

export interface RunSummary {
  verdict: Verdict;
  total: number;
  passed: number;
  /** MUST requirements failed, and SHOULD ones under --strict. */
  failed: number;
  /** SHOULD requirements failed without --strict. */
  warnings: number;
  skipped: number;
  errored: number;
}


/** How a requirement shows in a report: a failed SHOULD is only a warning unless the run is strict. */
export type Outcome = 'passed' | 'failed' | 'warning' | 'skipped' | 'errored';

/** The outcome every writer shows for one requirement, so they never disagree. */
export function requirementOutcome(requirement: Pick<RequirementResult, 'status' | 'level'>, strict: boolean): Outcome {
  if (requirement.status !== 'failed') return requirement.status;
  return requirement.level === 'SHOULD' && !strict ? 'warning' : 'failed';
}

/**
 * Counts results and decides the verdict: any failed MUST (or SHOULD under
 * `strict`) or errored requirement makes the target non-conformant; a failed
 * SHOULD otherwise is a warning.
 */
export function summarize(results: readonly RequirementResult[], strict: boolean): RunSummary {
  const summary: RunSummary = { verdict: 'conformant', total: results.length, passed: 0, failed: 0, warnings: 0, skipped: 0, errored: 0 };
  const counters = { passed: 'passed', failed: 'failed', warning: 'warnings', skipped: 'skipped', errored: 'errored' } as const;
  for (const result of results) summary[counters[requirementOutcome(result, strict)]]++;
  if (summary.failed > 0 || summary.errored > 0) summary.verdict = 'non-conformant';
  return summary;
}
