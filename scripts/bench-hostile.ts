// Section 6 of `npm run bench`: `conform` against hostile targets, as a new user would run it
// (`--max-time=60 --timeout=2000`, every requirement), each run in a process of its own.
// The hostile server runs in this process, so the child's peak RSS is the suite's alone.
// Alone: `npx tsx scripts/bench-hostile.ts` prints the table (docs/benchmarks.md shows it).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatTable } from './bench/format-table.js';
import { conformScriptNodeFlags, runConformChild } from './bench/processes.js';
import { startHostileServer, type HostileServerOptions } from '../test/hostile/start-hostile-server.js';

export interface HostileRun {
  target: string;
  code: number;
  /** The run as its report times it (--max-time bounds this), and the process start to exit (tsx's start-up added). */
  runS: number;
  wallS: number;
  maxTimeS: number;
  maxRssMb: number;
  /** All four report files were written. */
  reports: boolean;
  requests: number;
}

export const hostileMaxTimeS = 60;
const gib = 1024 ** 3;

/** The hostile targets of issue 10, in its order. */
export const hostileTargets: Array<{ target: string; options: HostileServerOptions }> = [
  { target: '200 application/json, 50 MiB chunked, no Content-Length', options: { mode: 'huge' } },
  { target: 'the same with 1 GiB', options: { mode: 'huge', hugeBytes: gib } },
  { target: 'Content-Length: 1 GiB, streamed slowly', options: { mode: 'huge-declared' } },
  { target: 'Content-Encoding: gzip, unasked, inflating to 1 GiB', options: { mode: 'gzip-bomb' } },
  { target: 'Content-Encoding: br, unasked, inflating to 1 GiB', options: { mode: 'brotli-bomb' } },
  { target: '~4,000 response headers (~1 MB)', options: { mode: 'header-flood' } },
  { target: '2 MiB sent as 1-byte chunks', options: { mode: 'byte-chunks' } },
];

/** `maxTimeS`: the runs' --max-time (60, as issue 10 ran them; less for `npm run bench -- --quick`). */
export async function benchHostile(dir: string, nodeFlags: readonly string[], maxTimeS = hostileMaxTimeS): Promise<HostileRun[]> {
  const runs: HostileRun[] = [];
  for (const [i, { target, options }] of hostileTargets.entries()) {
    const hostile = await startHostileServer(options);
    const reportDir = join(dir, `hostile-${i}`);
    try {
      const started = performance.now();
      const figures = await runConformChild([`--base-url=${hostile.url}`, `--report-dir=${reportDir}`, `--max-time=${maxTimeS}`, '--timeout=2000'], {
        timeoutMs: (maxTimeS + 60) * 1000,
        nodeFlags,
      });
      const files = await readdir(reportDir).catch(() => [] as string[]);
      runs.push({
        target,
        code: figures.code,
        maxTimeS,
        runS: figures.durationMs / 1000,
        wallS: (performance.now() - started) / 1000,
        maxRssMb: figures.maxRssMb,
        reports: ['conformance.html', 'conformance.json', 'conformance.md', 'junit.xml'].every((f) => files.includes(f)),
        requests: figures.requests,
      });
    } finally {
      await hostile.close();
    }
  }
  return runs;
}

export function formatHostileTable(runs: readonly HostileRun[]): string {
  return formatTable(
    ['the target, to every request', 'exit', 'run s', 'wall s', 'peak RSS MB', 'requests', 'reports'],
    runs.map((r) => [r.target, String(r.code), r.runS.toFixed(1), r.wallS.toFixed(1), r.maxRssMb.toFixed(1), String(r.requests), r.reports ? 'all four' : 'MISSING']),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { mkdtemp, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const dir = await mkdtemp(join(tmpdir(), 'conform-bench-hostile-'));
  try {
    const nodeFlags = await conformScriptNodeFlags();
    process.stdout.write(`conform against hostile targets (--max-time=${hostileMaxTimeS} --timeout=2000, Node flags: ${nodeFlags.join(' ') || '(none)'})\n`);
    process.stdout.write(`${formatHostileTable(await benchHostile(dir, nodeFlags))}\n`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
