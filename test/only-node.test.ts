import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSitesUnder } from './spawned-programs.js';

/*
 * The promise of the README's quick start: on a machine with Node and nothing
 * else, `npm ci && npm test` passes. Every tool a test drives comes from
 * package.json; nothing is installed by .ci/run.
 */

const root = fileURLToPath(new URL('../', import.meta.url));

/** The tests that once drove system tools (xmllint, chromium); now npm packages do it. */
const toolDrivingTests = ['src/report/render-junit.schema.test.ts', 'src/report/render-html.browser.test.ts'];

/**
 * Programs other than Node and node_modules that the project starts, each with
 * why a machine with only Node has it anyway. A new one fails the test below:
 * use an npm package instead, or add it here with its reason.
 */
const allowedSystemPrograms: { file: string; program: string; why: string }[] = [
  { file: 'src/reference/robustness.test.ts', program: 'sh', why: "reads `ulimit -n`; npm runs every script through sh, so it is there wherever npm test runs" },
  { file: 'test/package.test.ts', program: 'bash', why: "runs the composite action's gate step as GitHub's runner does; bash is Essential in Debian and Ubuntu" },
  { file: 'scripts/bench.ts', program: 'git', why: "names the commit measured in bench.json, 'unknown' without git; not a test" },
];

describe('a machine with only Node runs the tests', () => {
  it('no file under src/, suites/, scripts/ or test/ starts a program other than Node or one under node_modules (but the few allowed)', async () => {
    const sites = await spawnSitesUnder(root, ['src', 'suites', 'scripts', 'test']);
    // The scan sees the spawns it must: a scan that finds nothing proves nothing.
    expect(sites.filter((site) => site.fromNode).length).toBeGreaterThan(0);
    const system = sites.filter((site) => !site.fromNode).map(({ file, line, call, program }) => ({ file, program, at: `${file}:${line} ${call}` }));
    expect(system.map(({ file, program }) => ({ file, program }))).toEqual(
      expect.arrayContaining(allowedSystemPrograms.map(({ file, program }) => ({ file, program }))),
    );
    const unexplained = system.filter(({ file, program }) => !allowedSystemPrograms.some((allowed) => allowed.file === file && allowed.program === program));
    expect(unexplained.map(({ at, program }) => `${at}: ${program}`)).toEqual([]);
  });

  describe('the tool-driving tests pass with nothing on PATH but node, npm and npx', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'only-node-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it(toolDrivingTests.join(', '), async () => {
      const bin = join(dir, 'bin');
      await mkdir(bin);
      for (const name of ['node', 'npm', 'npx']) {
        const target = name === 'node' ? process.execPath : join(dirname(process.execPath), name);
        if (existsSync(target)) await symlink(target, join(bin, name));
      }

      // A child vitest, not this one's settings: no VITEST_* worker variables, no CHROMIUM_PATH, and its own screenshot.
      const env: NodeJS.ProcessEnv = { PATH: bin, HTML_REPORT_SCREENSHOT: join(dir, 'conformance-html.png') };
      for (const [name, value] of Object.entries(process.env)) {
        if (!/^(PATH|VITEST.*|CHROMIUM_PATH|HTML_REPORT_SCREENSHOT)$/.test(name)) env[name] = value;
      }
      const results = join(dir, 'results.json');
      const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
      const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
        execFile(
          process.execPath,
          [vitest, 'run', ...toolDrivingTests, '--reporter=json', `--outputFile=${results}`],
          { cwd: root, env, timeout: 150_000, maxBuffer: 16 * 1024 * 1024 },
          (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, output: `${stdout}${stderr}` }),
        );
      });
      expect(existsSync(results), output).toBe(true);
      const report = JSON.parse(await readFile(results, 'utf8')) as {
        numPassedTests: number;
        numFailedTests: number;
        numPendingTests: number;
        testResults: { name: string; status: string; message: string }[];
      };
      const files = report.testResults.map((file) => ({ file: relative(root, file.name), status: file.status, message: file.message }));
      expect(files.sort((a, b) => a.file.localeCompare(b.file))).toEqual(
        [...toolDrivingTests].sort().map((file) => ({ file, status: 'passed', message: '' })),
      );
      expect({ failed: report.numFailedTests, pending: report.numPendingTests }).toEqual({ failed: 0, pending: 0 });
      expect(report.numPassedTests).toBeGreaterThanOrEqual(8);
      expect(code, output).toBe(0);
    }, 180_000);
  });
});
