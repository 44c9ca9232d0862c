// One `conform` run in a process of its own, for `npm run bench`'s memory figure:
// runs the arguments it is given and prints one JSON line of what it measured
// (see scripts/bench/processes.ts). Start with --expose-gc for heap figures.
import { subscribe } from 'node:diagnostics_channel';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runConform } from '../src/cli/conform.js';
import type { ConformanceReport } from '../src/report/report-model.js';

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const gc = (globalThis as { gc?: () => void }).gc;
const argv = process.argv.slice(2);
const reportDir = argv.find((a) => a.startsWith('--report-dir='))?.slice('--report-dir='.length);
if (!reportDir) throw new Error('bench-child: --report-dir=DIR is required');

// Requests as undici creates them: only this benchmark listens, so the suite pays nothing otherwise.
let requests = 0;
subscribe('undici:request:create', () => requests++);
const timeline: Array<{ requests: number; rssMb: number; heapTotalMb: number; heapUsedMb: number; externalMb: number }> = [];
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  timeline.push({ requests, rssMb: mb(m.rss), heapTotalMb: mb(m.heapTotal), heapUsedMb: mb(m.heapUsed), externalMb: mb(m.external) });
}, 500);

gc?.();
const rssBeforeMb = mb(process.memoryUsage().rss);
const heapBeforeMb = mb(process.memoryUsage().heapUsed);
const code = await runConform(argv, { out: () => {}, err: (line) => process.stderr.write(`${line}\n`) });
clearInterval(sampler);
gc?.();
const heapAfterMb = mb(process.memoryUsage().heapUsed);
const report = JSON.parse(await readFile(join(reportDir, 'conformance.json'), 'utf8')) as ConformanceReport;
process.stdout.write(
  `${JSON.stringify({
    code,
    requests: report.run.requests,
    durationMs: report.run.durationMs,
    verdict: report.summary.verdict,
    rssBeforeMb,
    // maxRSS is in KiB.
    maxRssMb: mb(process.resourceUsage().maxRSS * 1024),
    heapBeforeMb,
    heapAfterMb,
    timeline,
  })}\n`,
);
