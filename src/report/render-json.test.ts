import { describe, expect, it } from 'vitest';
import { renderJson } from './render-json.js';
import type { ConformanceReport } from './report-model.js';
import { sampleReport } from '../../test/support/sample-report.js';

/**
 * The same report with the key order of every model object reversed, as a runner might have
 * built it. Headers and counterexamples are data, not model: their order is theirs to keep.
 */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).reverse();
  return Object.fromEntries(entries.map(([k, v]) => [k, k === 'headers' || k === 'counterexample' ? v : reversedKeys(v)]));
}

describe('renderJson', () => {
  const rows: { name: string; given: ConformanceReport }[] = [
    { name: 'sample', given: sampleReport() },
    { name: 'strict run', given: sampleReport({ run: { strict: true } }) },
    { name: 'unreachable target', given: sampleReport({ requirements: [], run: { note: 'target unreachable' }, target: { fault: 'x' } }) },
  ];
  it.each(rows)('round-trips: $name', ({ given }) => {
    expect(JSON.parse(renderJson(given))).toEqual(given);
  });

  it('is pretty, two-space indented, with one trailing newline', () => {
    const text = renderJson(sampleReport());
    expect(text.startsWith('{\n  "tool": {\n    "name": ')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('writes keys in model order whatever order the object was built in', () => {
    const report = sampleReport();
    const shuffled = reversedKeys(report) as ConformanceReport;
    expect(renderJson(shuffled)).toBe(renderJson(report));
    const top = Object.keys(JSON.parse(renderJson(shuffled)) as object);
    expect(top).toEqual(['tool', 'spec', 'target', 'run', 'summary', 'requirements']);
    const finding = (JSON.parse(renderJson(shuffled)) as ConformanceReport).requirements[2].findings[0];
    expect(Object.keys(finding)).toEqual(['message', 'curl', 'exchange', 'counterexample', 'seed', 'path', 'numRuns']);
    expect(Object.keys(finding.exchange?.response ?? {})).toEqual(['status', 'headers', 'body', 'bodyTruncated', 'bodyBytes', 'bodyBinary']);
  });

  it('keeps the order of headers and counterexample keys as recorded', () => {
    const report = sampleReport();
    const headers = { 'x-b': '1', 'x-a': '2' };
    report.requirements[1].findings[0].exchange!.request.headers = headers;
    const parsed = JSON.parse(renderJson(report)) as ConformanceReport;
    expect(Object.keys(parsed.requirements[1].findings[0].exchange!.request.headers)).toEqual(['x-b', 'x-a']);
  });

  it('keeps keys the model does not know, after the known ones', () => {
    const report = { ...sampleReport(), extra: { b: 1 } } as ConformanceReport;
    const keys = Object.keys(JSON.parse(renderJson(report)) as object);
    expect(keys.at(-1)).toBe('extra');
  });

  it('leaves out optional fields that are undefined', () => {
    const report = sampleReport({ run: { note: undefined } });
    expect(Object.keys((JSON.parse(renderJson(report)) as ConformanceReport).run)).not.toContain('note');
  });

  it('does not throw on a counterexample JSON cannot hold', () => {
    const report = sampleReport();
    report.requirements[2].findings[0].counterexample = { big: 10n ** 20n };
    expect(renderJson(report)).toContain('"big": "100000000000000000000n"');
  });

  it('keeps the hostile body byte for byte (JSON escapes it, nothing is lost)', () => {
    const report = sampleReport();
    const parsed = JSON.parse(renderJson(report)) as ConformanceReport;
    expect(parsed.requirements[2].findings[0].exchange?.response?.body).toBe(report.requirements[2].findings[0].exchange?.response?.body);
  });
});
