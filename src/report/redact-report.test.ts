import { describe, expect, it } from 'vitest';
import { redactReport } from './redact-report.js';
import { sampleReport } from '../../test/support/sample-report.js';

describe('redactReport', () => {
  it('replaces a secret in messages, counterexamples and keys at any depth, leaving the rest', () => {
    const secret = 'tok_SECRET_9f8e7d';
    const report = sampleReport();
    report.requirements[0].findings.push({
      message: `GET answered 401 {"seen":"Bearer ${secret}"}`,
      counterexample: JSON.parse(`{"${secret}":["x${secret}y"],"__proto__":{"nested":"${secret}"}}`),
    });
    const out = JSON.stringify(redactReport(report, [secret]));
    expect(out).not.toContain(secret);
    expect(out).toContain('GET answered 401 {\\"seen\\":\\"Bearer [REDACTED]\\"}');
    expect(out).toContain('"__proto__"');
    expect(redactReport(report, [])).toBe(report);
  });

  it('copes with counterexamples that are not plain data', () => {
    const report = sampleReport();
    const cycle: Record<string, unknown> = { name: 'tok_CYCLE_123456' };
    cycle.self = cycle;
    report.requirements[0].findings.push({ message: 'm', counterexample: { big: 10n, cycle, toJSON: undefined } });
    const out = JSON.stringify(redactReport(report, ['tok_CYCLE_123456']));
    expect(out).toContain('"big":"10n"');
    expect(out).toContain('"self":"[Circular]"');
    expect(out).not.toContain('tok_CYCLE_123456');
  });
});
