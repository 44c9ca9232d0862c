import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { renderJunit } from './render-junit.js';
import type { ConformanceReport } from './report-model.js';
import { sampleReport } from '../../test/support/sample-report.js';

/**
 * Validates XML against junit.xsd with libxml2's xmllint compiled to WebAssembly
 * (the `xmllint-wasm` package), so the check needs nothing but `npm ci`.
 */
async function validate(xml: string): Promise<{ ok: boolean; output: string }> {
  const result = await validateXML({
    xml: { fileName: 'junit.xml', contents: xml },
    schema: { fileName: 'junit.xsd', contents: await readFile(new URL('./junit.xsd', import.meta.url), 'utf8') },
  });
  return { ok: result.valid, output: result.rawOutput };
}

describe('junit.xml against the JUnit schema (Jenkins xUnit junit-10.xsd)', () => {
  const rows: { name: string; given: ConformanceReport }[] = [
    { name: 'pass, fail, warning, skip, error and a hostile body', given: sampleReport() },
    { name: 'strict', given: sampleReport({ run: { strict: true } }) },
    { name: 'a run that could not be done', given: sampleReport({ requirements: [], run: { note: 'target unreachable: ECONNREFUSED' } }) },
    { name: 'no requirements', given: sampleReport({ requirements: [] }) },
    { name: 'a long run (times over 1000 s)', given: sampleReport({ run: { durationMs: 1_234_567 } }) },
  ];
  it.each(rows)('$name: valid', async ({ given }) => {
    const result = await validate(renderJunit(given));
    expect(result.output).toMatch(/validates/);
    expect(result.ok).toBe(true);
  });

  it('the schema is a real check: it rejects a root with a skipped count and a testsuite without name', async () => {
    const bad = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites skipped="1"><testsuite tests="0" failures="0" errors="0"/></testsuites>\n';
    const result = await validate(bad);
    expect(result.ok).toBe(false);
    expect(result.output).toContain("attribute 'skipped': The attribute 'skipped' is not allowed");
    expect(result.output).toContain("The attribute 'name' is required but missing");
  });
});
