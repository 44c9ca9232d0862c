import { describe, expect, it } from 'vitest';
import type { RequirementResult } from '../report/report-model.js';
import { summarize } from './summarize.js';

const result = (level: 'MUST' | 'SHOULD', status: RequirementResult['status']): RequirementResult => ({
  id: 'X-Y', level, area: 'x', title: '', rule: '', contract: '', status, durationMs: 0, requests: 0, findings: [],
});

describe('summarize', () => {
  const rows: Array<{ given: RequirementResult[]; strict: boolean; want: { verdict: string; failed: number; warnings: number } }> = [
    { given: [result('MUST', 'passed')], strict: false, want: { verdict: 'conformant', failed: 0, warnings: 0 } },
    { given: [result('MUST', 'failed')], strict: false, want: { verdict: 'non-conformant', failed: 1, warnings: 0 } },
    { given: [result('SHOULD', 'failed')], strict: false, want: { verdict: 'conformant', failed: 0, warnings: 1 } },
    { given: [result('SHOULD', 'failed')], strict: true, want: { verdict: 'non-conformant', failed: 1, warnings: 0 } },
    { given: [result('MUST', 'errored')], strict: false, want: { verdict: 'non-conformant', failed: 0, warnings: 0 } },
    { given: [result('MUST', 'skipped')], strict: false, want: { verdict: 'conformant', failed: 0, warnings: 0 } },
  ];
  it.each(rows)('$given.0.level $given.0.status strict=$strict → $want.verdict', ({ given, strict, want }) => {
    expect(summarize(given, strict)).toMatchObject(want);
  });
});
