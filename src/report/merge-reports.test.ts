import { describe, expect, it } from 'vitest';
import { mergeReports, type MergeInput } from './merge-reports.js';
import type { ConformanceReport } from './report-model.js';
import type { RequirementResult } from '../run/results.js';
import { sampleReport } from '../../test/support/sample-report.js';

const all = sampleReport().requirements;
const order = all.map((r) => r.id);
/** In the sample, ERR-PROBLEM-JSON plays an observing rule: it is in every shard. */
const observers = new Set(['ERR-PROBLEM-JSON']);
const observer = all.find((r) => r.id === 'ERR-PROBLEM-JSON')!;
const checks = all.filter((r) => r.id !== 'ERR-PROBLEM-JSON');

function shard(index: number, count: number, overrides: { run?: Partial<ConformanceReport['run']>; observer?: Partial<RequirementResult> } = {}): MergeInput {
  const requirements = [...checks.filter((_, i) => i % count === index - 1), { ...observer, ...overrides.observer }];
  return {
    source: `shard-${index}`,
    report: sampleReport({
      requirements,
      run: { id: `run-${index}`, shard: { index, count }, startedAt: `2025-03-01T10:00:0${index}.000Z`, durationMs: 1000 * index, requests: 10 * index, ...overrides.run },
    }),
  };
}

describe('mergeReports', () => {
  it('joins the shards of one run: every requirement once, in catalogue order, summary recomputed, runs recorded', () => {
    const result = mergeReports([shard(2, 3), shard(1, 3), shard(3, 3)], observers, order);
    if (!result.ok) throw new Error(result.error);
    const { report, warnings } = result;
    expect(warnings).toEqual([]);
    expect(report.requirements.map((r) => r.id)).toEqual(order);
    expect(report.summary).toEqual(sampleReport().summary);
    expect(report.run).toMatchObject({ id: 'run-2+run-1+run-3', seed: 1_740_816_000, startedAt: '2025-03-01T10:00:01.000Z', durationMs: 5000, requests: 60, strict: false });
    expect(report.run.shard).toBeUndefined();
    expect(report.run.merged?.map((m) => [m.source, m.id, m.shard?.index])).toEqual([['shard-2', 'run-2', 2], ['shard-1', 'run-1', 1], ['shard-3', 'run-3', 3]]);
    // The observer ran in each shard: its time and requests add up.
    expect(report.requirements.at(-1)).toMatchObject({ id: 'ERR-PROBLEM-JSON', status: 'passed', requests: 9, durationMs: 45 });
  });

  it('the responses an observer watched add up across shards', () => {
    const watched = (i: number) => shard(i, 2, { observer: { observed: 100 * i } });
    const result = mergeReports([watched(1), watched(2)], observers, order);
    expect(result.ok && result.report.requirements.find((r) => r.id === 'ERR-PROBLEM-JSON')!.observed).toBe(300);
  });

  it('an observer that failed in one shard fails, with the findings of each failing shard', () => {
    const failedIn = (i: number) => shard(i, 2, { observer: { status: 'failed', findings: [{ message: `seen in shard ${i}` }] } });
    const result = mergeReports([failedIn(1), shard(2, 2)], observers, order);
    expect(result.ok && result.report.requirements.find((r) => r.id === 'ERR-PROBLEM-JSON')).toMatchObject({ status: 'failed', findings: [{ message: 'seen in shard 1' }] });
    const both = mergeReports([failedIn(1), failedIn(2)], observers, order);
    expect(both.ok && both.report.requirements.find((r) => r.id === 'ERR-PROBLEM-JSON')!.findings.map((f) => f.message)).toEqual(['seen in shard 1', 'seen in shard 2']);
  });

  it('a shard that could not be done makes the merged verdict an error, with its note', () => {
    const result = mergeReports([shard(1, 2), shard(2, 2, { run: { note: 'the run was interrupted' } })], observers, order);
    expect(result.ok && result.report.summary.verdict).toBe('error');
    expect(result.ok && result.report.run.note).toBe('shard-2: the run was interrupted');
  });

  it('warns about different seeds and targets, and still merges', () => {
    const result = mergeReports([shard(1, 2), shard(2, 2, { run: { seed: 7 } })], observers, order);
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings).toEqual([expect.stringMatching(/^the runs used different seeds \(shard-1: 1740816000, shard-2: 7\); replay a requirement with its own run's seed/)]);
  });

  it('warns about different real targets, but not about embedded servers on their own ports', () => {
    const at = (i: number, baseUrl: string, embedded: boolean): MergeInput => {
      const input = shard(i, 2);
      return { ...input, report: { ...input.report, target: { baseUrl, embedded } } };
    };
    const real = mergeReports([at(1, 'http://127.0.0.1:8080', false), at(2, 'http://127.0.0.1:9090', false)], observers, order);
    expect(real.ok && real.warnings).toEqual([expect.stringMatching(/^the runs tested different targets \(http:\/\/127\.0\.0\.1:8080, http:\/\/127\.0\.0\.1:9090\)/)]);
    const embedded = mergeReports([at(1, 'http://127.0.0.1:40001', true), at(2, 'http://127.0.0.1:40002', true)], observers, order);
    expect(embedded.ok && embedded.warnings).toEqual([]);
  });

  const refusals: { name: string; given: () => MergeInput[]; want: RegExp }[] = [
    { name: 'nothing', given: () => [], want: /^no reports to merge$/ },
    { name: 'a missing shard', given: () => [shard(1, 3), shard(3, 3)], want: /^shard 2\/3 is missing: its requirements were not run/ },
    { name: 'a shard twice', given: () => [shard(1, 2), shard(1, 2), shard(2, 2)], want: /^shard 1\/2 is given twice: shard-1 and shard-1$/ },
    { name: 'two splits', given: () => [shard(1, 2), shard(2, 3)], want: /^shard-2 is shard 2\/3 but shard-1 is shard 1\/2/ },
    { name: 'another gate', given: () => [shard(1, 2), shard(2, 2, { run: { strict: true } })], want: /^shard-2 ran with --fail-on=should but shard-1 with --fail-on=must/ },
    {
      name: 'another spec',
      given: () => [shard(1, 2), { ...shard(2, 2), report: { ...shard(2, 2).report, spec: { title: 'Other', version: '2' } } }],
      want: /^shard-2 tests Other 2 but shard-1 tests TraderPal Connect Users API 1\.0\.0$/,
    },
    { name: 'a shard and a plain run', given: () => [shard(1, 2), { source: 'plain', report: sampleReport() }], want: /^plain is not a shard but shard-1 is shard 1\/2/ },
    { name: 'a check in two reports', given: () => [{ source: 'a', report: sampleReport() }, { source: 'b', report: sampleReport() }], want: /^requirement CREATE-201 is in both a and b: only observing rules and property checks run in every shard/ },
  ];
  it.each(refusals)('refuses $name', ({ given, want }) => {
    const result = mergeReports(given(), observers, order);
    expect(result.ok ? 'merged' : result.error).toMatch(want);
  });

  it('merges plain runs over disjoint selections', () => {
    const part = (ids: string[], source: string): MergeInput => ({ source, report: sampleReport({ requirements: all.filter((r) => ids.includes(r.id)) }) });
    const result = mergeReports([part(['GET-404', 'ERR-PROBLEM-JSON'], 'b'), part(['CREATE-201', 'ERR-PROBLEM-JSON'], 'a')], observers, order);
    expect(result.ok && result.report.requirements.map((r) => r.id)).toEqual(['CREATE-201', 'GET-404', 'ERR-PROBLEM-JSON']);
  });
});
