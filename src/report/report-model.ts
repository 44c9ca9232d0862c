/** The conformance report: the one record of a run that every writer renders. */

import type { RequirementResult, RunSummary, Verdict } from '../run/results.js';

/** One HTTP request and what came back, as recorded (secret headers already redacted). */
export interface ExchangeRecord {
  request: {
    method: string;
    url: string;
    headers: Record<string, string>;
    body?: string;
  };
  /** Absent when no response came (connection refused, timeout, reset). */
  response?: {
    status: number;
    headers: Record<string, string>;
    /** The body as text, cut to a size fit for a report. */
    body: string;
    bodyTruncated: boolean;
  };
  /** What went wrong at the transport level, one line. */
  error?: string;
  startedAt: string;
  durationMs: number;
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
