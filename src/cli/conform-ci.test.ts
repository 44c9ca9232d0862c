import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../suites/index.js';
import type { ConformanceReport } from '../report/report-model.js';
import { renderJson } from '../report/render-json.js';
import { runConform, type Io } from './conform.js';
import { conformForTest } from '../../test/support/conform-for-test.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conform-ci-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs conform with its own report dir (kept, unlike conformForTest's) and a sealed environment. */
async function conformInto(name: string, args: string[], context: Partial<Io> = {}) {
  const reportDir = join(dir, name);
  const out: string[] = [];
  const err: string[] = [];
  const code = await runConform([...args, `--report-dir=${reportDir}`], { out: (l) => out.push(l), err: (l) => err.push(l), env: {}, cwd: dir, ...context });
  return { code, out, err, reportDir };
}

const readReport = async (reportDir: string) => JSON.parse(await readFile(join(reportDir, 'conformance.json'), 'utf8')) as ConformanceReport;

describe('conform: configuration file and environment', () => {
  async function cwdWith(config: string): Promise<string> {
    const cwd = await mkdtemp(join(dir, 'cwd-'));
    await writeFile(join(cwd, 'conform.config.json'), config);
    return cwd;
  }

  it('an unknown key in conform.config.json is one line naming it, exit 2', async () => {
    const result = await conformForTest([], { cwd: await cwdWith('{"seed": 1, "retries": 3}') });
    expect(result.code).toBe(2);
    expect(result.err).toEqual([expect.stringMatching(/^conform: conform\.config\.json: unknown key 'retries' \(known: /)]);
  });

  it('bad JSON in the file is one line, exit 2', async () => {
    const result = await conformForTest([], { cwd: await cwdWith('{"seed": 1,,}') });
    expect(result.code).toBe(2);
    expect(result.err).toEqual([expect.stringMatching(/^conform: conform\.config\.json: not valid JSON: /)]);
  });

  it('settings come from the file and the environment, flags winning', async () => {
    const cwd = await cwdWith(JSON.stringify({ seed: 11, only: ['read'], failOn: 'should', quiet: true }));
    const fromFile = await conformForTest([], { cwd });
    expect(fromFile.report?.run).toMatchObject({ seed: 11, strict: true });
    expect(fromFile.report?.requirements.every((r) => r.area === 'read' || catalogue.find((c) => c.id === r.id)?.observe)).toBe(true);
    expect(fromFile.err).toEqual([]); // quiet
    const fromEnv = await conformForTest([], { cwd, env: { CONFORM_SEED: '12', CONFORM_FAIL_ON: 'must' } });
    expect(fromEnv.report?.run).toMatchObject({ seed: 12, strict: false });
    const fromFlag = await conformForTest(['--seed=13'], { cwd, env: { CONFORM_SEED: '12' } });
    expect(fromFlag.report?.run.seed).toBe(13);
  });
});

describe('conform: output for people and for CI', () => {
  const args = ['--seed=1', '--fault=no-location-header', '--only=create-success,create-location,read-unknown-404'];

  it('without a terminal: one plain line per requirement on stderr; --verbose adds findings; --quiet none', async () => {
    const normal = await conformForTest(args);
    expect(normal.code).toBe(0); // a failed SHOULD only warns
    expect(normal.err).toContainEqual(expect.stringMatching(/^WARN CREATE-LOCATION: POST \/v1\/users answered 201 with no Location header/));
    expect(normal.err.filter((l) => /^PASS CREATE-SUCCESS \(\d+ req, \d+ ms\)$/.test(l))).toHaveLength(1);
    expect(normal.err.join('\n')).not.toContain('\u001b[');
    const verbose = await conformForTest([...args, '--verbose']);
    expect(verbose.err.some((l) => l.startsWith('    - '))).toBe(true);
    const quiet = await conformForTest([...args, '--quiet']);
    expect(quiet.err).toEqual([]);
    expect(quiet.out[0]).toMatch(/^✔ conformant — /);
  });

  it('--fail-on=should fails the gate on a SHOULD', async () => {
    const result = await conformForTest([...args, '--fail-on=should', '--quiet']);
    expect(result.code).toBe(1);
    expect(result.report?.run.strict).toBe(true);
  });

  it('on a terminal: a live progress line rewritten with \\r, colours unless NO_COLOR', async () => {
    let raw = '';
    const terminal = { write: (t: string) => (raw += t), columns: 120 };
    const result = await conformForTest(args, { terminal, outIsTTY: true });
    expect(raw).toMatch(/\r\u001b\[Kconform: 3\/3 requirements · \d+ requests · 0 failed · \u001b\[33m1 warning\u001b\[39m · /);
    expect(result.err).toContainEqual(expect.stringMatching(/^\u001b\[33mWARN\u001b\[39m CREATE-LOCATION: POST /));
    expect(result.out[0]).toMatch(/^\u001b\[32m✔ conformant/);
    const plain = await conformForTest(args, { terminal: { write: () => {} }, outIsTTY: true, env: { NO_COLOR: '1' } });
    expect([...plain.out, ...plain.err].join('\n')).not.toContain('\u001b[');
  });

  it('under GitHub Actions: annotations on stdout and the Markdown summary appended to GITHUB_STEP_SUMMARY', async () => {
    const summary = join(dir, 'step-summary.md');
    await writeFile(summary, '');
    const result = await conformForTest(['--seed=1', '--fault=500-on-malformed-json', '--only=TRANSPORT-NO-5XX,CREATE-NOT-JSON-OBJECT,CREATE-LOCATION'], {
      env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary },
    });
    expect(result.code).toBe(1);
    const annotations = result.out.filter((l) => l.startsWith('::'));
    expect(annotations).toContainEqual(expect.stringMatching(/^::error title=TRANSPORT-NO-5XX::MUST No request of the suite is answered with a 5xx: /));
    expect(annotations.every((l) => !/[\r\n]/.test(l))).toBe(true);
    const markdown = await readFile(summary, 'utf8');
    expect(markdown).toMatch(/^## ❌ non-conformant — /);
    expect(markdown).toContain('TRANSPORT-NO-5XX');
  });
});

describe('conform: sharding, merging and comparing runs', () => {
  it('two shards run every requirement once between them; --merge-reports joins them into one report in four formats', async () => {
    const one = await conformInto('shard-1', ['--seed=5', '--shard=1/2', '--quiet']);
    const two = await conformInto('shard-2', ['--seed=5', '--shard=2/2', '--quiet']);
    expect([one.code, two.code]).toEqual([0, 0]);
    const [r1, r2] = [await readReport(one.reportDir), await readReport(two.reportDir)];
    expect(r1.run.shard).toEqual({ index: 1, count: 2 });
    // Checks that are neither observing rules nor properties run on one shard only.
    const dealt = (r: ConformanceReport) => r.requirements.filter((x) => !catalogue.find((c) => c.id === x.id && (c.observe || c.property))).map((x) => x.id);
    expect(dealt(r1).filter((id) => dealt(r2).includes(id))).toEqual([]);
    // Property checks run on both, each shard its own part of the cases: together the budget of one unsharded run.
    const whole = await readReport((await conformInto('unsharded', ['--seed=5', '--quiet'])).reportDir);
    const cases = (r: ConformanceReport) => new Map(r.requirements.filter((x) => x.cases !== undefined).map((x) => [x.id, x.cases!]));
    const [c1, c2, all] = [cases(r1), cases(r2), cases(whole)];
    expect([...c1.keys()]).toEqual([...all.keys()]);
    expect([...c2.keys()]).toEqual([...all.keys()]);
    for (const [id, n] of all) expect({ id, cases: c1.get(id)! + c2.get(id)! }).toEqual({ id, cases: n });

    const merged = await conformInto('merged', ['--merge-reports', one.reportDir, two.reportDir]);
    expect(merged.err).toEqual([]);
    expect(merged.code).toBe(0);
    expect(merged.out[0]).toMatch(/^✔ conformant — \d+ passed, 0 failed.*merged from 2 runs\)$/);
    const report = await readReport(merged.reportDir);
    expect(report.requirements.map((r) => r.id)).toEqual(catalogue.map((r) => r.id));
    for (const r of report.requirements.filter((x) => x.cases !== undefined)) expect({ id: r.id, cases: r.cases }).toEqual({ id: r.id, cases: all.get(r.id) });
    expect(report.run.merged?.map((m) => [m.id, m.seed, m.shard])).toEqual([[r1.run.id, 5, { index: 1, count: 2 }], [r2.run.id, 5, { index: 2, count: 2 }]]);
    for (const file of ['junit.xml', 'conformance.md', 'conformance.html']) expect((await readFile(join(merged.reportDir, file), 'utf8')).length).toBeGreaterThan(100);

    const missing = await conformInto('merged-missing', ['--merge-reports', one.reportDir]);
    expect(missing.code).toBe(2);
    expect(missing.err).toEqual([expect.stringMatching(/^conform: shard 2\/2 is missing/)]);
  });

  it('--compare lists what newly fails against a previous report, and writes comparison.md', async () => {
    const args = ['--seed=2', '--fault=500-on-malformed-json', '--only=TRANSPORT-NO-5XX,CREATE-NOT-JSON-OBJECT', '--quiet'];
    const previous = await conformInto('previous', args.filter((a) => !a.startsWith('--fault')));
    expect(previous.code).toBe(0);
    const previousFile = join(dir, 'previous.json');
    await writeFile(previousFile, renderJson(await readReport(previous.reportDir)));
    const now = await conformInto('now', [...args, `--compare=${previousFile}`]);
    expect(now.code).toBe(1);
    const text = now.out.join('\n');
    expect(text).toContain('## ❌ Conformance: changes since the previous run');
    expect(text).toMatch(/### ❌ Newly failing \(\d\)[\s\S]*\| TRANSPORT-NO-5XX \| MUST \| ✅ passed \| ❌ failed \|/);
    expect(await readFile(join(now.reportDir, 'comparison.md'), 'utf8')).toContain('TRANSPORT-NO-5XX');

    // --diff: the same comparison from the two files, running nothing; exit 1 as something newly fails.
    const diff = await conformInto('diff', ['--diff', previousFile, join(now.reportDir, 'conformance.json')]);
    expect(diff.code).toBe(1);
    expect(diff.out.join('\n')).toContain('| TRANSPORT-NO-5XX | MUST | ✅ passed | ❌ failed |');
    const back = await conformInto('diff-back', ['--diff', join(now.reportDir, 'conformance.json'), previousFile]);
    expect(back.code).toBe(0);
    expect(back.out.join('\n')).toContain('### ✅ Newly passing');

    const bad = await conformInto('compare-missing', ['--compare=nope.json']);
    expect(bad).toMatchObject({ code: 2, err: ['conform: cannot read report nope.json: no such file'] });
  });
});
