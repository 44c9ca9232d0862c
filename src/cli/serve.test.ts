import { execFile } from 'node:child_process';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { faultNames } from '../reference/faults.js';
import { runServe, type ServeIo } from './serve.js';

function capture(stop?: AbortSignal): ServeIo & { stdout: string[]; stderr: string[]; listening: Promise<string> } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  let told!: (url: string) => void;
  const listening = new Promise<string>((resolve) => {
    told = resolve;
  });
  return { stdout, stderr, listening, stop, out: (l) => stdout.push(l), err: (l) => stderr.push(l), onListening: (url) => told(url) };
}

describe('runServe', () => {
  const bad: { given: string[]; want: RegExp }[] = [
    { given: ['--nope'], want: /^serve: Unknown option '--nope'.*\(see --help\)$/ },
    { given: ['extra'], want: /^serve: .*positional.*\(see --help\)$/ },
    { given: ['--fault=no-such-fault'], want: /^serve: unknown fault 'no-such-fault' \(see --list-faults\)$/ },
    { given: ['--fault=trim-names,bogus'], want: /^serve: unknown fault 'bogus'/ },
    { given: ['--port=http'], want: /^serve: --port must be a whole number, got 'http'$/ },
    { given: ['--port=-1'], want: /^serve: --port must be a whole number/ },
    { given: ['--port=70000'], want: /^serve: --port must be from 0 to 65535, got 70000$/ },
    { given: ['--seed-users=1e6'], want: /^serve: --seed-users must be a whole number/ },
    { given: ['--seed-users=10', '--max-users=5'], want: /^serve: --seed-users must be from 0 to 5, got 10$/ },
    { given: ['--max-users=0'], want: /^serve: --max-users must be from 1/ },
    { given: ['--host='], want: /^serve: --host must not be empty$/ },
    { given: ['--variant=other'], want: /^serve: --variant must be reference or alternative, got 'other'$/ },
    { given: ['--variant=alternative', '--fault=trim-names'], want: /^serve: --fault applies to --variant=reference only$/ },
    { given: ['--port'], want: /^serve: .*argument missing.*|^serve: Option '--port <value>' argument missing/ },
  ];
  it.each(bad)('exits 2 with one line for $given', async ({ given, want }) => {
    const io = capture();
    expect(await runServe(given, io)).toBe(2);
    expect(io.stdout).toEqual([]);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(want);
    expect(io.stderr[0]).not.toMatch(/\n|    at /);
  });

  it('--list-faults prints every fault with its rule and exits 0', async () => {
    const io = capture();
    expect(await runServe(['--list-faults'], io)).toBe(0);
    expect(io.stdout).toHaveLength(faultNames.length);
    expect(io.stdout.map((line) => line.split(' — ')[0])).toEqual(faultNames);
    expect(io.stdout[0]).toMatch(/^500-on-malformed-json — .*5xx/);
  });

  it('--help prints the usage and exits 0', async () => {
    const io = capture();
    expect(await runServe(['--help'], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/^Usage: users-api-reference-server .*npm run serve/);
  });

  it('starts with seeded users and faults, prints its URL, stops on abort', async () => {
    const stop = new AbortController();
    const io = capture(stop.signal);
    const done = runServe(['--port=0', '--seed-users=150', '--fault=default-limit-20', '--fault', 'status-uppercase'], io);
    const url = await io.listening;
    expect(io.stdout).toEqual([`Users API reference server listening on ${url}`]);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(io.stderr).toEqual(['serve: faults on: default-limit-20, status-uppercase']);
    const res = await request(`${url}/v1/users`);
    const page = (await res.body.json()) as { users: { status: string }[]; metadata: { total: number; limit: number } };
    expect(page.metadata).toMatchObject({ total: 150, limit: 20 });
    expect(page.users[0].status).toBe('PENDING_VERIFICATION');
    stop.abort();
    expect(await done).toBe(0);
    await expect(request(`${url}/v1/users`)).rejects.toThrow();
  });

  it('--variant=alternative starts the alternative implementation', async () => {
    const stop = new AbortController();
    const io = capture(stop.signal);
    const done = runServe(['--port=0', '--seed-users=7', '--variant=alternative'], io);
    const url = await io.listening;
    expect(io.stdout).toEqual([`Users API reference server (alternative variant) listening on ${url}`]);
    const res = await request(`${url}/api/v1/users?limit=2`);
    expect(res.headers.connection).toBe('close');
    const page = (await res.body.json()) as { metadata: { total: number; limit: number; hasMore: boolean } };
    expect(page.metadata).toMatchObject({ total: 7, limit: 2, hasMore: true });
    stop.abort();
    expect(await done).toBe(0);
  });

  it('exits 1 with one line when the port is taken', async () => {
    const stop = new AbortController();
    const first = capture(stop.signal);
    const running = runServe(['--port=0'], first);
    const port = new URL(await first.listening).port;
    const second = capture();
    expect(await runServe([`--port=${port}`], second)).toBe(1);
    expect(second.stderr).toEqual([`serve: cannot start the server: port ${port} is in use`]);
    stop.abort();
    expect(await running).toBe(0);
  });
});

describe('serve as a process', () => {
  const script = fileURLToPath(new URL('./serve.ts', import.meta.url));
  const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

  it('exits 2 on a bad argument, without a stack trace', async () => {
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(tsx, [script, '--fault=nope'], (error, _stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stderr }));
    });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe("serve: unknown fault 'nope' (see --list-faults)");
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('prints its URL and exits 0 on %s', async (signal) => {
    const child = spawn(tsx, [script, '--port=0', '--seed-users=3'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /listening on (http:\/\/\S+)\n/.exec(out);
        if (match) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code} before listening`)));
    });
    const res = await request(`${url}/v1/users?limit=1`);
    expect(((await res.body.json()) as { metadata: { total: number } }).metadata.total).toBe(3);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill(signal);
    expect(await exited).toBe(0);
  });
});
