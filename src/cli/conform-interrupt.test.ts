import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHostileServer, type HostileServer } from '../../test/hostile/start-hostile-server.js';
import type { ConformanceReport } from '../report/report-model.js';
import { spawnConform, type SpawnedConform } from '../../test/support/spawn-conform.js';

let target: HostileServer;
let dir: string;

beforeEach(async () => {
  // The probe is answered at once; every later request takes 5 s, so the run is mid-flight when the signal comes.
  target = await startHostileServer({ mode: 'slow', delayMs: 5_000, quickFirst: 1 });
  dir = await mkdtemp(join(tmpdir(), 'conform-interrupt-'));
});
afterEach(async () => {
  await target.close();
  await rm(dir, { recursive: true, force: true });
});

/** Resolves once the run proper has sent requests (the probe is the first); fails if the process ends first. */
async function runStarted(run: SpawnedConform): Promise<void> {
  let ended: string | undefined;
  void run.done.then((d) => (ended = `conform ended first (exit ${d.code}): ${d.stderr}`));
  const until = performance.now() + 15_000;
  while (target.requests.length < 3) {
    if (ended) throw new Error(ended);
    if (performance.now() > until) throw new Error('the run never started');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('conform interrupted', { timeout: 30_000 }, () => {
  const rows: Array<{ given: NodeJS.Signals; want: number }> = [
    { given: 'SIGINT', want: 130 },
    { given: 'SIGTERM', want: 143 },
  ];
  it.each(rows)('$given: stops its requests, writes the reports with verdict error, exits $want', async ({ given, want }) => {
    const run = spawnConform([`--base-url=${target.url}`, `--report-dir=${dir}`, '--timeout=10000', '--seed=1'], dir);
    await runStarted(run);
    const signalled = performance.now();
    run.child.kill(given);
    const ended = await run.done;
    expect(ended.code, ended.stderr).toBe(want);
    // In-flight requests (5 s each) are cut off after a short grace, not waited out.
    expect(ended.endedAt - signalled).toBeLessThan(3_500);
    expect(ended.stderr).toContain(`conform: ${given}: stopping, writing reports`);

    expect((await readdir(dir)).sort()).toEqual(['conformance.html', 'conformance.json', 'conformance.md', 'junit.xml']);
    const report = JSON.parse(await readFile(join(dir, 'conformance.json'), 'utf8')) as ConformanceReport;
    expect(report.summary.verdict).toBe('error');
    expect(report.run.note).toBe('the run was interrupted');
    const stopped = report.requirements.filter((r) => r.reason === 'the run was interrupted');
    expect(stopped.length).toBeGreaterThan(0);
    for (const r of stopped) expect(r.status).toBe('skipped');
    expect(await readFile(join(dir, 'junit.xml'), 'utf8')).toMatch(/<\/testsuites>\s*$/);
  });

  it('a second Ctrl-C exits at once', async () => {
    const run = spawnConform([`--base-url=${target.url}`, `--report-dir=${dir}`, '--timeout=10000', '--seed=1'], dir);
    await runStarted(run);
    run.child.kill('SIGINT');
    await run.stderrMatches(/SIGINT: stopping/);
    const second = performance.now();
    run.child.kill('SIGINT');
    const ended = await run.done;
    expect(ended.code).toBe(130);
    expect(ended.stderr).toContain('conform: SIGINT again: quitting at once');
    // Well inside the 1 s the first Ctrl-C gives requests in flight.
    expect(ended.endedAt - second).toBeLessThan(700);
    // Whatever was written is whole: a report is there complete or not at all.
    const files = await readdir(dir);
    if (files.includes('conformance.json')) JSON.parse(await readFile(join(dir, 'conformance.json'), 'utf8'));
  });
});
