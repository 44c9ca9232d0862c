import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conformForTest, type ConformOutcome } from '../../test/support/conform-for-test.js';

describe('conform --rerun-failed', { timeout: 60_000 }, () => {
  let dir: string;
  let first: ConformOutcome;
  let firstReport: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'conform-rerun-'));
    first = await conformForTest(['--seed=7', '--runs=5', '--fault=trim-names', '--only=CREATE-ECHO,TRANSPORT-NO-5XX,LIST-LIMIT-INVALID']);
    firstReport = join(dir, 'first.json');
    await writeFile(firstReport, JSON.stringify(first.report));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('runs only what failed, with the seed, runs and fault of that run, and fails again', async () => {
    expect(first.code).toBe(1);
    expect(first.failed).toEqual(['CREATE-ECHO']);
    expect(first.report?.requirements.find((r) => r.id === 'LIST-LIMIT-INVALID')?.status).toBe('passed');

    const rerun = await conformForTest([`--rerun-failed=${firstReport}`]);
    expect(rerun.code).toBe(1);
    expect(rerun.report?.requirements.map((r) => r.id).sort()).toEqual([...first.failed, ...first.errored].sort());
    expect(rerun.report?.run).toMatchObject({ seed: 7, runs: 5 });
    expect(rerun.report?.target.fault).toBe('trim-names');
    // The same seed sends the same cases: the findings are the first run's.
    const findings = (o: ConformOutcome) => o.report?.requirements.flatMap((r) => r.findings.map((f) => f.message));
    expect(findings(first)?.length).toBeGreaterThan(0);
    expect(findings(rerun)).toEqual(findings(first));
  });

  it('takes --only beside it: what failed and is selected', async () => {
    const rerun = await conformForTest([`--rerun-failed=${firstReport}`, '--only=create']);
    expect(rerun.report?.requirements.map((r) => r.id)).toEqual(['CREATE-ECHO']);
  });

  it('says there is nothing to run when nothing failed, runs nothing and keeps the report', async () => {
    const passed = join(dir, 'passed.json');
    const report = structuredClone(first.report!);
    for (const r of report.requirements) Object.assign(r, { status: 'passed', findings: [] });
    await writeFile(passed, JSON.stringify(report));
    const rerun = await conformForTest([`--rerun-failed=${passed}`]);
    expect(rerun).toMatchObject({ code: 0, err: [], out: [`conform: no previously failed requirements in ${passed}: nothing to run`] });
    expect(rerun.report).toBeUndefined();
  });

  const rows: Array<{ given: (dir: string) => Promise<string[]>; want: RegExp }> = [
    // Bare, it reads the report dir's conformance.json: conformForTest's report dir is new and empty.
    { given: async () => ['--rerun-failed'], want: /^conform: cannot read report .*conformance\.json: no such file$/ },
    { given: async (d) => [`--rerun-failed=${join(d, 'none.json')}`], want: /^conform: cannot read report .*none\.json: no such file$/ },
    {
      given: async (d) => {
        await writeFile(join(d, 'broken.json'), '{"tool":');
        return [`--rerun-failed=${join(d, 'broken.json')}`];
      },
      want: /^conform: .*broken\.json: not valid JSON: /,
    },
    {
      given: async (d) => {
        await writeFile(join(d, 'other.json'), '{"tool":{"name":"x"}}');
        return [`--rerun-failed=${join(d, 'other.json')}`];
      },
      want: /^conform: .*other\.json: not a conformance report \(spec is missing\)$/,
    },
    { given: async () => ['--rerun-failed', 'reports/x.json'], want: /^conform: unexpected argument 'reports\/x\.json' \(see --help\)$/ },
    { given: async () => ['--rerun-failed', '--diff', 'a.json', 'b.json'], want: /^conform: --rerun-failed runs the suite; --diff runs nothing: give one$/ },
  ];
  it.each(rows)('a report it cannot use: one line, exit 2 ($want)', async ({ given, want }) => {
    const result = await conformForTest(await given(dir));
    expect(result.code).toBe(2);
    expect(result.err).toEqual([expect.stringMatching(want)]);
  });
});
