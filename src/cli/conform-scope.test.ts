import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHostileServer, type HostileServer, type HostileServerOptions } from '../../test/hostile/start-hostile-server.js';
import type { ConformanceReport } from '../report/report-model.js';
import { runConform } from './conform.js';

interface Ran {
  code: number;
  report: ConformanceReport;
  files: string[];
  seconds: number;
  target: HostileServer;
}

/** Runs conform in process against a fresh hostile (or recording) server, reports into a temp dir. */
async function conformAgainst(options: HostileServerOptions, args: string[], check: (ran: Ran) => void | Promise<void>): Promise<void> {
  const target = await startHostileServer(options);
  const dir = await mkdtemp(join(tmpdir(), 'conform-scope-'));
  try {
    const started = performance.now();
    const code = await runConform([`--base-url=${target.url}`, '--seed=1', `--report-dir=${dir}`, ...args], { out: () => {}, err: () => {} });
    const seconds = (performance.now() - started) / 1000;
    const report = JSON.parse(await readFile(join(dir, 'conformance.json'), 'utf8')) as ConformanceReport;
    await check({ code, report, files: (await readdir(dir)).sort(), seconds, target });
  } finally {
    await target.close();
    await rm(dir, { recursive: true, force: true });
  }
}

describe('conform keeps to its scope', { timeout: 20_000 }, () => {
  it('--read-only: the whole suite sends nothing but GET', async () => {
    await conformAgainst({ mode: 'pass' }, ['--read-only', '--runs=5'], ({ code, report, target }) => {
      expect(code).toBe(0);
      expect(report.run.readOnly).toBe(true);
      expect(target.requests.length).toBeGreaterThan(20);
      expect([...new Set(target.requests.map((r) => r.method))]).toEqual(['GET']);
      // Writing checks were skipped, with the reason; the reading ones ran.
      expect(report.requirements.some((r) => r.status === 'passed')).toBe(true);
      expect(report.requirements.filter((r) => r.status === 'skipped').every((r) => Boolean(r.reason))).toBe(true);
    });
  });

  it('--rate-limit=25/s: no second holds more than 25 request starts', async () => {
    const args = ['--rate-limit=25/s', '--only=READ-MALFORMED-ID,READ-UNKNOWN-404,LIST-LIMIT-INVALID', '--runs=8', '--concurrency=4'];
    await conformAgainst({ mode: 'pass' }, args, ({ code, target }) => {
      expect(code).toBe(0);
      const at = target.requests.map((r) => r.at);
      expect(at.length).toBeGreaterThan(40);
      // 26 starts spaced 40 ms apart span at least a second (a little slack for arrival jitter).
      for (let i = 0; i + 25 < at.length; i++) expect(at[i + 25] - at[i]).toBeGreaterThan(900);
    });
  });

  it('a 429 with Retry-After is waited out and asked again, not reported', async () => {
    await conformAgainst({ mode: 'throttle' }, ['--only=DOCS-EXAMPLE-FLOW,READ-UNKNOWN-404,LIST-DEFAULTS,TRANSPORT-NO-5XX', '--runs=5'], ({ code, report, target, seconds }) => {
      const throttled = target.requests.filter((r) => r.status === 429);
      expect(throttled.length).toBeGreaterThan(2);
      expect(code).toBe(0);
      expect(report.summary.failed + report.summary.errored + report.summary.warnings).toBe(0);
      // Retry-After: 1 on the first was honoured.
      expect(seconds).toBeGreaterThan(1);
      expect(report.run.requests).toBe(target.requests.length);
    });
  });
});

describe('conform --max-time', { timeout: 20_000 }, () => {
  it('at the deadline skips what has not ended, with the reason, cuts off requests in flight and writes the reports', async () => {
    // The probe answers at once, every later request takes 6 s: at the 1 s deadline all are in flight.
    await conformAgainst({ mode: 'slow', delayMs: 6_000, quickFirst: 1 }, ['--max-time=1', '--timeout=10000', '--runs=3'], ({ code, report, files, seconds }) => {
      // Deadline (1 s) + grace for requests in flight (1 s), well before one request's own 6 s or its 10 s timeout.
      expect(seconds).toBeLessThan(4.5);
      expect(files).toEqual(['conformance.html', 'conformance.json', 'conformance.md', 'junit.xml']);
      expect(code).toBe(2);
      expect(report.summary.verdict).toBe('error');
      expect(report.run.note).toMatch(/^the run deadline was reached \(--max-time=1\): \d+ requirements were skipped$/);
      // Those in flight and those never started alike; only the rules that watch responses say they saw none.
      for (const r of report.requirements) {
        expect({ id: r.id, status: r.status }).toEqual({ id: r.id, status: 'skipped' });
        expect(['the run deadline was reached', 'no response of the run was seen']).toContain(r.reason);
      }
      expect(report.requirements.filter((r) => r.reason === 'the run deadline was reached').length).toBeGreaterThan(20);
    });
  });
});
