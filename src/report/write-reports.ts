import { join, resolve } from 'node:path';
import { renderHtml } from './render-html.js';
import { renderJson } from './render-json.js';
import { renderJunit } from './render-junit.js';
import { renderMarkdown } from './render-markdown.js';
import type { ConformanceReport } from './report-model.js';
import { makeDirectory, writeFileAtomic } from './write-file-atomic.js';

/** A type, not an interface, so it also passes as a `Record<string, string>`. */
export type ReportPaths = {
  json: string;
  junit: string;
  markdown: string;
  html: string;
};

/**
 * Renders the report in all four formats and writes them into `dir` (created if missing),
 * each atomically over the last run's file. Returns their absolute paths.
 */
export async function writeReports(report: ConformanceReport, dir: string): Promise<ReportPaths> {
  const root = resolve(dir);
  const paths: ReportPaths = {
    json: join(root, 'conformance.json'),
    junit: join(root, 'junit.xml'),
    markdown: join(root, 'conformance.md'),
    html: join(root, 'conformance.html'),
  };
  // Render everything before touching the disk: a renderer that throws leaves the last run's files whole.
  const contents: Record<keyof ReportPaths, string> = {
    json: renderJson(report),
    junit: renderJunit(report),
    markdown: renderMarkdown(report),
    html: renderHtml(report),
  };
  await makeDirectory(root);
  await Promise.all((Object.keys(paths) as (keyof ReportPaths)[]).map((key) => writeFileAtomic(paths[key], contents[key])));
  return paths;
}
