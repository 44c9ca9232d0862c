import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ConformanceReport } from '../src/report/report-model.js';

/*
 * The package as a user gets it: `npm pack` (its prepack builds dist/ and the pact), the tarball
 * installed into an empty folder from the npm cache `npm ci` filled (`--prefer-offline`, no
 * network), and then only Node: the three bins, the client library compiled by a fresh
 * TypeScript project, and the GitHub Action's gate step run against the installed package.
 */

const root = fileURLToPath(new URL('../', import.meta.url));
const run = promisify(execFile);
// npm itself, run by this Node: under `npm test` the npm that runs us, else the one beside node.
const npmCli = process.env.npm_execpath?.endsWith('.js') ? process.env.npm_execpath : join(dirname(process.execPath), '../lib/node_modules/npm/bin/npm-cli.js');
const tsc = join(root, 'node_modules/typescript/bin/tsc');

/** An environment free of CI and CONFORM_ settings (the tests stay sealed), npm quiet. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(CONFORM_|GITHUB_|CI$|GITLAB_|NO_COLOR|FORCE_COLOR|npm_)/.test(name)) env[name] = value;
  }
  return { ...env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', ...extra };
}

let dir: string;
let app: string;
let server: ChildProcess | undefined;
let serverUrl: string;

/** Runs an installed bin of the package in the app folder; never throws: the code and output. */
async function bin(name: string, args: string[], cwd = app): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(join(app, 'node_modules/.bin', name), args, { cwd, env: cleanEnv(), timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conform-package-'));
  app = join(dir, 'app');
  await mkdir(app);
  const packed = await run(process.execPath, [npmCli, 'pack', '--json', '--pack-destination', dir], { cwd: root, env: cleanEnv(), timeout: 120_000, maxBuffer: 16 << 20 });
  // prepack's own output comes first; the JSON list is the end of stdout.
  const [{ filename }] = JSON.parse(packed.stdout.slice(packed.stdout.lastIndexOf('\n[') + 1)) as Array<{ filename: string }>;
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  await run(process.execPath, [npmCli, 'install', join(dir, filename), '--prefer-offline', '--no-audit', '--no-fund'], { cwd: app, env: cleanEnv(), timeout: 120_000 });

  server = spawn(join(app, 'node_modules/.bin/users-api-reference-server'), ['--port=0'], { cwd: app, env: cleanEnv(), stdio: ['ignore', 'pipe', 'inherit'] });
  serverUrl = await new Promise<string>((resolve, reject) => {
    let out = '';
    server!.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve(url);
    });
    server!.on('exit', (code) => reject(new Error(`users-api-reference-server exited with ${code}: ${out}`)));
  });
}, 240_000);

afterAll(async () => {
  server?.kill('SIGTERM');
  await rm(dir, { recursive: true, force: true });
});

describe('the packed package, installed into an empty folder', () => {
  it('brings no TypeScript toolchain: the bins run on plain Node', () => {
    for (const tool of ['typescript', 'tsx', 'vitest']) expect(existsSync(join(app, 'node_modules', tool)), tool).toBe(false);
    for (const name of ['users-api-conformance', 'users-api-reference-server', 'users-api-pact-verify']) {
      expect(existsSync(join(app, 'node_modules/.bin', name)), name).toBe(true);
    }
  });

  it('holds the built code, the spec and the pact, and no sources or tests', async () => {
    const pkg = join(app, 'node_modules/users-api-conformance');
    const files = (await readdir(pkg, { recursive: true })).map(String);
    expect(files).toEqual(expect.arrayContaining(['spec/users.openapi.yaml', 'pacts/users-api-client-users-api.json', 'dist/src/cli/conform.js', 'dist/src/client/index.d.ts']));
    expect(files.filter((file) => /\.test\.|(?<!\.d)\.ts$/.test(file))).toEqual([]);
  });

  it('answers --version and --help', async () => {
    const version = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(await bin('users-api-conformance', ['--version'])).toMatchObject({ code: 0, stdout: `users-api-conformance ${version.version}\n` });
    expect((await bin('users-api-conformance', ['--help'])).stdout).toMatch(/--base-url=URL/);
    expect((await bin('users-api-reference-server', ['--list-faults'])).stdout).toMatch(/^trim-names — /m);
  });

  it('runs against the embedded reference server with no URL, and writes the reports', async () => {
    const result = await bin('users-api-conformance', ['--only=read', '--seed=5', '--report-dir=embedded']);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(await readFile(join(app, 'embedded/conformance.json'), 'utf8')) as ConformanceReport;
    expect(report.summary.verdict).toBe('conformant');
    expect(report.tool.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('runs against a URL: the served reference server passes, a faulty embedded one fails', async () => {
    const served = await bin('users-api-conformance', [`--base-url=${serverUrl}`, '--only=read', '--report-dir=served']);
    expect(served.code, served.stderr).toBe(0);
    const faulty = await bin('users-api-conformance', ['--only=create', '--fault=trim-names', '--report-dir=faulty']);
    expect(faulty.code, faulty.stderr).toBe(1);
  });

  it('stops the embedded server (a worker thread, built) on a way out before the run: exit 2, no hanging process', async () => {
    // The server starts before the options are checked against the catalogue; a hang would end in bin()'s timeout (code -1).
    const refused = await bin('users-api-conformance', ['--only=read', '--fault=no-such-fault', '--report-dir=refused']);
    expect(refused).toMatchObject({ code: 2, stderr: 'conform: unknown fault: no-such-fault (see npm run serve -- --list-faults)\n' });
  });

  it('verifies the shipped pact against the served reference server', async () => {
    const verified = await bin('users-api-pact-verify', [`--base-url=${serverUrl}`]);
    expect(verified.code, verified.stderr + verified.stdout).toBe(0);
  });

  it('gives the client as a typed library, compiled by a fresh project (moduleResolution NodeNext and bundler)', async () => {
    // The two projects compile at once: each tsc is mostly start-up.
    await Promise.all(['NodeNext', 'bundler'].map(compileAndRunClientProgram));
  }, 120_000);
});

/** A fresh TypeScript project with `moduleResolution` `resolution` that imports the client, compiled and run against the served reference. */
async function compileAndRunClientProgram(resolution: string): Promise<void> {
  const project = join(app, `client-${resolution}`);
  await mkdir(project);
  await writeFile(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: resolution === 'NodeNext' ? 'NodeNext' : 'ESNext',
        moduleResolution: resolution,
        strict: true,
        outDir: 'out',
        lib: ['ES2023', 'DOM'],
        types: [],
      },
      include: ['main.ts'],
    }),
  );
  await writeFile(
    join(project, 'main.ts'),
    [
      "import { createUsersClient, UsersApiError, type User } from 'users-api-conformance/client';",
      'declare const process: { argv: string[] };',
      'const client = createUsersClient({ baseUrl: process.argv[2] ?? "" });',
      "const created = await client.users.create({ email: `library.${Date.now()}@example.com`, firstName: 'Ada', lastName: 'Lovelace', dateOfBirth: '1990-01-01', country: 'GB' });",
      'const read: User = await client.users.get(created.userId);',
      "const missing = await client.users.get('usr_missing').catch((error: unknown) => (error instanceof UsersApiError ? error.kind : 'other'));",
      'console.log(JSON.stringify({ same: read.email === created.email, status: read.status, missing }));',
      'await client.close();',
    ].join('\n'),
  );
  // Declarations that do not type-check, or a wrong `exports` map, fail here.
  await run(process.execPath, [tsc, '-p', project], { cwd: project, timeout: 120_000 }).catch((error: { stdout?: string }) => {
    throw new Error(`tsc (${resolution}): ${error.stdout ?? String(error)}`);
  });
  const { stdout } = await run(process.execPath, [join(project, 'out/main.js'), serverUrl], { cwd: project, timeout: 30_000 });
  expect(JSON.parse(stdout), resolution).toEqual({ same: true, status: 'pending_verification', missing: 'not-found' });
}

describe("the GitHub Action's gate step, run against the installed package", () => {
  interface Step {
    id?: string;
    env?: Record<string, string>;
    run?: string;
  }
  let action: { inputs: Record<string, { default?: string }>; runs: { steps: Step[] } };
  let gate: Step;
  beforeAll(async () => {
    action = parse(await readFile(join(root, 'action.yml'), 'utf8')) as typeof action;
    gate = action.runs.steps.find((step) => step.id === 'conform')!;
  });

  /**
   * Runs the gate step as the runner would (`bash --noprofile --norc -eo pipefail`, in the
   * workspace, `${{ inputs.x }}` the input or its default, `${{ github.action_path }}` the
   * installed package, as the install step leaves the action's own folder). The exit code and
   * what went to GITHUB_OUTPUT.
   */
  async function runGate(workspace: string, inputs: Record<string, string>): Promise<{ code: number; outputs: Record<string, string>; stdout: string }> {
    const suite = join(app, 'node_modules/users-api-conformance');
    const value = (expression: string) =>
      expression.replace(/\$\{\{\s*(inputs\.([\w-]+)|github\.action_path)\s*\}\}/g, (_, all: string, name?: string) =>
        all === 'github.action_path' ? suite : (inputs[name!] ?? action.inputs[name!]?.default ?? ''),
      );
    await mkdir(workspace, { recursive: true });
    const outputFile = join(workspace, 'github-output');
    await writeFile(outputFile, '');
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', GITHUB_OUTPUT: outputFile };
    for (const [key, expression] of Object.entries(gate.env ?? {})) env[key] = value(expression);
    const script = join(workspace, 'gate.sh');
    await writeFile(script, gate.run!);
    let code = 0;
    let stdout = '';
    try {
      stdout = (await run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: workspace, env, timeout: 60_000 })).stdout;
    } catch (error) {
      const e = error as { code?: number; stdout?: string };
      code = typeof e.code === 'number' ? e.code : -1;
      stdout = e.stdout ?? '';
    }
    const outputs = Object.fromEntries((await readFile(outputFile, 'utf8')).split('\n').filter(Boolean).map((l) => l.split('=', 2) as [string, string]));
    return { code, outputs, stdout };
  }

  it('runs the built command with node, no tsx', () => {
    expect(gate.run).toMatch(/node --max-old-space-size=512 "\$SUITE\/dist\/src\/cli\/conform\.js"/);
    expect(gate.run).not.toMatch(/tsx/);
  });

  it('runs in the workspace and passes the exit code and verdict out', async () => {
    const ok = await runGate(join(dir, 'gate-ok'), { only: 'read', seed: '3', headers: 'X-Api-Key: s3cret-token-value\nX-Tenant: t1' });
    expect(ok.code).toBe(0);
    expect(ok.outputs).toEqual({ 'exit-code': '0', verdict: 'conformant' });
    const report = JSON.parse(await readFile(join(dir, 'gate-ok', 'conformance-reports', 'conformance.json'), 'utf8')) as ConformanceReport;
    expect(report.run.seed).toBe(3);

    const unreachable = await runGate(join(dir, 'gate-down'), { 'base-url': 'http://127.0.0.1:1' });
    expect(unreachable.code).toBe(2);
    expect(unreachable.outputs).toEqual({ 'exit-code': '2', verdict: 'error' });
  }, 60_000);

  it('runs shards and merges them with a glob', async () => {
    const workspace = join(dir, 'gate-matrix');
    for (const shard of ['1/2', '2/2']) {
      const result = await runGate(workspace, { only: 'read', seed: '4', shard, 'report-dir': `shards/conformance-shard-${shard[0]}` });
      expect(result.code).toBe(0);
    }
    const merged = await runGate(workspace, { 'merge-reports': 'shards/*', 'report-dir': 'merged' });
    expect(merged.code).toBe(0);
    expect(merged.stdout).toMatch(/merged from 2 runs/);
    const report = JSON.parse(await readFile(join(workspace, 'merged', 'conformance.json'), 'utf8')) as ConformanceReport;
    expect(report.run.merged?.map((m) => m.shard?.index)).toEqual([1, 2]);
  }, 60_000);
});
