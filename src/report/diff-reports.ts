import type { ConformanceReport } from './report-model.js';
import { requirementOutcome, type Level, type Outcome, type Verdict } from '../run/results.js';

/** One requirement whose outcome differs between two runs (or that only one run has). */
export interface RequirementChange {
  id: string;
  level: Level;
  title: string;
  /** Absent for a requirement the earlier run did not have. */
  before?: Outcome;
  /** Absent for a requirement the later run does not have. */
  after?: Outcome;
  /** The later run's first finding or reason (the earlier run's for a removed one). */
  detail?: string;
}

export interface RunFacts {
  id: string;
  startedAt: string;
  verdict: Verdict;
  total: number;
}

export interface ReportDiff {
  before: RunFacts;
  after: RunFacts;
  /** Fails the gate now (failed or errored) and did not before. */
  newlyFailing: RequirementChange[];
  /** Passes now and failed, errored or warned before. */
  newlyPassing: RequirementChange[];
  /** A warning now (a failed SHOULD), passed or skipped before. */
  newlyWarning: RequirementChange[];
  /** Skipped now, run before: a regression can hide here. */
  noLongerRun: RequirementChange[];
  /** Failing in both runs. */
  stillFailing: RequirementChange[];
  /** Only in the later run, with its outcome. */
  added: RequirementChange[];
  /** Only in the earlier run. */
  removed: RequirementChange[];
  /** Requirements in both runs with the same outcome. */
  unchanged: number;
}

const failing = (o: Outcome | undefined) => o === 'failed' || o === 'errored';

/**
 * What changed between two runs' reports, requirement by requirement, by the outcome each
 * report shows (so a failed SHOULD is a warning unless that run was strict). Lists keep the
 * later run's order; removed ones the earlier run's.
 */
export function diffReports(before: ConformanceReport, after: ConformanceReport): ReportDiff {
  const old = new Map(before.requirements.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const diff: ReportDiff = {
    before: facts(before),
    after: facts(after),
    newlyFailing: [],
    newlyPassing: [],
    newlyWarning: [],
    noLongerRun: [],
    stillFailing: [],
    added: [],
    removed: [],
    unchanged: 0,
  };
  for (const r of after.requirements) {
    seen.add(r.id);
    const now = requirementOutcome(r, after.run.strict);
    const was = old.get(r.id);
    const change: RequirementChange = { id: r.id, level: r.level, title: r.title, after: now, detail: r.reason ?? r.findings[0]?.message };
    if (!was) {
      diff.added.push(change);
      continue;
    }
    change.before = requirementOutcome(was, before.run.strict);
    if (failing(now) && failing(change.before)) diff.stillFailing.push(change);
    else if (failing(now)) diff.newlyFailing.push(change);
    else if (now === 'passed' && (failing(change.before) || change.before === 'warning')) diff.newlyPassing.push(change);
    else if (now === 'warning' && (change.before === 'passed' || change.before === 'skipped')) diff.newlyWarning.push(change);
    else if (now === 'skipped' && change.before !== 'skipped') diff.noLongerRun.push(change);
    else diff.unchanged++;
  }
  for (const r of before.requirements) {
    if (seen.has(r.id)) continue;
    diff.removed.push({ id: r.id, level: r.level, title: r.title, before: requirementOutcome(r, before.run.strict), detail: r.reason ?? r.findings[0]?.message });
  }
  return diff;
}

function facts(report: ConformanceReport): RunFacts {
  return { id: report.run.id, startedAt: report.run.startedAt, verdict: report.summary.verdict, total: report.requirements.length };
}
