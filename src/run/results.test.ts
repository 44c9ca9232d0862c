import { describe, expect, it } from 'vitest';
import { requirementOutcome, summarize, type Level, type Outcome, type RequirementResult, type RequirementStatus } from './results.js';

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

describe('requirementOutcome', () => {
  const rows: { status: RequirementStatus; level: Level; strict: boolean; want: Outcome }[] = [
    { status: 'passed', level: 'MUST', strict: false, want: 'passed' },
    { status: 'failed', level: 'MUST', strict: false, want: 'failed' },
    { status: 'failed', level: 'MUST', strict: true, want: 'failed' },
    { status: 'failed', level: 'SHOULD', strict: false, want: 'warning' },
    { status: 'failed', level: 'SHOULD', strict: true, want: 'failed' },
    { status: 'skipped', level: 'SHOULD', strict: true, want: 'skipped' },
    { status: 'errored', level: 'SHOULD', strict: false, want: 'errored' },
  ];
  it.each(rows)('$status $level strict=$strict → $want', ({ status, level, strict, want }) => {
    expect(requirementOutcome({ status, level }, strict)).toBe(want);
  });
});
