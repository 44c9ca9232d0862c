import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The processes a benchmark starts and measures, and the machine it runs on.

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface ListeningProcess {
  url: string;
  pid: number;
  close(): Promise<void>;
}

/**
 * Starts a TypeScript entry of this repository (under tsx) in a process of
 * its own and resolves with the URL it prints as `listening on URL`. The
 * benchmark runs the reference server this way, so that what the suite's
 * process spends is measured apart from what the server spends.
 */
export function startProcess(options: {
  /** A path from the repository root, e.g. `src/cli/serve.ts`. */
  entry: string;
  args: readonly string[];
  startTimeoutMs?: number;
}): Promise<ListeningProcess> {
  const entry = join(root, options.entry);
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...options.args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const timeoutMs = options.startTimeoutMs ?? 30_000;
  return new Promise<ListeningProcess>((resolve, reject) => {
    let output = '';
    let started = false;
    const fail = (why: string) => {
      clearTimeout(timer);
      if (started) return;
      void close();
      reject(new Error(`${options.entry}: ${why}: ${output.trim().split('\n').slice(-3).join(' | ')}`));
    };
    const timer = setTimeout(() => fail(`not listening within ${timeoutMs} ms`), timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (!url) return;
      started = true;
      clearTimeout(timer);
      child.stdout.off('data', read);
      child.stdout.resume();
      resolve({ url, pid: child.pid!, close });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => fail(`exited (${code})`));
    child.once('error', (error) => fail(error.message));
  });
}

export interface ChildFigures {
  code: number;
  requests: number;
  durationMs: number;
  verdict: string;
  /** Resident memory once everything is loaded, before the run. */
  rssBeforeMb: number;
  /** Peak resident memory of the process (its high-water mark). */
  maxRssMb: number;
  /** Live heap after a full collection, before and after the run. */
  heapBeforeMb: number;
  heapAfterMb: number;
  /** Memory every half second, with the requests sent by then: resident, V8 heap (reserved, used), outside the heap (Buffers). */
  timeline: Array<{ requests: number; rssMb: number; heapTotalMb: number; heapUsedMb: number; externalMb: number }>;
}

/** The Node flags package.json's `conform` script starts tsx with (`tsx --flag … src/cli/conform.ts`). */
export function conformScriptNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const words = (pkg.scripts?.conform ?? '').split(/\s+/);
  return words.slice(words.indexOf('tsx') + 1).filter((w, i, all) => w.startsWith('--') && all.slice(0, i).every((v) => v.startsWith('--')));
}

const childEntry = fileURLToPath(new URL('../../scripts/bench-child.ts', import.meta.url));

/**
 * Runs `conform` with these arguments in a fresh process (started with
 * `nodeFlags`, as `npm run conform` starts it) and returns what that process
 * measured of itself.
 */
export function runConformChild(args: readonly string[], options: { timeoutMs: number; nodeFlags?: readonly string[] }): Promise<ChildFigures> {
  const child = spawn(process.execPath, ['--expose-gc', ...(options.nodeFlags ?? []), '--import', 'tsx', childEntry, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      const last = out.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(last) as ChildFigures);
      } catch {
        reject(new Error(`conform child ended (${signal ?? code}) without figures: ${err.trim().split('\n').slice(-3).join(' | ')}`));
      }
    });
  });
}

/** Clock ticks a second of /proc's utime and stime: 100 on every Linux Node runs on. */
const ticksPerSecond = 100;

/**
 * CPU time (user + system, all threads) a process has used so far, in ms,
 * read from /proc/<pid>/stat; undefined where there is no /proc (not Linux)
 * or the process is gone. For another process: our own has process.cpuUsage().
 */
export function processCpuMs(pid: number): number | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return undefined;
  return ((utime + stime) * 1000) / ticksPerSecond;
}

export interface MachineInfo {
  cores: number;
  cpu: string;
  memoryGb: number;
  node: string;
  os: string;
}

/** The machine the figures were measured on. */
export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cores: list.length,
    cpu: list[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    os: `${platform()} ${release()}`,
  };
}
