// `npm run bench`: how fast the suite runs next to the limits of this machine.
// Prints its sections (0–7) and writes reports/bench.json; docs/benchmarks.md explains them.
//   npm run bench                   the full benchmark (about three minutes on 2 cores)
//   npm run bench -- --quick        short loops, one run each, a small memory run (checks the script works)
//   npm run bench -- --out=FILE     write the JSON elsewhere
//   npm run bench -- --startup      only the start-up figures (tsx against the built command), no JSON
//   npm run bench -- --latency      only the latency section (the default run 0–55 ms away), no JSON
//   npm run bench -- --memory-node-flags='...'   start the memory runs with these Node flags instead of
//                                   those of package.json's `conform` script (to compare, e.g. '' for none)
import { execFile, execFileSync } from 'node:child_process';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { request } from 'undici';
import { formatTable } from './bench/format-table.js';
import { measureLoop, measureRate, type LoopFigures, type LoopRequest } from './bench/measure.js';
import { conformScriptNodeFlags, machineInfo, processCpuMs, runConformChild, startProcess, type ChildFigures, type ListeningProcess } from './bench/processes.js';
import { splitProfile, timeCategories, type CpuProfile, type TimeCategory } from './bench/split-profile.js';
import { linearSlope, median } from './bench/statistics.js';
import { runConform } from '../src/cli/conform.js';
import { startReferenceServer } from '../src/reference/start-reference-server.js';
import { writePrebuiltSpec, writePrebuiltValidators } from './build-spec.js';
import { benchHostile, formatHostileTable, hostileMaxTimeS } from './bench-hostile.js';
import { benchLatency, formatLatencyTable, type LatencyRun } from './bench-latency.js';
import type { ConformanceReport } from '../src/report/report-model.js';
import { projectSpec } from '../src/spec/load-spec.js';
import { createValidators } from '../src/validate/create-ajv.js';

const { values: flags } = parseArgs({
  options: { quick: { type: 'boolean' }, startup: { type: 'boolean' }, latency: { type: 'boolean' }, out: { type: 'string' }, seed: { type: 'string' }, 'memory-node-flags': { type: 'string' } },
});
const quick = flags.quick ?? false;
const root = fileURLToPath(new URL('../', import.meta.url));
const outPath = resolve(flags.out ?? join(root, 'reports', 'bench.json'));
/** One seed for every run, so every run sends the same requests. */
const seed = flags.seed ?? '7';
const loopMs = quick ? 500 : 3000;
const validationMs = quick ? 300 : 3000;
const rateRepeats = quick ? 1 : 3;
const scaleSizes = [150, 100_000, 1_000_000];
const scaleRepeats = quick ? 1 : 3;
const sweepConcurrency = [1, 4, 8, 16];
/** Round trip the delaying proxy adds: a target across a network (CI runner to a staging host) rather than on loopback. */
const proxyRttMs = 5;
const memoryTargetRequests = 100_000;
/** The long memory run is cut to what fits in this time; the rest is extrapolated. */
const memoryBudgetMs = quick ? 5_000 : 80_000;
/** Goals of issue 7. */
const goals = { rateRatio: 0.5, scaleRatio: 1.2, maxRssMb: 200, hostileMaxRssMb: 300 };
/** Issue 13: a default run against a target 40–70 ms away, in ms. */
const latencyGoalMs = 4000;

const benchStarted = performance.now();
const tmp = await mkdtemp(join(tmpdir(), 'conform-bench-'));
/** Every process started, stopped at the end whatever happens. */
const started: ListeningProcess[] = [];
const say = (line = '') => process.stdout.write(`${line}\n`);
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const fixed = (n: number, digits = 1) => n.toFixed(digits);
const pct = (n: number) => `${(n * 100).toFixed(1)} %`;

async function startServer(seedUsers: number): Promise<ListeningProcess> {
  const server = await startProcess({ entry: 'src/cli/serve.ts', args: ['--port=0', `--seed-users=${seedUsers}`] });
  started.push(server);
  return server;
}

interface SuiteRun {
  report: ConformanceReport;
  code: number;
  /** The whole runConform call: spec load, validator compile, run, reports. */
  wallMs: number;
  /** Share of that time the event loop was busy (the rest it waited). */
  busy: number;
  /** CPU of this process over the whole call, per request of the run. */
  cpuUsPerRequest: number;
  /** CPU of the server's process, per request. */
  serverCpuUsPerRequest?: number;
  /** TCP connections the suite opened. */
  connections: number;
  /** Response bytes received. */
  bytesIn: number;
  /** Requests per second of the run (the report's own count and duration). */
  perSecond: number;
  /** The requests sent, when asked to capture them. */
  captured?: LoopRequest[];
}

/** One `conform` run in this process against `target`, with a fixed seed; reports go to a temp dir. */
async function conformRun(target: ListeningProcess, extra: string[] = [], options: { capture?: boolean; serverPid?: number } = {}): Promise<SuiteRun> {
  const reportDir = await mkdtemp(join(tmp, 'run-'));
  // Diagnostics channels cost nothing unless someone listens: only the benchmark does.
  let connections = 0;
  let bytesIn = 0;
  const captured: LoopRequest[] = [];
  const onConnect = () => connections++;
  const onChunk = (message: unknown) => (bytesIn += (message as { chunk: Buffer }).chunk.length);
  const onCreate = (message: unknown) => {
    const { request: r } = message as { request: { method: string; path: string; body: unknown; headers: string[] } };
    const at = r.headers.findIndex((h, i) => i % 2 === 0 && h.toLowerCase() === 'content-type');
    captured.push({
      method: r.method,
      path: r.path,
      ...(Buffer.isBuffer(r.body) || typeof r.body === 'string' ? { body: r.body.toString() } : {}),
      ...(at >= 0 ? { contentType: r.headers[at + 1] } : {}),
    });
  };
  subscribe('undici:client:connected', onConnect);
  subscribe('undici:request:bodyChunkReceived', onChunk);
  if (options.capture) subscribe('undici:request:create', onCreate);
  const serverPid = options.serverPid ?? target.pid;
  const serverBefore = processCpuMs(serverPid);
  const cpu = process.cpuUsage();
  const elu = performance.eventLoopUtilization();
  const t0 = performance.now();
  const errors: string[] = [];
  try {
    const code = await runConform([`--base-url=${target.url}`, `--report-dir=${reportDir}`, `--seed=${seed}`, ...extra], {
      out: () => {},
      err: (line) => errors.push(line),
    });
    const wallMs = performance.now() - t0;
    const busy = performance.eventLoopUtilization(elu).utilization;
    const used = process.cpuUsage(cpu);
    const serverAfter = processCpuMs(serverPid);
    if (code === 2) throw new Error(`conform could not run: ${errors.join(' | ')}`);
    const report = JSON.parse(await readFile(join(reportDir, 'conformance.json'), 'utf8')) as ConformanceReport;
    const requests = report.run.requests;
    return {
      report,
      code,
      wallMs,
      busy,
      cpuUsPerRequest: (used.user + used.system) / requests,
      ...(serverBefore !== undefined && serverAfter !== undefined ? { serverCpuUsPerRequest: ((serverAfter - serverBefore) * 1000) / requests } : {}),
      connections,
      bytesIn,
      perSecond: requests / (report.run.durationMs / 1000),
      ...(options.capture ? { captured } : {}),
    };
  } finally {
    unsubscribe('undici:client:connected', onConnect);
    unsubscribe('undici:request:bodyChunkReceived', onChunk);
    if (options.capture) unsubscribe('undici:request:create', onCreate);
    await rm(reportDir, { recursive: true, force: true });
  }
}

/** A loop against the server, with the server's CPU per request measured alongside. */
async function loop(server: ListeningProcess, requests: LoopRequest[], workers: number): Promise<LoopFigures & { serverCpuUsPerRequest?: number }> {
  const before = processCpuMs(server.pid);
  const figures = await measureLoop({ baseUrl: server.url, requests, workers, durationMs: loopMs });
  const after = processCpuMs(server.pid);
  return { ...figures, ...(before !== undefined && after !== undefined ? { serverCpuUsPerRequest: ((after - before) * 1000) / figures.requests } : {}) };
}

/** How `conform` is started: from the sources through tsx (`npm run conform`), or built (`node dist/…`, as the installed bin runs). */
type ConformPath = 'tsx' | 'built';

/** Wall time of `conform` as a user runs it: a fresh process, with the `conform` script's Node flags, `args` added. */
async function commandMs(path: ConformPath, args: string[]): Promise<{ ms: number; code: number }> {
  const nodeFlags = conformScriptNodeFlags();
  const entry = path === 'tsx' ? ['--import', 'tsx', join(root, 'src/cli/conform.ts')] : [join(root, 'dist/src/cli/conform.js')];
  const t0 = performance.now();
  const code = await new Promise<number>((resolve) => {
    execFile(process.execPath, [...nodeFlags, ...entry, ...args], { cwd: root, timeout: 120_000 }, (error) =>
      resolve(error ? Number((error as { code?: number }).code ?? 1) : 0),
    );
  });
  return { ms: performance.now() - t0, code };
}

/** One start-up figure: the median wall time of a command on each path, and the exit codes seen. */
interface StartupFigure {
  command: string;
  tsxMs: number;
  builtMs: number;
  codes: number[];
}

/** The machine's floor for a run of `requests` requests (scripts/bench/floor-loop.mjs): a fresh process, a minimal server in a worker, a bare undici loop. */
async function floorMs(requests: number): Promise<number> {
  const t0 = performance.now();
  execFileSync(process.execPath, [join(root, 'scripts/bench/floor-loop.mjs'), String(requests)], { cwd: root, timeout: 120_000 });
  return performance.now() - t0;
}

/** Section 0: the start-up figures, and the floor a default run's requests cost on this machine. */
interface Startup {
  figures: StartupFigure[];
  floor: { requests: number; ms: number };
}

/**
 * Start-up and end to end, a fresh process each time, through tsx and built: `--version`,
 * `--help` and a default run against the embedded reference server. The two paths take turns
 * in every round, so a loaded machine's drift falls on both alike: read the ratio. Beside them,
 * in the same rounds, the floor: as many requests as the default run sent, with nothing else done.
 */
async function measureStartup(rounds: number): Promise<Startup> {
  // The built command is what `npm run build` makes (the pact is not needed here).
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
  await writePrebuiltSpec(join(root, 'dist'));
  await writePrebuiltValidators(join(root, 'dist'));
  let reportDir = '';
  const commands: Array<{ command: string; args: () => Promise<string[]> }> = [
    { command: 'conform --version', args: async () => ['--version'] },
    { command: 'conform --help', args: async () => ['--help'] },
    { command: 'conform (embedded reference server, default run)', args: async () => [`--report-dir=${(reportDir = await mkdtemp(join(tmp, 'e2e-')))}`, `--seed=${seed}`, '--quiet'] },
  ];
  const figures: StartupFigure[] = [];
  for (const { command, args } of commands) {
    const times: Record<ConformPath, number[]> = { tsx: [], built: [] };
    const codes = new Set<number>();
    for (let round = 0; round < rounds; round++) {
      for (const path of round % 2 === 0 ? (['tsx', 'built'] as const) : (['built', 'tsx'] as const)) {
        const result = await commandMs(path, await args());
        times[path].push(result.ms);
        codes.add(result.code);
      }
    }
    figures.push({ command, tsxMs: median(times.tsx), builtMs: median(times.built), codes: [...codes] });
  }
  const requests = (JSON.parse(await readFile(join(reportDir, 'conformance.json'), 'utf8')) as ConformanceReport).run.requests;
  const floor: number[] = [];
  for (let round = 0; round < rounds; round++) floor.push(await floorMs(requests));
  return { figures, floor: { requests, ms: median(floor) } };
}

function formatStartup({ figures, floor }: Startup): string {
  const table = formatTable(
    ['command (fresh process)', 'tsx ms', 'built ms', 'built / tsx', 'exit'],
    figures.map((f) => [f.command, int(f.tsxMs), int(f.builtMs), pct(f.builtMs / f.tsxMs), f.codes.join(',')]),
  );
  return `${table}\nthe floor: ${int(floor.requests)} requests (as many as the default run sent) through a bare undici loop, 16 at a time, to a minimal JSON server in a worker thread, a fresh process: ${int(floor.ms)} ms`;
}

/** The commit measured, `+changes` when the working tree differs from it. */
function commit(): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? '+changes' : ''}`;
  } catch {
    return 'unknown';
  }
}

const us = (n: number | undefined) => (n === undefined ? '–' : int(n));

try {
  const machine = machineInfo();
  const load = (await readFile('/proc/loadavg', 'utf8').catch(() => '')).split(' ').slice(0, 3).join(' ');
  say(`users-api-conformance benchmark${quick ? ' (--quick: short loops, one run each, a small memory run)' : ''}`);
  say(`machine: ${machine.cores} cores, ${machine.cpu}, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.os}${load ? `; load average ${load}` : ''}`);
  say('The reference server runs in a process of its own; the suite (and the loops) run in this one.');

  // 7. Latency first when asked alone (it starts its own server and proxies).
  const latencyRounds = quick ? 1 : 3;
  const latencyTitle = `\n7. Latency: a default run (--seed=${seed}) against the reference server (150 users) through a proxy adding a round trip, with jitter; conform in a fresh process, median of ${latencyRounds}`;
  if (flags.latency) {
    say(latencyTitle);
    say(formatLatencyTable(await benchLatency({ dir: tmp, rounds: latencyRounds, seed })));
    await rm(tmp, { recursive: true, force: true });
    process.exit(0);
  }

  // 0. Start-up and end to end, as a user runs it: through tsx (a clone) and built (the installed bin).
  const startup = await measureStartup(quick ? 1 : 5);
  say('\n0. Start-up and end to end: fresh processes, tsx and built taking turns (medians)');
  say(formatStartup(startup));
  if (flags.startup) {
    // Nothing else was started yet: only the temporary folder to remove.
    await rm(tmp, { recursive: true, force: true });
    process.exit(0);
  }

  // 1. The loopback ceiling.
  const server = await startServer(150);
  const first = (await (await request(`${server.url}/v1/users?limit=1`)).body.json()) as { users: Array<{ userId: string }> };
  const userPath = `/v1/users/${first.users[0].userId}`;
  const getUser: LoopRequest[] = [{ method: 'GET', path: userPath }];
  const list100: LoopRequest[] = [{ method: 'GET', path: '/v1/users?limit=100' }];
  await measureLoop({ baseUrl: server.url, requests: getUser, workers: 16, durationMs: 300 }); // warm both processes up
  // The warm-up run of the suite also records its requests, to replay them as a plain loop.
  const warmup = await conformRun(server, [], { capture: true });
  const mix = (warmup.captured ?? []).filter((r) => r.path !== '/v1/users?limit=1' || r.method !== 'GET');
  const ceiling = {
    'getUser×1': { label: 'GET /v1/users/{id}', workers: 1, ...(await loop(server, getUser, 1)) },
    'getUser×4': { label: 'GET /v1/users/{id}', workers: 4, ...(await loop(server, getUser, 4)) },
    'getUser×16': { label: 'GET /v1/users/{id}', workers: 16, ...(await loop(server, getUser, 16)) },
    'list100×16': { label: 'GET /v1/users?limit=100', workers: 16, ...(await loop(server, list100, 16)) },
    'mix×4': { label: `the suite's ${mix.length} requests, replayed`, workers: 4, ...(await loop(server, mix, 4)) },
    'mix×16': { label: `the suite's ${mix.length} requests, replayed`, workers: 16, ...(await loop(server, mix, 16)) },
  };
  say('\n1. Raw loopback ceiling: a plain undici Pool, one connection per worker, requests back to back');
  say(
    formatTable(
      ['requests', 'workers', 'req/s', 'p50 ms', 'p99 ms', 'client µs/req', 'server µs/req', 'errors'],
      Object.values(ceiling).map((c) => [c.label, String(c.workers), int(c.perSecond), fixed(c.p50Ms, 2), fixed(c.p99Ms, 2), int(c.cpuUsPerRequest), us(c.serverCpuUsPerRequest), String(c.errors)]),
    ),
  );
  say('   (µs/req: CPU time per request of the loop\'s process and of the server\'s; the replay\'s creates mostly meet 409s, as their e-mails exist)');

  // 2. The suite's own rate, and where its time goes.
  const rateRuns: SuiteRun[] = [];
  for (let i = 0; i < rateRepeats; i++) rateRuns.push(await conformRun(server));
  const rate = median(rateRuns.map((r) => r.perSecond));
  const typical = rateRuns.find((r) => r.perSecond === rate) ?? rateRuns[0];
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 250 });
  await session.post('Profiler.start');
  const profiled = await conformRun(server);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const split = splitProfile(profile as unknown as CpuProfile);
  const runCategories = timeCategories.filter((c) => c !== 'setup' && c !== 'reports');
  const runMs = runCategories.reduce((sum, c) => sum + split[c], 0);
  // The suite's own CPU in the run, set-up and reports left out: the busy categories of the profile.
  const busyCategories: TimeCategory[] = ['http', 'validation', 'generation', 'checks', 'gc', 'other'];
  const runCpuUsPerRequest = (busyCategories.reduce((sum, c) => sum + split[c], 0) * 1000) / profiled.report.run.requests;
  const topCeiling = ceiling['getUser×16'].perSecond;
  const mixCeiling = ceiling['mix×16'].perSecond;
  const label: Record<TimeCategory, string> = {
    waiting: 'waiting (event loop idle: the target answering, timers)',
    http: 'HTTP client (undici, sockets, body decode, JSON.parse)',
    validation: 'schema validation (Ajv, formats)',
    generation: 'data generation (fast-check, generators)',
    checks: 'checks and runner (suites/, src/run/)',
    gc: 'garbage collection',
    other: 'other (runtime, microtasks)',
    descheduled: 'descheduled (other processes had the CPU)',
    setup: 'set-up: spec load, validator compile (and the profiler)',
    reports: 'writing reports',
  };
  say(`\n2. The suite's own rate: a default conform run (--seed=${seed}), median of ${rateRuns.length}`);
  say(
    formatTable(
      ['figure', 'value'],
      [
        ['requests', int(typical.report.run.requests)],
        ['run time (the report\'s)', `${int(typical.report.run.durationMs)} ms`],
        ['whole runConform (spec load, run, reports)', `${int(typical.wallMs)} ms`],
        ['rate', `${int(rate)} req/s`],
        ['of the GET user ceiling (16 workers)', pct(rate / topCeiling)],
        ['of the GET user ceiling at 4 in flight', pct(rate / ceiling['getUser×4'].perSecond)],
        ['of the list (limit=100) ceiling', pct(rate / ceiling['list100×16'].perSecond)],
        ['of its own requests replayed (16 workers)', pct(rate / mixCeiling)],
        ['suite CPU per request (whole call, set-up included)', `${int(typical.cpuUsPerRequest)} µs`],
        ['suite CPU per request in the run (profile)', `${int(runCpuUsPerRequest)} µs`],
        ['server CPU per request', `${us(typical.serverCpuUsPerRequest)} µs`],
        ['event loop busy', pct(typical.busy)],
        ['connections opened', String(typical.connections)],
        ['response bytes', `${int(typical.bytesIn / 1024)} KiB`],
      ],
    ),
  );
  say(`\n   where the run's time goes (CPU profile of one more run: ${int(runMs)} ms of run, set-up and reports apart)`);
  say(
    formatTable(
      ['category', 'ms', 'share'],
      [...runCategories.map((c) => [label[c], int(split[c]), pct(split[c] / runMs)]), [label.setup, int(split.setup), ''], [label.reports, int(split.reports), '']],
    ),
  );

  // By --concurrency: on loopback, and through a proxy that adds a round trip of a few ms.
  const proxy = await startProcess({ entry: 'scripts/bench-delay-proxy.ts', args: [`--target=${server.url}`, `--rtt-ms=${proxyRttMs}`] });
  started.push(proxy);
  await conformRun(proxy, [], { serverPid: server.pid }); // the proxy's warm-up
  const sweep: Array<{ target: string; concurrency: number; requests: number; durationMs: number; perSecond: number; busy: number; skipped: number; failed: number }> = [];
  for (const [name, target] of [
    ['loopback', server],
    [`+${proxyRttMs} ms`, proxy],
  ] as const) {
    for (const concurrency of sweepConcurrency) {
      const run = await conformRun(target, [`--concurrency=${concurrency}`], { serverPid: server.pid });
      const s = run.report.summary;
      sweep.push({ target: name, concurrency, requests: run.report.run.requests, durationMs: run.report.run.durationMs, perSecond: run.perSecond, busy: run.busy, skipped: s.skipped, failed: s.failed + s.errored });
    }
  }
  await proxy.close();
  say(`\n   by --concurrency, on loopback and through a proxy adding ${proxyRttMs} ms a round trip`);
  say(
    formatTable(
      ['target', 'concurrency', 'requests', 'run ms', 'req/s', 'loop busy', 'skipped', 'failed'],
      sweep.map((s) => [s.target, String(s.concurrency), int(s.requests), int(s.durationMs), int(s.perSecond), pct(s.busy), String(s.skipped), String(s.failed)]),
    ),
  );
  await server.close();


  // 3. Scale: the same run against 150, 100,000 and 1,000,000 users, the sizes taking turns (the machine's load drifts).
  const targets = await Promise.all(scaleSizes.map((users) => startServer(users)));
  for (const target of targets) await conformRun(target); // each server's warm-up
  const scaleRuns: SuiteRun[][] = scaleSizes.map(() => []);
  for (let i = 0; i < scaleRepeats; i++) {
    for (const [k, target] of targets.entries()) scaleRuns[k].push(await conformRun(target));
  }
  await Promise.all(targets.map((t) => t.close()));
  const scale = scaleSizes.map((users, k) => {
    const runs = scaleRuns[k];
    const mid = median(runs.map((r) => r.report.run.durationMs));
    const at = runs.find((r) => r.report.run.durationMs === mid) ?? runs[0];
    return {
      users,
      durationsMs: runs.map((r) => r.report.run.durationMs),
      medianMs: mid,
      requests: at.report.run.requests,
      cpuUsPerRequest: at.cpuUsPerRequest,
      serverCpuUsPerRequest: at.serverCpuUsPerRequest,
      kib: at.bytesIn / 1024,
      verdict: at.report.summary.verdict,
    };
  });
  const scaleRatio = scale[scale.length - 1].medianMs / scale[0].medianMs;
  say(`\n3. Scale: a default run against seeded users (median of ${scaleRepeats}, sizes taking turns, after one warm-up run each)`);
  say(
    formatTable(
      ['users', 'requests', 'run ms', 'runs ms', 'vs 150', 'suite µs/req', 'server µs/req', 'KiB in', 'verdict'],
      scale.map((s) => [
        int(s.users),
        int(s.requests),
        int(s.medianMs),
        s.durationsMs.map(int).join(' / '),
        `${fixed(s.medianMs / scale[0].medianMs, 2)}×`,
        int(s.cpuUsPerRequest),
        us(s.serverCpuUsPerRequest),
        int(s.kib),
        s.verdict,
      ]),
    ),
  );

  // 4. Memory: peak RSS of a long run, in a fresh process started as `npm run conform` starts it.
  const memoryNodeFlags = flags['memory-node-flags'] !== undefined ? flags['memory-node-flags'].split(/\s+/).filter(Boolean) : await conformScriptNodeFlags();
  const memServer = await startServer(150);
  const childArgs = (runs: number) => [`--base-url=${memServer.url}`, `--report-dir=${join(tmp, `mem-${runs}`)}`, `--seed=${seed}`, `--runs=${runs}`, '--max-time=3600'];
  const small = await runConformChild(childArgs(20), { timeoutMs: 120_000, nodeFlags: memoryNodeFlags });
  const probe = await runConformChild(childArgs(60), { timeoutMs: 120_000, nodeFlags: memoryNodeFlags });
  // Requests grow linearly with --runs (some checks send a fixed number): size the long run to the target, or to the time budget.
  const perRun = Math.max(1, (probe.requests - small.requests) / 40);
  const fixedRequests = Math.max(0, small.requests - 20 * perRun);
  const affordable = (probe.requests / probe.durationMs) * memoryBudgetMs;
  const longRuns = Math.max(80, Math.min(100_000, Math.round((Math.min(memoryTargetRequests, affordable) - fixedRequests) / perRun)));
  const long: ChildFigures = await runConformChild(childArgs(longRuns), { timeoutMs: 300_000, nodeFlags: memoryNodeFlags });
  await memServer.close();
  const extraRequests = Math.max(1, long.requests - small.requests);
  // The trend of resident memory over the second half of the long run (GC makes it a saw: the trend is what grows).
  const secondHalf = long.timeline.slice(Math.floor(long.timeline.length / 2)).map((t) => ({ x: t.requests, y: t.rssMb }));
  const trendPer10k = linearSlope(secondHalf) * 10_000;
  // Live heap the run leaves behind (after a full GC), long run against short: what is kept per request.
  const retainedPer10k = ((long.heapAfterMb - long.heapBeforeMb - (small.heapAfterMb - small.heapBeforeMb)) / extraRequests) * 10_000;
  const extrapolated = long.requests < memoryTargetRequests;
  const at100k = extrapolated ? long.maxRssMb + Math.max(0, trendPer10k) * ((memoryTargetRequests - long.requests) / 10_000) : long.maxRssMb;
  const peakHeap = Math.max(...long.timeline.map((t) => t.heapTotalMb));
  say(`\n4. Memory: the suite in a process of its own, Node flags: ${memoryNodeFlags.join(' ') || '(none)'} (peak RSS = its high-water mark; heap = live after a full GC)`);
  say(
    formatTable(
      ['run', 'requests', 'run s', 'RSS before MB', 'peak RSS MB', 'heap before MB', 'heap after MB', 'verdict'],
      [small, probe, long].map((m, i) => [
        `--runs=${[20, 60, longRuns][i]}`,
        int(m.requests),
        fixed(m.durationMs / 1000),
        fixed(m.rssBeforeMb),
        fixed(m.maxRssMb),
        fixed(m.heapBeforeMb),
        fixed(m.heapAfterMb),
        m.verdict,
      ]),
    ),
  );
  say(`   over the long run's second half RSS trends ${fixed(trendPer10k, 2)} MB per 10,000 requests; the live heap it leaves grows ${fixed(retainedPer10k, 2)} MB per 10,000`);
  say(`   largest V8 heap (reserved) during it: ${fixed(peakHeap)} MB`);
  say(
    `   peak RSS at ${int(memoryTargetRequests)} requests: ${fixed(at100k)} MB${
      extrapolated ? ` (extrapolated from ${int(long.requests)} requests by the trend: the long run was cut to fit ${memoryBudgetMs / 1000} s)` : ''
    }`,
  );
  const marks = long.timeline.filter((_, i, all) => i % Math.max(1, Math.ceil(all.length / 8)) === 0 || i === all.length - 1);
  say(`   RSS during the long run: ${marks.map((t) => `${int(t.requests)} req ${fixed(t.rssMb, 0)} MB`).join(' · ')}`);

  // 5. Validation cost of a 1000-user list page.
  const spec = await projectSpec();
  const check = createValidators(spec).response('listUsers', 200, 'application/json').check;
  if (!check) throw new Error('the spec has no schema for a 200 of listUsers');
  const pageServer = await startReferenceServer({ seedUsers: 1000 });
  const pageText = await (await request(`${pageServer.url}/v1/users?limit=1000`)).body.text();
  await pageServer.close();
  const page = JSON.parse(pageText) as { users: unknown[] };
  const violations = check(page);
  if (page.users.length !== 1000 || violations.length > 0) throw new Error(`the 1000-user page is not a valid page: ${violations[0] ?? page.users.length}`);
  measureRate(() => check(page), Math.min(500, validationMs)); // warm-up
  const validation = measureRate(() => check(page), validationMs, 1);
  const parsing = measureRate(() => JSON.parse(pageText), Math.min(1000, validationMs), 1);
  say('\n5. Validation cost: the listUsers 200 validator on a 1000-user page');
  say(
    formatTable(
      ['figure', 'value'],
      [
        ['page size', `${int(Buffer.byteLength(pageText) / 1024)} KiB`],
        ['validations/s', fixed(validation.perSecond, 1)],
        ['per validation', `${fixed(1000 / validation.perSecond, 2)} ms`],
        ['users validated/s', int(validation.perSecond * 1000)],
        ['JSON.parse of the page, for scale', `${fixed(1000 / parsing.perSecond, 2)} ms`],
      ],
    ),
  );

  // 6. Hostile targets: every run ends with a report, exit 1 or 2, within --max-time, under the RSS goal.
  // On time: the deadline, the second requests in flight get, the reports written, and a busy machine's event-loop lag.
  const hostileMaxTime = quick ? 10 : hostileMaxTimeS;
  say(`\n6. Hostile targets: conform as a new user runs it (--max-time=${hostileMaxTime} --timeout=2000, every requirement), each in a process of its own`);
  const hostile = await benchHostile(tmp, memoryNodeFlags, hostileMaxTime);
  say(formatHostileTable(hostile));
  const hostileWorstRss = Math.max(...hostile.map((h) => h.maxRssMb));
  const hostileOk = hostile.every((h) => (h.code === 1 || h.code === 2) && h.reports && h.runS <= h.maxTimeS + 3);

  // 7. Latency: the default run against a target further away, and its critical path.
  say(latencyTitle);
  const latency: LatencyRun[] = await benchLatency({ dir: tmp, rounds: latencyRounds, seed });
  say(formatLatencyTable(latency));
  const farthest = latency[latency.length - 1];

  // The figures against their goals.
  const rows: Array<[string, string, string, boolean]> = [
    ['1. loopback ceiling: GET user, 16 workers', `${int(topCeiling)} req/s`, '', true],
    ['   loopback ceiling: GET list limit=100, 16 workers', `${int(ceiling['list100×16'].perSecond)} req/s`, '', true],
    ['   loopback ceiling: the suite\'s requests replayed', `${int(mixCeiling)} req/s`, '', true],
    ['2. suite rate vs GET user ceiling', `${int(rate)} req/s = ${pct(rate / topCeiling)}`, `≥ ${pct(goals.rateRatio)}`, rate / topCeiling >= goals.rateRatio],
    ['   suite rate vs its requests replayed', pct(rate / mixCeiling), `≥ ${pct(goals.rateRatio)}`, rate / mixCeiling >= goals.rateRatio],
    ['3. run time, 1,000,000 users vs 150', `${fixed(scaleRatio, 2)}×`, `≤ ${goals.scaleRatio}×`, scaleRatio <= goals.scaleRatio],
    [`4. peak RSS at ${int(memoryTargetRequests)} requests`, `${fixed(at100k)} MB${extrapolated ? ' (extrapolated)' : ''}`, `< ${goals.maxRssMb} MB`, at100k < goals.maxRssMb],
    ['   RSS trend in the long run', `${fixed(trendPer10k, 2)} MB / 10k req`, '≈ 0', trendPer10k < 1],
    ['   live heap kept', `${fixed(retainedPer10k, 2)} MB / 10k req`, '≈ 0', retainedPer10k < 0.5],
    ['5. validations/s, 1000-user page', fixed(validation.perSecond, 1), '', true],
    ['6. hostile targets: worst peak RSS', `${fixed(hostileWorstRss)} MB`, `< ${goals.hostileMaxRssMb} MB`, hostileWorstRss < goals.hostileMaxRssMb],
    ['   hostile targets: exit 1 or 2, four reports, on time', hostileOk ? 'all' : 'NOT ALL', 'all', hostileOk],
    [`7. default run at ${farthest.target} a round trip`, `${int(farthest.medianMs)} ms, ${farthest.verdict}`, `≤ ${int(latencyGoalMs)} ms, conformant`, farthest.medianMs <= latencyGoalMs && farthest.verdict === 'conformant'],
  ];
  const totalS = (performance.now() - benchStarted) / 1000;
  say('\nSummary');
  say(formatTable(['figure', 'measured', 'goal', 'met'], rows.map(([f, m, g, ok]) => [f, m, g, g ? (ok ? 'yes' : 'NO') : ''])));
  say(`\nbench took ${fixed(totalS, 0)} s; figures in ${outPath}`);

  await mkdir(dirname(outPath), { recursive: true });
  await writeFile(
    outPath,
    `${JSON.stringify(
      {
        tool: 'users-api-conformance bench',
        command: `npm run bench${quick ? ' -- --quick' : ''}`,
        date: new Date().toISOString(),
        commit: commit(),
        machine: { ...machine, loadAverage: load },
        seed: Number(seed),
        benchSeconds: Math.round(totalS),
        ceiling,
        suite: {
          requests: typical.report.run.requests,
          runMs: typical.report.run.durationMs,
          wallMs: Math.round(typical.wallMs),
          perSecond: rate,
          ratioToGetUserCeiling: rate / topCeiling,
          ratioToListCeiling: rate / ceiling['list100×16'].perSecond,
          ratioToReplayedMix: rate / mixCeiling,
          cpuUsPerRequest: typical.cpuUsPerRequest,
          runCpuUsPerRequest,
          serverCpuUsPerRequest: typical.serverCpuUsPerRequest,
          eventLoopBusy: typical.busy,
          connections: typical.connections,
          bytesIn: typical.bytesIn,
          runs: rateRuns.map((r) => ({ requests: r.report.run.requests, runMs: r.report.run.durationMs, perSecond: r.perSecond })),
          splitMs: split,
          byConcurrency: sweep,
        },
        startup: { figures: startup.figures.map((f) => ({ ...f, tsxMs: Math.round(f.tsxMs), builtMs: Math.round(f.builtMs) })), floor: { ...startup.floor, ms: Math.round(startup.floor.ms) } },
        scale: { runs: scale, ratio1MTo150: scaleRatio },
        memory: {
          nodeFlags: memoryNodeFlags,
          small,
          probe,
          long: { ...long, runs: longRuns },
          rssTrendPer10kMb: trendPer10k,
          retainedHeapPer10kMb: retainedPer10k,
          peakHeapTotalMb: peakHeap,
          at100kMb: at100k,
          extrapolated,
        },
        hostile,
        latency,
        validation: {
          pageBytes: Buffer.byteLength(pageText),
          users: 1000,
          perSecond: validation.perSecond,
          msPerValidation: 1000 / validation.perSecond,
          jsonParseMs: 1000 / parsing.perSecond,
        },
        goals: rows.map(([figure, measured, goal, met]) => ({ figure: figure.trim(), measured, goal, ...(goal ? { met } : {}) })),
      },
      null,
      2,
    )}\n`,
  );
} finally {
  await Promise.all(started.map((p) => p.close()));
  await rm(tmp, { recursive: true, force: true });
}
