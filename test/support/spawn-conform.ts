import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface SpawnedConform {
  child: ChildProcess;
  /** Ends when the process does: its exit code (or the signal that killed it), all its output, and when it ended. */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; endedAt: number }>;
  /** Resolves once stderr has shown a line matching `pattern`. */
  stderrMatches(pattern: RegExp): Promise<void>;
}

const conformScript = fileURLToPath(new URL('../../src/cli/conform.ts', import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * Runs `conform` as its own process, as a user does (node with the tsx
 * loader), in `cwd`, with an environment free of CI, CONFORM_ and proxy settings, and `extraEnv`.
 */
export function spawnConform(args: string[], cwd: string, extraEnv: NodeJS.ProcessEnv = {}): SpawnedConform {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(CONFORM_|GITHUB_|CI$|GITLAB_|BUILDKITE|NO_COLOR|FORCE_COLOR)/.test(name) && !/^(https?|no)_proxy$/i.test(name)) env[name] = value;
  }
  Object.assign(env, extraEnv);
  const child = spawn(process.execPath, ['--import', tsxLoader, conformScript, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters: Array<{ pattern: RegExp; resolve(): void }> = [];
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    for (const waiter of waiters.splice(0)) {
      if (waiter.pattern.test(stderr)) waiter.resolve();
      else waiters.push(waiter);
    }
  });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; endedAt: number }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, endedAt: performance.now() }));
  });
  return {
    child,
    done,
    stderrMatches: (pattern) => new Promise<void>((resolve) => (pattern.test(stderr) ? resolve() : waiters.push({ pattern, resolve }))),
  };
}
