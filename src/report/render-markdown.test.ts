import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown.js';
import type { ConformanceReport } from './report-model.js';
import type { RequirementResult } from '../run/results.js';
import { sampleReport } from '../../test/support/sample-report.js';

/** Rows of the GFM table whose header row starts with `header`. */
function tableRows(markdown: string, header: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith(header));
  if (start === -1) return [];
  const rows: string[] = [];
  for (let i = start + 2; i < lines.length && lines[i].startsWith('|'); i++) rows.push(lines[i]);
  return rows;
}

/** Cells of a table row, splitting only on pipes that are not backslash-escaped. */
function cells(row: string): string[] {
  return row.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim());
}

const passing: RequirementResult[] = sampleReport().requirements.filter((r) => r.status === 'passed');

describe('renderMarkdown', () => {
  const verdictRows: { name: string; given: ConformanceReport; want: string }[] = [
    { name: 'non-conformant', given: sampleReport(), want: '## ❌ non-conformant — TraderPal Connect Users API conformance' },
    { name: 'conformant', given: sampleReport({ requirements: passing }), want: '## ✅ conformant — TraderPal Connect Users API conformance' },
    { name: 'error', given: sampleReport({ requirements: [], run: { note: 'target unreachable' } }), want: '## ⚠️ error — TraderPal Connect Users API conformance' },
  ];
  it.each(verdictRows)('heads with the verdict: $name', ({ given, want }) => {
    expect(renderMarkdown(given).split('\n')[0]).toBe(want);
  });

  it('has one line of counts, target, seed, duration and requests', () => {
    const line = renderMarkdown(sampleReport()).split('\n')[2];
    expect(line).toBe(
      '**8** requirements · 4 passed · 1 failed · 1 warning · 1 skipped · 1 errored — ' +
        'target `http://127.0.0.1:8080` · seed `1740816000` · 4.2 s · 153 requests',
    );
  });

  it('lists failed, then errored, then warned requirements first', () => {
    const rows = tableRows(renderMarkdown(sampleReport()), '| Status | ID |');
    expect(rows.map((row) => cells(row).slice(0, 3))).toEqual([
      ['❌ failed', 'CREATE-REJECT-INVALID', 'MUST'],
      ['💥 errored', 'PATCH-UPDATEDAT', 'MUST'],
      ['⚠️ warning', 'CREATE-LOCATION', 'SHOULD'],
    ]);
    expect(cells(rows[0])[4]).toBe('expected status 422, got 500 \\| the target must never answer with a 5xx');
  });

  it('has no attention table when all pass', () => {
    const markdown = renderMarkdown(sampleReport({ requirements: passing }));
    expect(markdown).not.toContain('| Status | ID |');
    expect(markdown).toContain('<details><summary>All 4 requirements</summary>');
  });

  it('says why each skipped requirement was skipped, outside the collapsed table', () => {
    const markdown = renderMarkdown(sampleReport());
    expect(tableRows(markdown, '| Skipped | Why |').map(cells)).toEqual([['LIST-STATUS-TOTALS', 'needs a quiet target; skipped under --read-only']]);
    expect(markdown.indexOf('| Skipped | Why |')).toBeLessThan(markdown.indexOf('<details><summary>All 8 requirements'));
    expect(renderMarkdown(sampleReport({ requirements: passing }))).not.toContain('| Skipped |');
  });

  it('puts the full table in a collapsed <details>', () => {
    const markdown = renderMarkdown(sampleReport());
    const open = markdown.indexOf('<details><summary>All 8 requirements</summary>\n\n| ID | Level | Area | Status | Title |');
    expect(open).toBeGreaterThan(-1);
    const rows = tableRows(markdown, '| ID | Level | Area | Status | Title |');
    expect(rows).toHaveLength(8);
    expect(cells(rows[6])).toEqual(['LIST-STATUS-TOTALS', 'MUST', 'list', '⏭️ skipped', 'the totals of the four statuses add up to the unfiltered total']);
    expect(markdown.indexOf('</details>', open)).toBeGreaterThan(open);
  });

  const cellRows: { name: string; title: string; want: string }[] = [
    { name: 'pipe', title: 'a | b', want: 'a \\| b' },
    { name: 'newline', title: 'line one\nline two', want: 'line one<br>line two' },
    { name: 'CRLF', title: 'one\r\ntwo', want: 'one<br>two' },
    { name: 'HTML', title: '<script>alert(1)</script>', want: '\\<script\\>alert(1)\\</script\\>' },
    { name: 'link syntax', title: '![x](http://e/x.png)', want: '\\!\\[x\\](http://e/x.png)' },
    { name: 'NUL', title: 'a\u0000b', want: 'a\uFFFDb' },
  ];
  it.each(cellRows)('escapes a cell: $name', ({ title, want }) => {
    const requirement: RequirementResult = { ...sampleReport().requirements[0], title };
    const rows = tableRows(renderMarkdown(sampleReport({ requirements: [requirement] })), '| ID | Level |');
    expect(rows).toHaveLength(1);
    expect(cells(rows[0])).toHaveLength(5);
    expect(cells(rows[0])[4]).toBe(want);
  });

  it('cuts a long first finding', () => {
    const requirement: RequirementResult = { ...sampleReport().requirements[2], findings: [{ message: 'x'.repeat(5000) }] };
    const row = tableRows(renderMarkdown(sampleReport({ requirements: [requirement] })), '| Status | ID |')[0];
    expect(row.length).toBeLessThan(400);
    expect(row).toContain('…');
  });

  it('puts the command that runs each failed requirement again, and its curl lines, in fenced blocks inside <details>', () => {
    const markdown = renderMarkdown(sampleReport());
    const block = /<details><summary>Replay CREATE-REJECT-INVALID: [^\n]*<\/summary>\n\nRun this check again:\n\n```sh\n(npm run conform [^\n]*)\n```\n\nIts requests:\n\n```sh\n(curl [^\n]*)\n```\n\n<\/details>/.exec(markdown);
    expect(block?.[1]).toBe('npm run conform -- --base-url=http://127.0.0.1:8080 --seed=1740816000 --only=CREATE-REJECT-INVALID --runs=100');
    expect(block?.[2]).toBe(sampleReport().requirements[2].findings[0].curl);
    expect(markdown).toContain('<details><summary>Replay PATCH-UPDATEDAT');
    expect(markdown).toContain('<details><summary>Replay CREATE-LOCATION');
    expect(markdown).not.toContain('Replay CREATE-201');
  });

  it('fences a curl line holding backticks with a longer fence', () => {
    const requirement: RequirementResult = { ...sampleReport().requirements[2], findings: [{ message: 'm', curl: "curl --data-raw '```'" }] };
    const markdown = renderMarkdown(sampleReport({ requirements: [requirement] }));
    expect(markdown).toContain("````sh\ncurl --data-raw '```'\n````");
  });

  it('says so when no requirement ran, with no empty table', () => {
    const markdown = renderMarkdown(sampleReport({ requirements: [], run: { note: 'target unreachable' } }));
    expect(markdown).toContain('No requirement was run.');
    expect(markdown).not.toContain('|');
  });

  it('shows the run note', () => {
    const markdown = renderMarkdown(sampleReport({ requirements: [], run: { note: 'target unreachable: <x>' } }));
    expect(markdown).toContain('> **Note:** target unreachable: \\<x\\>');
  });

  it('names the shard of a run, and how many runs a merged report joins', () => {
    expect(renderMarkdown(sampleReport({ run: { shard: { index: 2, count: 3 } } }))).toMatch(/ · shard 2\/3\n/);
    const merged = sampleReport({ run: { merged: [{ source: 'a', id: 'r1', seed: 1, startedAt: '', durationMs: 1, requests: 1, verdict: 'conformant' }, { source: 'b', id: 'r2', seed: 1, startedAt: '', durationMs: 1, requests: 1, verdict: 'conformant' }] } });
    expect(renderMarkdown(merged)).toMatch(/ · merged from 2 runs\n/);
  });
});
