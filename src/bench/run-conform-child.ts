import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

const root = fileURLToPath(new URL('../../', import.meta.url));
const childEntry = fileURLToPath(new URL('../../scripts/bench-child.ts', import.meta.url));

/** The Node flags package.json's `conform` script starts tsx with (`tsx --flag … src/cli/conform.ts`). */
export async function conformScriptNodeFlags(): Promise<string[]> {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const words = (pkg.scripts?.conform ?? '').split(/\s+/);
  return words.slice(words.indexOf('tsx') + 1).filter((w, i, all) => w.startsWith('--') && all.slice(0, i).every((v) => v.startsWith('--')));
}

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
