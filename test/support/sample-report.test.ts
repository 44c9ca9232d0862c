import { describe, expect, it } from 'vitest';
import { sampleReport } from './sample-report.js';

describe('sampleReport', () => {
  it('has every status, both levels, a counterexample and a hostile body', () => {
    const report = sampleReport();
    const statuses = new Set(report.requirements.map((r) => r.status));
    expect([...statuses].sort()).toEqual(['errored', 'failed', 'passed', 'skipped']);
    expect(report.requirements.some((r) => r.status === 'failed' && r.level === 'SHOULD')).toBe(true);
    expect(report.requirements.some((r) => r.status === 'failed' && r.level === 'MUST')).toBe(true);
    const findings = report.requirements.flatMap((r) => r.findings);
    expect(findings.some((f) => f.counterexample !== undefined)).toBe(true);
    const bodies = findings.map((f) => f.exchange?.response?.body ?? '').join('');
    for (const hostile of ['<script>alert(1)</script>', ']]>', '\u0000', '🚀']) expect(bodies).toContain(hostile);
  });

  const rows: { name: string; given: Parameters<typeof sampleReport>[0]; want: { verdict: string; failed: number; warnings: number } }[] = [
    { name: 'default', given: {}, want: { verdict: 'non-conformant', failed: 1, warnings: 1 } },
    { name: 'strict', given: { run: { strict: true } }, want: { verdict: 'non-conformant', failed: 2, warnings: 0 } },
    { name: 'note', given: { requirements: [], run: { note: 'target unreachable' } }, want: { verdict: 'error', failed: 0, warnings: 0 } },
    { name: 'summary override wins', given: { summary: { verdict: 'conformant' } }, want: { verdict: 'conformant', failed: 1, warnings: 1 } },
  ];
  it.each(rows)('summary: $name', ({ given, want }) => {
    const { verdict, failed, warnings } = sampleReport(given).summary;
    expect({ verdict, failed, warnings }).toEqual(want);
  });

  it('returns a fresh object each call', () => {
    const a = sampleReport();
    a.requirements[0].findings.push({ message: 'x' });
    expect(sampleReport().requirements[0].findings).toEqual([]);
  });
});
