/** The conformance report: the one record of a run that every writer renders. */

import type { ExchangeRecord } from '../http/exchange.js';
import type { RequirementResult, RunSummary, Verdict } from '../run/results.js';

/** The record of one exchange is the HTTP layer's; writers import it from here with the rest of the report. */
export type { ExchangeRecord };

/** What every writer says of a run under --insecure. */
export const insecureWarning = "the target's TLS certificate was NOT verified (--insecure): anyone on the way could have answered for it";

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
    /** --no-touch-existing: no request wrote to or reused the e-mail of a user the run did not create. */
    existingUsersUntouched?: true;
    /** --insecure: the target's TLS certificate was not verified (every writer says so, loudly). */
    insecure?: true;
    /** Under --shard=I/N: the part of the requirements this run took. */
    shard?: { index: number; count: number };
    /** A report joined by --merge-reports: the runs it joins. */
    merged?: MergedRun[];
  };
  summary: RunSummary;
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
