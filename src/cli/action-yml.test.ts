import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
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
beforeAll(async () => {
  action = parse(await readFile(join(root, 'action.yml'), 'utf8')) as Action;
  gate = action.runs.steps.find((s) => s.id === 'conform')!;
});

describe('action.yml', () => {
  it('is a composite action: Node 20, a build in its own path down to the runtime dependencies, the gate, the reports uploaded even on failure', () => {
    expect(action.runs.using).toBe('composite');
    const [setup, install, , upload] = action.runs.steps;
    expect(setup).toMatchObject({ uses: 'actions/setup-node@v4', with: { 'node-version': '20' } });
    expect(install).toMatchObject({ 'working-directory': '${{ github.action_path }}' });
    expect(install.run?.split('\n').filter(Boolean).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(['npm ci', 'npx tsc', 'npm prune']);
    expect(install.run).toMatch(/npx tsc -p tsconfig\.build\.json/);
    expect(install.run).toMatch(/npm prune --omit=dev/);
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

  // Running the gate step itself needs the built package: test/package.test.ts runs it against the packed tarball, installed.
});
