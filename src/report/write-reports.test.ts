import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderHtml } from './render-html.js';
import { renderJson } from './render-json.js';
import { renderJunit } from './render-junit.js';
import { renderMarkdown } from './render-markdown.js';
import type { ConformanceReport } from './report-model.js';
import { sampleReport } from '../../test/support/sample-report.js';
import { writeReports } from './write-reports.js';

describe('writeReports', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'write-reports-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const rows: { key: 'json' | 'junit' | 'markdown' | 'html'; file: string; render: (r: ConformanceReport) => string }[] = [
    { key: 'json', file: 'conformance.json', render: renderJson },
    { key: 'junit', file: 'junit.xml', render: renderJunit },
    { key: 'markdown', file: 'conformance.md', render: renderMarkdown },
    { key: 'html', file: 'conformance.html', render: renderHtml },
  ];

  it.each(rows)('writes $file with what its renderer gives', async ({ key, file, render }) => {
    const report = sampleReport();
    const paths = await writeReports(report, dir);
    expect(paths[key]).toBe(join(dir, file));
    expect(await readFile(paths[key], 'utf8')).toBe(render(report));
  });

  it('creates the directory, writes exactly four files and no temp files', async () => {
    const nested = join(dir, 'a', 'b');
    await writeReports(sampleReport(), nested);
    expect((await readdir(nested)).sort()).toEqual(['conformance.html', 'conformance.json', 'conformance.md', 'junit.xml']);
  });

  it('returns absolute paths for a relative directory', async () => {
    const paths = await writeReports(sampleReport(), relative(process.cwd(), join(dir, 'rel')));
    for (const path of Object.values(paths)) expect(isAbsolute(path)).toBe(true);
    expect(paths.json).toBe(join(dir, 'rel', 'conformance.json'));
  });

  it('replaces the last run\'s files', async () => {
    await writeReports(sampleReport(), dir);
    const second = sampleReport({ run: { id: 'run-second' } });
    const paths = await writeReports(second, dir);
    expect(JSON.parse(await readFile(paths.json, 'utf8'))).toEqual(second);
    expect(await readFile(paths.junit, 'utf8')).toContain('run-second');
    expect((await readdir(dir)).sort()).toEqual(['conformance.html', 'conformance.json', 'conformance.md', 'junit.xml']);
  });
});
