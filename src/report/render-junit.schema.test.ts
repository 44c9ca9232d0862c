import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderJunit } from './render-junit.js';
import type { ConformanceReport } from './report-model.js';
import { sampleReport } from '../../test/support/sample-report.js';

const run = promisify(execFile);
const schema = fileURLToPath(new URL('./junit.xsd', import.meta.url));

/** Validates XML against junit.xsd with libxml2's xmllint; `.ci/run` installs it when missing. */
async function validate(xml: string, file: string): Promise<{ ok: boolean; output: string }> {
  await writeFile(file, xml);
  try {
    const { stderr } = await run('xmllint', ['--noout', '--nonet', '--schema', schema, file], { timeout: 15_000 });
    return { ok: true, output: stderr };
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') throw new Error('xmllint is not installed: apt-get install -y libxml2-utils (.ci/run installs it when missing)');
    return { ok: false, output: e.stderr ?? String(error) };
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'junit-schema-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('junit.xml against the JUnit schema (Jenkins xUnit junit-10.xsd)', () => {
  const rows: { name: string; given: ConformanceReport }[] = [
    { name: 'pass, fail, warning, skip, error and a hostile body', given: sampleReport() },
    { name: 'strict', given: sampleReport({ run: { strict: true } }) },
    { name: 'a run that could not be done', given: sampleReport({ requirements: [], run: { note: 'target unreachable: ECONNREFUSED' } }) },
    { name: 'no requirements', given: sampleReport({ requirements: [] }) },
    { name: 'a long run (times over 1000 s)', given: sampleReport({ run: { durationMs: 1_234_567 } }) },
  ];
  it.each(rows)('$name: valid', async ({ name, given }) => {
    const result = await validate(renderJunit(given), join(dir, `${name.replace(/\W+/g, '-')}.xml`));
    expect(result.output).toMatch(/validates/);
    expect(result.ok).toBe(true);
  }, 20_000);

  it('the schema is a real check: it rejects a root with a skipped count and a testsuite without name', async () => {
    const bad = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites skipped="1"><testsuite tests="0" failures="0" errors="0"/></testsuites>\n';
    const result = await validate(bad, join(dir, 'bad.xml'));
    expect(result.ok).toBe(false);
    expect(result.output).toContain("attribute 'skipped': The attribute 'skipped' is not allowed");
    expect(result.output).toContain("The attribute 'name' is required but missing");
  }, 20_000);
});
