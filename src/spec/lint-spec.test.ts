import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultSpecPath } from './load-spec.js';

// The two linters API teams run on an OpenAPI document, each with its
// recommended rules (redocly.yaml, .spectral.yaml at the project root), run
// from node_modules as `npx` would, with nothing sent home.
const root = fileURLToPath(new URL('../../', import.meta.url));
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };

/** The script a package's `bin` names. */
async function binOf(pkg: string, name: string): Promise<string> {
  const dir = join(root, 'node_modules', pkg);
  const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  return join(dir, manifest.bin[name]);
}

/** Runs a linter's CLI and parses its JSON output; an exit code is no failure here (it says there are problems). */
async function runJson(bin: string, args: string[]): Promise<unknown> {
  const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, env, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }, (_error, stdout, stderr) =>
      resolve({ stdout, stderr }),
    );
  });
  try {
    return JSON.parse(stdout);
  } catch {
    throw new Error(`${bin} gave no JSON report: ${stderr.trim().split('\n').slice(-3).join(' / ')}`);
  }
}

interface RedoclyReport {
  problems: Array<{ ruleId: string; severity: string; message: string; location: Array<{ pointer?: string }> }>;
}
interface SpectralResult {
  code: string;
  severity: number;
  message: string;
  path: string[];
}
/** Spectral's severities: 0 error, 1 warning, 2 information, 3 hint. */
const spectralWarning = 1;

/** Each linter's errors and warnings on a document, one line each. */
const linters = [
  {
    name: 'Redocly recommended',
    async lint(path: string): Promise<string[]> {
      const report = (await runJson(await binOf('@redocly/cli', 'redocly'), ['lint', path, '--config=redocly.yaml', '--format=json'])) as RedoclyReport;
      return report.problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer ?? '?'}: ${p.message}`);
    },
  },
  {
    name: 'spectral:oas',
    async lint(path: string): Promise<string[]> {
      const results = (await runJson(await binOf('@stoplight/spectral-cli', 'spectral'), ['lint', path, '--ruleset=.spectral.yaml', '--format=json', '--quiet'])) as SpectralResult[];
      return results.filter((r) => r.severity <= spectralWarning).map((r) => `${r.severity === 0 ? 'error' : 'warn'} ${r.code} at ${r.path.join('.')}: ${r.message}`);
    },
  },
];

describe('spec/users.openapi.yaml under the linters API teams use', () => {
  it.each(linters)('$name: no error, no warning', async ({ lint }) => {
    expect(await lint(defaultSpecPath)).toEqual([]);
  });

  // A check that cannot fail is no check: the same run finds a schema nothing uses.
  it.each(linters)('$name: reports an unused schema', async ({ lint }) => {
    const dir = await mkdtemp(join(tmpdir(), 'spec-lint-'));
    const path = join(dir, 'users.openapi.yaml');
    const spec = await readFile(defaultSpecPath, 'utf8');
    try {
      await writeFile(path, spec.replace('\n  schemas:\n', '\n  schemas:\n    Unused:\n      type: string\n'));
      expect((await lint(path)).join('\n')).toMatch(/^warn .*unused.* at .*Unused/im);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
