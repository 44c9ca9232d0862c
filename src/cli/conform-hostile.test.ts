import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHostileServer, type HostileMode, type HostileServerOptions } from '../../test/hostile/start-hostile-server.js';
import type { ConformanceReport } from '../report/report-model.js';
import { runConform } from './conform.js';

/** A handful of requirements that touch every operation: each row stays a few seconds. */
const only = '--only=DOCS-EXAMPLE-FLOW,READ-UNKNOWN-404,LIST-DEFAULTS,TRANSPORT-NO-5XX,TRANSPORT-JSON-CONTENT-TYPE,ERRORS-BODY-OBJECT';
const reportFiles = ['conformance.html', 'conformance.json', 'conformance.md', 'junit.xml'];
/** C0 controls but tab and line feed (a CR only before LF), DEL and C1. */
const rawControl = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/;

interface Row {
  mode: HostileMode;
  options?: Partial<HostileServerOptions>;
  /** Replaces the default `--only` and `--timeout=500`. */
  args?: string[];
  want: {
    code: number;
    /** Wall-clock budget of the whole run. */
    seconds: number;
    /** What some finding, reason or note says the target did. */
    says: RegExp;
  };
}

const rows: Row[] = [
  { mode: 'refuse', want: { code: 2, seconds: 3, says: /ECONNREFUSED/ } },
  { mode: 'silent', want: { code: 2, seconds: 3, says: /no answer within 500 ms/ } },
  { mode: 'stall-body', want: { code: 1, seconds: 5, says: /answered 200, then the body (stalled|was not complete)/ } },
  // One byte a second never trips the 1.2 s idle timeout: the whole-exchange deadline ends it.
  { mode: 'drip', args: ['--only=READ-UNKNOWN-404,LIST-DEFAULTS', '--timeout=1200'], want: { code: 1, seconds: 6, says: /200, then the body was not complete within 1200 ms/ } },
  { mode: 'reset', want: { code: 1, seconds: 4, says: /200, then the connection broke off mid-body/ } },
  // Bodies past the 16 MiB cap are read that far and dropped, the connection destroyed: 1 GiB costs no more than 50 MiB.
  { mode: 'huge', args: [only, '--timeout=5000'], want: { code: 1, seconds: 8, says: /answered 200, body over 16 MiB: cut off/ } },
  { mode: 'huge', options: { hugeBytes: 1024 ** 3 }, args: [only, '--timeout=5000'], want: { code: 1, seconds: 8, says: /200, body over 16 MiB: cut off/ } },
  { mode: 'huge-declared', want: { code: 1, seconds: 4, says: /200, body of 1024 MiB declared, over 16 MiB: refused unread/ } },
  // Compressed bodies nobody asked for are decoded under the same cap: the bomb goes off at 16 MiB, and no compressed byte is printed.
  { mode: 'gzip-bomb', args: [only, '--timeout=5000'], want: { code: 1, seconds: 8, says: /200, body over 16 MiB decoded \(gzip\): cut off/ } },
  { mode: 'brotli-bomb', args: [only, '--timeout=5000'], want: { code: 1, seconds: 8, says: /200, body over 16 MiB decoded \(br\): cut off/ } },
  // It answered, with too many headers: named for that, never 'unreachable'.
  { mode: 'header-flood', want: { code: 1, seconds: 4, says: /over 64 KiB of headers: not read/ } },
  { mode: 'byte-chunks', args: ['--only=READ-UNKNOWN-404,LIST-DEFAULTS', '--timeout=1000'], want: { code: 1, seconds: 6, says: /200, then the body was not complete within 1000 ms|200 .*invalid JSON/ } },
  { mode: 'invalid-json', want: { code: 1, seconds: 4, says: /not JSON|invalid JSON/ } },
  // Valid JSON 100,000 deep: every report still renders (indentation is capped, long bodies cut on the page).
  { mode: 'deep-json', want: { code: 1, seconds: 6, says: /expected 201, got 200 \{"users":\[\[\[/ } },
  // Bytes meant for a terminal or a CI runner arrive escaped everywhere (checked for every row below), the body called binary.
  { mode: 'control-bytes', want: { code: 1, seconds: 4, says: /answered 4\d\d with a body that is not JSON|\(binary body, / } },
  { mode: 'html-errors', want: { code: 1, seconds: 4, says: /text\/html/ } },
  { mode: 'wrong-content-type', want: { code: 1, seconds: 4, says: /content type 'text\/plain/ } },
  { mode: 'no-content-type', want: { code: 1, seconds: 4, says: /content type '\(none\)'/ } },
  { mode: 'redirect', want: { code: 1, seconds: 4, says: /answered 307 redirecting to http:\/\/127\.0\.0\.1:\d+\/v1\/users/ } },
  { mode: 'random-5xx', options: { seed: 7, errorRate: 0.3 }, want: { code: 1, seconds: 4, says: /answered 5\d\d / } },
  // Hanging up a reused keep-alive connection is allowed (RFC 9112, 9.6): each GET is sent again on a new one, no false alarm.
  { mode: 'close-keepalive', args: ['--only=READ-UNKNOWN-404,READ-MALFORMED-ID,LIST-DEFAULTS,LIST-LIMIT-INVALID', '--timeout=500'], want: { code: 0, seconds: 5, says: /^$/ } },
];

describe('conform against a hostile target', { timeout: 20_000 }, () => {
  it.each(rows)('$mode → exit $want.code within $want.seconds s', async ({ mode, options, args, want }) => {
    const hostile = await startHostileServer({ mode, ...options });
    const dir = await mkdtemp(join(tmpdir(), 'conform-hostile-'));
    const out: string[] = [];
    const err: string[] = [];
    try {
      const started = performance.now();
      const code = await runConform(
        [`--base-url=${hostile.url}`, '--seed=1', '--runs=5', '--max-time=20', ...(args ?? [only, '--timeout=500']), `--report-dir=${dir}`],
        { out: (line) => out.push(line), err: (line) => err.push(line) },
      );
      const seconds = (performance.now() - started) / 1000;
      expect({ code, err }).toMatchObject({ code: want.code });
      expect(seconds).toBeLessThan(want.seconds);

      // The four reports, whole: no temporary file left behind.
      expect((await readdir(dir)).sort()).toEqual(reportFiles);
      const report = JSON.parse(await readFile(join(dir, 'conformance.json'), 'utf8')) as ConformanceReport;
      const lines = [report.run.note ?? '', ...report.requirements.flatMap((r) => [r.reason ?? '', ...r.findings.map((f) => f.message)])].filter(Boolean);
      for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
      // No raw control byte reaches a terminal, a CI log or a report: bodies are quoted escaped.
      const written = [...out, ...err, ...(await Promise.all(reportFiles.map((file) => readFile(join(dir, file), 'utf8'))))];
      for (const text of written) expect(text).not.toMatch(rawControl);
      // What the report keeps of a body is an excerpt, whatever the target sent.
      for (const finding of report.requirements.flatMap((r) => r.findings)) expect(finding.exchange?.response?.body.length ?? 0).toBeLessThanOrEqual(32 * 1024);

      if (want.code === 2) {
        expect(report.summary.verdict).toBe('error');
        expect(report.run.note).toMatch(want.says);
        expect(err.join('\n')).toMatch(want.says);
        return;
      }
      // A target that answered, however badly, was reached.
      expect(report.run.note ?? '').not.toMatch(/unreachable/);
      // Every requirement ran to a verdict: none was cut off by the deadline, none crashed.
      for (const result of report.requirements) {
        expect(result.reason ?? '').not.toMatch(/deadline|interrupted|internal error/);
        if (result.status === 'skipped') expect(result.reason).toBe('no response of the run was seen');
      }
      if (want.code === 0) {
        expect(report.summary.verdict).toBe('conformant');
        // The target did hang up: some requests reached it and got no answer.
        expect(hostile.requests.some((r) => r.status === undefined)).toBe(true);
        return;
      }
      expect(report.summary.failed + report.summary.errored).toBeGreaterThan(0);
      const said = report.requirements.filter((r) => r.status === 'failed' || r.status === 'errored').flatMap((r) => [r.reason ?? '', ...r.findings.map((f) => f.message)]);
      expect(said.some((line) => want.says.test(line)), said.join('\n')).toBe(true);
    } finally {
      await hostile.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('sends nothing to the origin a redirect points to, and no auth header leaves for it', async () => {
    const hostile = await startHostileServer({ mode: 'redirect' });
    const dir = await mkdtemp(join(tmpdir(), 'conform-hostile-'));
    try {
      const code = await runConform(
        [`--base-url=${hostile.url}`, '--seed=1', '--runs=3', '--timeout=500', '--header=Authorization: Bearer tok_redirect_PLANTED', `--report-dir=${dir}`, only],
        { out: () => {}, err: () => {} },
      );
      expect(code).toBe(1);
      expect(hostile.requests.length).toBeGreaterThan(3);
      expect(hostile.requests.every((r) => r.headers.authorization === 'Bearer tok_redirect_PLANTED')).toBe(true);
      expect(hostile.other.requests).toEqual([]);
    } finally {
      await hostile.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
