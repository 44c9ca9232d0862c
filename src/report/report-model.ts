/** The conformance report: the one record of a run that every writer renders. */

import type { ExchangeRecord } from '../http/exchange.js';

/** The record of one exchange is the HTTP layer's; writers import it from here with the rest of the report. */
export type { ExchangeRecord };

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

export interface RequirementResult {
  id: string;
  level: Level;
  area: string;
  title: string;
  /** The rule of the contract this requirement tests, in its words. */
  rule: string;
  /** The contract section it traces to. */
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

export interface ReportSummary {
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

export interface ConformanceReport {
  tool: { name: string; version: string };
  spec: { title: string; version: string };
  target: { baseUrl: string; embedded: boolean; fault?: string };
  run: {
    id: string;
    seed: number;
    startedAt: string;
    durationMs: number;
    requests: number;
    strict: boolean;
    readOnly: boolean;
    runs: number;
    /** Why the run ended early or could not be done, if it did. */
    note?: string;
    /** Under --shard=I/N: the part of the requirements this run took. */
    shard?: { index: number; count: number };
    /** A report joined by --merge-reports: the runs it joins. */
    merged?: MergedRun[];
  };
  summary: ReportSummary;
  requirements: RequirementResult[];
}

/** One run a merged report joins (its own run facts, kept for replay). */
export interface MergedRun {
  /** The file it was read from. */
  source: string;
  id: string;
  seed: number;
  shard?: { index: number; count: number };
  startedAt: string;
  durationMs: number;
  requests: number;
  verdict: Verdict;
}
