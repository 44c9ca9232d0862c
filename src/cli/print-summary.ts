import { relative, resolve } from 'node:path';
import { insecureWarning, type ConformanceReport } from '../report/report-model.js';
import type { ReportPaths } from '../report/write-reports.js';
import { paint } from './colour.js';

/** The one-screen summary on stdout: the verdict line, what needs attention, where the reports are. */
export function printSummary(out: (line: string) => void, report: ConformanceReport, paths: ReportPaths, colour: boolean): void {
  const c = paint(colour);
  const s = report.summary;
  const mark = s.verdict === 'conformant' ? c('green', '✔ conformant') : s.verdict === 'non-conformant' ? c('red', '✘ NOT conformant') : c('yellow', '! run error');
  const seconds = (report.run.durationMs / 1000).toFixed(1);
  const part = report.run.shard ? `, shard ${report.run.shard.index}/${report.run.shard.count}` : report.run.merged ? `, merged from ${report.run.merged.length} runs` : '';
  out(`${mark} — ${s.passed} passed, ${s.failed} failed, ${s.warnings} warnings, ${s.skipped} skipped, ${s.errored} errored (${report.run.requests} requests, ${seconds} s, seed ${report.run.seed}${part})`);
  for (const result of report.requirements) {
    if (result.status !== 'failed' && result.status !== 'errored') continue;
    const label = result.status === 'errored' ? c('magenta', 'ERROR') : result.level === 'SHOULD' && !report.run.strict ? c('yellow', 'WARN ') : c('red', 'FAIL ');
    out(`  ${label} ${result.id}: ${result.reason ?? result.findings[0]?.message ?? result.title}`);
  }
  const dir = relative(process.cwd(), resolve(paths.json, '..')) || '.';
  out(`reports: ${dir}/conformance.html, conformance.json, conformance.md, junit.xml`);
  if (report.run.insecure) out(c('red', `warning: ${insecureWarning}`));
  if (report.run.note) out(`note: ${report.run.note}`);
}
