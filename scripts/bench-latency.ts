// Section 7 of `npm run bench`: a default `conform` run against the reference server (150 users)
// through a proxy adding 0, 5, 20, 50 and 55 ms (with jitter) a round trip, with each run's critical
// path. Each run is `conform` in a fresh process (as `npm run conform` starts it); the run time is the report's.
// Alone: `npx tsx scripts/bench-latency.ts [--root=DIR] [--rounds=N] [--args='--concurrency=16']`
// prints the table; --root runs the `conform` of another checkout (its node_modules installed), to measure a before.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formatTable } from './bench/format-table.js';
import { criticalPath, describeProfile, latencyProfiles, type CriticalPath, type LatencyProfile, type TimedRequirement } from './bench/latency.js';
import { conformScriptNodeFlags, startProcess, type ListeningProcess } from './bench/processes.js';
import { median } from './bench/statistics.js';

const repositoryRoot = fileURLToPath(new URL('../', import.meta.url));

export interface LatencyRun {
  target: string;
  rttMs: number;
  jitterMs: number;
  /** Run times of every round (the report's), and their median. */
  runsMs: number[];
  medianMs: number;
  requests: number;
  verdict: string;
  /** Requirements that did not pass (a clean run has none). */
  notPassed: string[];
  /** Of the median run. */
  critical?: CriticalPath;
}

interface Report {
  run: { requests: number; durationMs: number };
  summary: { verdict: string };
  requirements: TimedRequirement[];
}

/** One `conform` run of the checkout at `root` against `baseUrl`, in a fresh process; its report. */
async function conformAt(root: string, baseUrl: string, dir: string, args: readonly string[]): Promise<Report> {
  const reportDir = await mkdtemp(join(dir, 'latency-'));
  const argv = [...conformScriptNodeFlags(), '--import', 'tsx', join(root, 'src/cli/conform.ts'), `--base-url=${baseUrl}`, `--report-dir=${reportDir}`, '--quiet', ...args];
  const stderr = await new Promise<string>((done) => {
    execFile(process.execPath, argv, { cwd: root, timeout: 300_000 }, (_error, _out, err) => done(String(err)));
  });
  try {
    return JSON.parse(await readFile(join(reportDir, 'conformance.json'), 'utf8')) as Report;
  } catch {
    throw new Error(`conform through ${baseUrl} wrote no report: ${stderr.trim().split('\n').slice(-2).join(' | ')}`);
  } finally {
    await rm(reportDir, { recursive: true, force: true });
  }
}

/**
 * Runs `rounds` default runs through each profile's proxy, the profiles taking turns in every
 * round (a shared machine's drift falls on all alike), after one warm-up run.
 */
export async function benchLatency(options: { dir: string; root?: string; rounds: number; seed: string; args?: readonly string[]; profiles?: readonly LatencyProfile[] }): Promise<LatencyRun[]> {
  const root = options.root ?? repositoryRoot;
  const profiles = options.profiles ?? latencyProfiles;
  const args = [`--seed=${options.seed}`, ...(options.args ?? [])];
  const started: ListeningProcess[] = [];
  try {
    const server = await startProcess({ entry: 'src/cli/serve.ts', args: ['--port=0', '--seed-users=150'] });
    started.push(server);
    const proxies: ListeningProcess[] = [];
    for (const p of profiles) {
      const proxy = await startProcess({ entry: 'scripts/bench-delay-proxy.ts', args: [`--target=${server.url}`, `--rtt-ms=${p.rttMs}`, `--jitter-ms=${p.jitterMs}`] });
      started.push(proxy);
      proxies.push(proxy);
    }
    await conformAt(root, proxies[0].url, options.dir, args); // warm-up: tsx's cache, the server's JIT
    const reports: Report[][] = profiles.map(() => []);
    for (let round = 0; round < options.rounds; round++) {
      for (const [k, proxy] of proxies.entries()) reports[k].push(await conformAt(root, proxy.url, options.dir, args));
    }
    return profiles.map((p, k) => {
      const runsMs = reports[k].map((r) => r.run.durationMs);
      const medianMs = median(runsMs);
      const at = reports[k].reduce((best, r) => (Math.abs(r.run.durationMs - medianMs) < Math.abs(best.run.durationMs - medianMs) ? r : best));
      const critical = criticalPath(at.requirements);
      return {
        target: describeProfile(p),
        ...p,
        runsMs,
        medianMs,
        requests: at.run.requests,
        verdict: at.summary.verdict,
        notPassed: at.requirements.filter((r) => r.status !== 'passed').map((r) => `${r.id} ${r.status}`),
        ...(critical ? { critical } : {}),
      };
    });
  } finally {
    await Promise.all(started.map((p) => p.close()));
  }
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');

export function formatLatencyTable(runs: readonly LatencyRun[]): string {
  return formatTable(
    ['round trip added', 'requests', 'run ms', 'runs ms', 'verdict', 'critical path: longest requirement', 'its ms', 'its requests', 'its ms a request'],
    runs.map((r) => [
      r.target,
      int(r.requests),
      int(r.medianMs),
      r.runsMs.map(int).join(' / '),
      r.verdict + (r.notPassed.length > 0 ? ` (${r.notPassed.join(', ')})` : ''),
      r.critical?.id ?? '–',
      r.critical ? int(r.critical.durationMs) : '–',
      r.critical ? int(r.critical.requests) : '–',
      r.critical ? r.critical.msPerRequest.toFixed(1) : '–',
    ]),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { root: { type: 'string' }, rounds: { type: 'string' }, seed: { type: 'string' }, args: { type: 'string' } } });
  const dir = await mkdtemp(join(tmpdir(), 'conform-latency-'));
  try {
    const runs = await benchLatency({
      dir,
      ...(values.root ? { root: resolve(values.root) } : {}),
      rounds: Number(values.rounds ?? '3'),
      seed: values.seed ?? '7',
      args: (values.args ?? '').split(/\s+/).filter(Boolean),
    });
    process.stdout.write(`${formatLatencyTable(runs)}\n`);
    process.stdout.write(`${JSON.stringify(runs)}\n`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
