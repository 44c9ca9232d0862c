import { redactText } from '../http/redact.js';
import type { ConformanceReport } from './report-model.js';
import { stringifyValue } from './format.js';

function redactValue(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      // defineProperty: a key such as `__proto__` (a counterexample may carry one) stays a key.
      Object.defineProperty(out, redactText(key, secrets), { value: redactValue(item, secrets), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/**
 * The report with every planted secret value replaced, in every string and
 * key at any depth: the last guard before anything is written, whatever a
 * check or a target put where (a finding quoting an echoed token, a
 * counterexample). The exchanges are already redacted by the HTTP client.
 */
export function redactReport(report: ConformanceReport, secrets: readonly string[]): ConformanceReport {
  if (secrets.length === 0) return report;
  // A counterexample may hold what is not plain data (a class, bigint, a cycle): it is redacted as the text the reports show.
  const plain = {
    ...report,
    requirements: report.requirements.map((r) => ({
      ...r,
      findings: r.findings.map((f) => (f.counterexample === undefined ? f : { ...f, counterexample: JSON.parse(stringifyValue(f.counterexample)) as unknown })),
    })),
  };
  return redactValue(plain, secrets) as ConformanceReport;
}
