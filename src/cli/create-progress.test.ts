import { describe, expect, it } from 'vitest';
import type { Finding, RequirementResult } from '../run/results.js';
import { replayCommand } from '../report/replay-command.js';
import { sampleReport } from '../../test/support/sample-report.js';
import { createProgress, type OutputMode, type ProgressOptions } from './create-progress.js';

const results: RequirementResult[] = sampleReport().requirements;
const replay = (id: string, finding: Finding) => replayCommand(id, finding, sampleReport());

/** Feeds the sample's results to a progress reporter and records what it wrote. */
function run(mode: OutputMode, extra: Partial<ProgressOptions> = {}, terminal = false) {
  const lines: string[] = [];
  let raw = '';
  let clock = 0;
  const progress = createProgress({
    total: results.length,
    mode,
    strict: false,
    line: (l) => lines.push(l),
    ...(terminal ? { terminal: { write: (t: string) => (raw += t), columns: 200 } } : {}),
    colour: false,
    requests: () => 10 * lines.length + raw.length,
    replay,
    now: () => (clock += 100),
    tickMs: 0,
    ...extra,
  });
  for (const r of results) progress.onResult(r);
  progress.finish();
  return { lines, raw };
}

describe('createProgress: plain lines (stderr is not a terminal)', () => {
  it('prints one line per requirement: PASS with requests and time, FAIL/WARN/SKIP/ERROR with the first finding or reason', () => {
    const { lines, raw } = run('normal');
    expect(raw).toBe('');
    expect(lines).toEqual([
      'PASS CREATE-201 (100 req, 412 ms)',
      'WARN CREATE-LOCATION: POST /v1/users answered 201 without a Location header',
      'FAIL CREATE-REJECT-INVALID: expected status 422, got 500 | the target must never answer with a 5xx (+1 more)',
      'PASS GET-404 (1 req, 9 ms)',
      'ERROR PATCH-UPDATEDAT: request timed out after 10000 ms',
      'PASS LIST-LIMIT-MAX (1 req, 12 ms)',
      'SKIP LIST-STATUS-TOTALS: needs a quiet target; skipped under --read-only',
      'PASS ERR-PROBLEM-JSON (3 req, 15 ms)',
    ]);
  });

  it('an observing rule that sent nothing itself shows how many responses it watched', () => {
    const lines: string[] = [];
    const progress = createProgress({ total: 1, mode: 'normal', strict: false, line: (l) => lines.push(l), colour: false, requests: () => 0, replay, now: () => 0, tickMs: 0 });
    progress.onResult({ ...results[0], id: 'TRANSPORT-NO-5XX', requests: 0, durationMs: 0, observed: 989 });
    progress.finish();
    expect(lines).toEqual(['PASS TRANSPORT-NO-5XX (989 responses watched)']);
  });

  it('shows a failed SHOULD as FAIL when strict', () => {
    expect(run('normal', { strict: true }).lines[1]).toMatch(/^FAIL CREATE-LOCATION: /);
  });

  it('--verbose adds every finding with its counterexample and curl line', () => {
    const { lines } = run('verbose');
    const at = lines.findIndex((l) => l.startsWith('FAIL CREATE-REJECT-INVALID'));
    expect(lines[at + 1]).toBe('    - expected status 422, got 500 | the target must never answer with a 5xx');
    expect(lines[at + 2]).toMatch(/^ {6}counterexample: \{.*"firstName": ?" "/);
    expect(lines[at + 3]).toBe('      replay: npm run conform -- --base-url=http://127.0.0.1:8080 --seed=1740816000 --only=CREATE-REJECT-INVALID --runs=100 (fast-check path 17:3:0)');
    expect(lines[at + 4]).toMatch(/^ {6}curl -sS -X POST /);
    expect(lines[at + 5]).toBe('    - a rejected create still added a user: GET /v1/users total went from 3 to 4');
  });

  it('--quiet prints nothing', () => {
    expect(run('quiet')).toEqual({ lines: [], raw: '' });
    expect(run('quiet', {}, true)).toEqual({ lines: [], raw: '' });
  });

  it('never colours plain lines, even when asked to', () => {
    expect(run('normal', { colour: true }).lines.join('\n')).not.toContain('\u001b[');
  });
});

describe('createProgress: live line (stderr is a terminal)', () => {
  it('rewrites one line with done/total, requests, failures and elapsed; keeps failures on screen; clears at the end', () => {
    const { lines, raw } = run('normal', {}, true);
    // Passes live only in the counter; what needs a look stays, as lines.
    expect(lines).toEqual([
      'WARN CREATE-LOCATION: POST /v1/users answered 201 without a Location header',
      'FAIL CREATE-REJECT-INVALID: expected status 422, got 500 | the target must never answer with a 5xx (+1 more)',
      'ERROR PATCH-UPDATEDAT: request timed out after 10000 ms',
    ]);
    const frames = raw.split('\r\u001b[K').filter(Boolean);
    expect(frames).toHaveLength(results.length);
    expect(frames[0]).toMatch(/^conform: 1\/8 requirements · \d+ requests · 0 failed · \d+ ms$/);
    expect(frames.at(-1)).toMatch(/^conform: 8\/8 requirements · \d+ requests · 2 failed · 1 warning · \d+ ms$/);
    // The line is cleared last, so the summary starts on a clean line.
    expect(raw.endsWith('\r\u001b[K')).toBe(true);
  });

  it('colours on a terminal when allowed, and cuts the live line to the width', () => {
    expect(run('normal', { colour: true }, true).lines).toContain('\u001b[31mFAIL\u001b[39m CREATE-REJECT-INVALID: expected status 422, got 500 | the target must never answer with a 5xx (+1 more)');
    expect(run('normal', { colour: true }, true).raw).toContain('\u001b[31m2 failed\u001b[39m');
    let narrow = '';
    run('normal', { terminal: { write: (t) => (narrow += t), columns: 30 } });
    const frames = narrow.split('\r\u001b[K').filter((f) => f.startsWith('conform:'));
    expect(frames.length).toBe(results.length);
    for (const frame of frames) expect(frame.length).toBeLessThan(30);
  });

  it('--verbose keeps passes and findings on screen too', () => {
    const { lines } = run('verbose', {}, true);
    expect(lines).toContain('PASS CREATE-201 (100 req, 412 ms)');
    expect(lines).toContain('    - a rejected create still added a user: GET /v1/users total went from 3 to 4');
  });

  it('redraws on a timer until finished', async () => {
    let raw = '';
    const progress = createProgress({ total: 3, mode: 'normal', strict: false, line: () => {}, terminal: { write: (t) => (raw += t) }, colour: false, requests: () => 0, replay, tickMs: 5 });
    await new Promise((r) => setTimeout(r, 40));
    progress.finish();
    const frames = raw.split('\r\u001b[K').filter(Boolean).length;
    expect(frames).toBeGreaterThanOrEqual(2);
    const after = raw.length;
    await new Promise((r) => setTimeout(r, 20));
    expect(raw.length).toBe(after);
  });

});
