import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ConformanceReport } from '../report/report-model.js';
import { conformSettings } from './conform-options.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  if?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
  run?: string;
  shell?: string;
  'working-directory'?: string;
}
interface Action {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

let action: Action;
let gate: Step;
let dir: string;
beforeAll(async () => {
  action = parse(await readFile(join(root, 'action.yml'), 'utf8')) as Action;
  gate = action.runs.steps.find((s) => s.id === 'conform')!;
  dir = await mkdtemp(join(tmpdir(), 'conform-action-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * Runs the action's gate step as the runner would (`bash --noprofile --norc -eo pipefail`, in the
 * workspace, with the step's env where `${{ inputs.x }}` is the input or its default and
 * `${{ github.action_path }}` this checkout). Returns the exit code and what went to GITHUB_OUTPUT.
 */
async function runGate(workspace: string, inputs: Record<string, string>): Promise<{ code: number; outputs: Record<string, string>; stdout: string }> {
  const value = (expression: string) =>
    expression.replace(/\$\{\{\s*(inputs\.([\w-]+)|github\.action_path)\s*\}\}/g, (_, all: string, name?: string) =>
      all === 'github.action_path' ? root.replace(/\/$/, '') : (inputs[name!] ?? action.inputs[name!]?.default ?? ''),
    );
  const outputFile = join(workspace, 'github-output');
  await writeFile(outputFile, '');
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', GITHUB_OUTPUT: outputFile };
  for (const [key, expression] of Object.entries(gate.env ?? {})) env[key] = value(expression);
  const script = join(workspace, 'gate.sh');
  await writeFile(script, gate.run!);
  let code = 0;
  let stdout = '';
  try {
    stdout = (await promisify(execFile)('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: workspace, env, timeout: 60_000 })).stdout;
  } catch (error) {
    const e = error as { code?: number; stdout?: string };
    code = typeof e.code === 'number' ? e.code : -1;
    stdout = e.stdout ?? '';
  }
  const outputs = Object.fromEntries((await readFile(outputFile, 'utf8')).split('\n').filter(Boolean).map((l) => l.split('=', 2) as [string, string]));
  return { code, outputs, stdout };
}

describe('action.yml', () => {
  it('is a composite action: Node 20, npm ci in its own path, the gate, the reports uploaded even on failure', () => {
    expect(action.runs.using).toBe('composite');
    const [setup, install, , upload] = action.runs.steps;
    expect(setup).toMatchObject({ uses: 'actions/setup-node@v4', with: { 'node-version': '20' } });
    expect(install).toMatchObject({ 'working-directory': '${{ github.action_path }}', run: expect.stringMatching(/^npm ci\b/) });
    expect(upload).toMatchObject({ if: 'always()', uses: 'actions/upload-artifact@v4', with: { path: '${{ inputs.report-dir }}', name: '${{ inputs.artifact-name }}' } });
    expect(gate.run).toMatch(/echo "exit-code=\$code" >> "\$GITHUB_OUTPUT"/);
    expect(gate.run).toMatch(/exit \$code\s*$/);
    expect(action.outputs['exit-code'].value).toBe('${{ steps.conform.outputs.exit-code }}');
  });

  it('has the inputs a gate needs, each passed as its CONFORM_ variable (never pasted into the script)', () => {
    for (const input of ['base-url', 'strict', 'read-only', 'headers', 'report-dir', 'only', 'skip', 'seed', 'fail-on', 'shard', 'merge-reports', 'artifact-name']) {
      expect(action.inputs[input]?.description, input).toBeTruthy();
    }
    const known = new Set(conformSettings.map((s) => s.env));
    for (const [key, expression] of Object.entries(gate.env!)) {
      if (key.startsWith('CONFORM_')) expect(known.has(key), key).toBe(true);
      expect(expression).toMatch(/^\$\{\{ (inputs\.[\w-]+|github\.action_path) \}\}$/);
    }
    expect(gate.run).not.toContain('${{');
    // No ${{ }} in descriptions: the runner would try to evaluate them.
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).not.toContain('${{');
  });

  it('runs the gate in the workspace and passes the exit code and verdict out', async () => {
    const workspace = await mkdtemp(join(dir, 'ok-'));
    const ok = await runGate(workspace, { only: 'read', seed: '3', headers: 'X-Api-Key: s3cret-token-value\nX-Tenant: t1' });
    expect(ok.code).toBe(0);
    expect(ok.outputs).toEqual({ 'exit-code': '0', verdict: 'conformant' });
    const report = JSON.parse(await readFile(join(workspace, 'conformance-reports', 'conformance.json'), 'utf8')) as ConformanceReport;
    expect(report.run.seed).toBe(3);

    const unreachable = await runGate(await mkdtemp(join(dir, 'down-')), { 'base-url': 'http://127.0.0.1:1' });
    expect(unreachable.code).toBe(2);
    expect(unreachable.outputs).toEqual({ 'exit-code': '2', verdict: 'error' });
  }, 60_000);

  it('runs shards and merges them with a glob', async () => {
    const workspace = await mkdtemp(join(dir, 'matrix-'));
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
