import { describe, expect, it } from 'vitest';
import { diffReports } from './diff-reports.js';
import { renderDiffMarkdown } from './render-diff-markdown.js';
import type { ConformanceReport } from './report-model.js';
import type { RequirementResult, RequirementStatus } from '../run/results.js';
import { sampleReport } from '../../test/support/sample-report.js';

/** The sample report with some requirements' statuses changed, some removed, some added. */
function variant(changes: Record<string, RequirementStatus | 'removed'>, added: RequirementResult[] = [], id = 'run-b'): ConformanceReport {
  const requirements = sampleReport()
    .requirements.filter((r) => changes[r.id] !== 'removed')
    .map((r) => (changes[r.id] ? { ...r, status: changes[r.id] as RequirementStatus, findings: changes[r.id] === 'failed' ? [{ message: `${r.id} broke` }] : r.findings } : r));
  return sampleReport({ requirements: [...requirements, ...added], run: { id } });
}

const extra: RequirementResult = {
  id: 'LIST-NEW-RULE', level: 'MUST', area: 'list', title: 'a new rule', rule: 'r', contract: 'c', status: 'failed', durationMs: 1, requests: 1, findings: [{ message: 'new rule broke' }],
};

describe('diffReports', () => {
  // Sample: CREATE-201 passed, CREATE-LOCATION warning, CREATE-REJECT-INVALID failed, GET-404 passed,
  // PATCH-UPDATEDAT errored, LIST-LIMIT-MAX passed, LIST-STATUS-TOTALS skipped, ERR-PROBLEM-JSON passed.
  const before = sampleReport({ run: { id: 'run-a' } });
  const rows: { name: string; after: ConformanceReport; want: Record<string, string[]> }[] = [
    { name: 'the same run', after: sampleReport(), want: { newlyFailing: [], newlyPassing: [], stillFailing: ['CREATE-REJECT-INVALID', 'PATCH-UPDATEDAT'] } },
    {
      name: 'one breaks, one is fixed, a warning is fixed',
      after: variant({ 'GET-404': 'failed', 'CREATE-REJECT-INVALID': 'passed', 'CREATE-LOCATION': 'passed' }),
      want: { newlyFailing: ['GET-404'], newlyPassing: ['CREATE-LOCATION', 'CREATE-REJECT-INVALID'], stillFailing: ['PATCH-UPDATEDAT'] },
    },
    { name: 'a pass becomes skipped', after: variant({ 'LIST-LIMIT-MAX': 'skipped' }), want: { noLongerRun: ['LIST-LIMIT-MAX'], newlyFailing: [] } },
    { name: 'a SHOULD starts to warn', after: variant({ 'ERR-PROBLEM-JSON': 'failed' }), want: { newlyWarning: ['ERR-PROBLEM-JSON'], newlyFailing: [] } },
    { name: 'added and removed ids', after: variant({ 'GET-404': 'removed' }, [extra]), want: { added: ['LIST-NEW-RULE'], removed: ['GET-404'], newlyFailing: [] } },
    { name: 'strict turns a warning into a failure', after: sampleReport({ run: { strict: true } }), want: { newlyFailing: ['CREATE-LOCATION'] } },
  ];
  it.each(rows)('$name', ({ after, want }) => {
    const diff = diffReports(before, after);
    for (const [key, ids] of Object.entries(want)) expect({ [key]: (diff[key as keyof typeof diff] as { id: string }[]).map((c) => c.id) }).toEqual({ [key]: ids });
  });

  it('counts the unchanged ones', () => {
    expect(diffReports(before, sampleReport()).unchanged).toBe(6);
  });
});

describe('renderDiffMarkdown', () => {
  it('leads with the counts and verdicts, then a table per kind of change', () => {
    const md = renderDiffMarkdown(diffReports(sampleReport({ run: { id: 'run-a' } }), variant({ 'GET-404': 'failed', 'CREATE-REJECT-INVALID': 'passed', 'PATCH-UPDATEDAT': 'passed' }, [extra])));
    expect(md).toMatch(/^## ❌ Conformance: changes since the previous run\n\n\*\*1 newly failing\*\* · 2 newly passing · 0 newly warning · 0 no longer run · 1 new · 0 removed · 0 still failing — verdict ❌ non-conformant \(unchanged\)\n/);
    expect(md).toContain('### ❌ Newly failing (1)\n\n| ID | Level | Was | Now | Title | Detail |\n| --- | --- | --- | --- | --- | --- |\n| GET-404 | MUST | ✅ passed | ❌ failed | an unknown id is answered with 404 | GET-404 broke |');
    expect(md).toContain('### ✅ Newly passing (2)');
    expect(md).toContain('| LIST-NEW-RULE | MUST | — | ❌ failed | a new rule | new rule broke |');
    expect(md).not.toContain('Still failing');
    expect(md).toContain('before: run `run-a`');
  });

  it('says so when nothing changed, and folds what still fails', () => {
    const md = renderDiffMarkdown(diffReports(sampleReport(), sampleReport()));
    expect(md).toMatch(/^## ➖ /);
    expect(md).toContain('No requirement changed its outcome (8 compared).');
    expect(md).toContain('<details><summary>Still failing (2)</summary>');
  });

  it('a fix that makes the run conformant says the verdict changed', () => {
    const md = renderDiffMarkdown(diffReports(sampleReport(), variant({ 'CREATE-REJECT-INVALID': 'passed', 'PATCH-UPDATEDAT': 'passed' })));
    expect(md).toMatch(/^## ✅ /);
    expect(md).toContain('verdict ✅ conformant (was ❌ non-conformant)');
  });

  it('escapes what a target wrote', () => {
    const after = variant({ 'GET-404': 'failed' });
    after.requirements.find((r) => r.id === 'GET-404')!.findings = [{ message: 'got <script>| x' }];
    expect(renderDiffMarkdown(diffReports(sampleReport(), after))).toContain('got \\<script\\>\\| x');
  });
});
