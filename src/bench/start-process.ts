import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ListeningProcess {
  url: string;
  pid: number;
  close(): Promise<void>;
}

const root = fileURLToPath(new URL('../../', import.meta.url));

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
