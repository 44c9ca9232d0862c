import { describe, expect, it } from 'vitest';
import type { Level, RequirementStatus } from './report-model.js';
import { requirementOutcome, type Outcome } from './requirement-outcome.js';

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
