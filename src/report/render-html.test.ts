import { createHash } from 'node:crypto';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { HTML_SCRIPT } from './html-script.js';
import { HTML_STYLE } from './html-style.js';
import { renderHtml } from './render-html.js';
import type { ConformanceReport } from './report-model.js';
import { sampleReport } from '../../test/support/sample-report.js';

const VOID = new Set(['meta', 'link', 'col', 'br', 'img', 'input', 'hr', 'wbr']);

/** Every non-void tag outside <style>/<script> is closed, in order; returns the tag names seen. */
function checkBalanced(html: string): string[] {
  const body = html.replace(/<(style|script)>[\s\S]*?<\/\1>/g, '');
  const stack: string[] = [];
  const seen: string[] = [];
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g)) {
    const [, slash, name] = m;
    const tag = name.toLowerCase();
    if (slash) {
      const open = stack.pop();
      if (open !== tag) throw new Error(`</${tag}> closes <${open}>`);
    } else {
      seen.push(tag);
      if (!VOID.has(tag)) stack.push(tag);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed: ${stack.join(', ')}`);
  return seen;
}

/** The markup of the first requirement row with this outcome (rows hold nested tables, so cut at the next row). */
function row(html: string, outcome: string): string {
  const start = html.indexOf(`<tr data-outcome="${outcome}"`);
  if (start === -1) return '';
  const ends = [html.indexOf('<tr data-outcome=', start + 1), html.indexOf('</tbody>', start)].filter((i) => i !== -1);
  return html.slice(start, Math.min(...ends));
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

describe('renderHtml', () => {
  const html = renderHtml(sampleReport());

  it('is one balanced document', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(() => checkBalanced(html)).not.toThrow();
  });

  it('loads nothing from anywhere', () => {
    // Resource-bearing attributes may only point at data: (the empty favicon) or into the page (#row links).
    for (const m of html.matchAll(/\b(src|href|action|formaction|poster|srcset|data|background)\s*=\s*"([^"]*)"/gi)) {
      expect(m[2].startsWith('data:') || /^#[\w-]+$/.test(m[2]), m[0]).toBe(true);
    }
    expect(html).not.toMatch(/url\s*\(/i);
    expect(html).not.toMatch(/@import/i);
    expect(html).not.toMatch(/<(iframe|object|embed|img|audio|video|source|base)\b/i);
    expect(html.match(/<link\b[^>]*>/g)).toEqual(['<link rel="icon" href="data:,">']);
  });

  it('allows only its own style and script by hash', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src 'sha256-${sha256(HTML_STYLE)}'`);
    expect(csp).toContain(`script-src 'sha256-${sha256(HTML_SCRIPT)}'`);
    // The hashed text must be exactly what sits between the tags.
    expect(html).toContain(`<style>${HTML_STYLE}</style>`);
    expect(html).toContain(`<script>${HTML_SCRIPT}</script>`);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/\sstyle\s*=/i);
  });

  it('has a script that parses', () => {
    expect(() => new Script(HTML_SCRIPT)).not.toThrow();
  });

  it('renders the hostile body and counterexample as text', () => {
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).not.toContain('alert(1)</script>');
    expect(html).not.toContain('<img src="https://evil');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &lt;![CDATA[x]]&gt; \uFFFD\uFFFD \uFFFD &quot;quotes&quot;');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('🚀');
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(html).toContain('abc&quot;&lt;def&gt;');
  });

  const verdictRows: { name: string; given: ConformanceReport; want: { className: string; label: string } }[] = [
    { name: 'non-conformant', given: sampleReport(), want: { className: 'non-conformant', label: 'Non-conformant' } },
    { name: 'conformant', given: sampleReport({ requirements: sampleReport().requirements.filter((r) => r.status === 'passed') }), want: { className: 'conformant', label: 'Conformant' } },
    { name: 'error', given: sampleReport({ requirements: [], run: { note: 'target unreachable: <ECONNREFUSED>' } }), want: { className: 'error', label: 'Run error' } },
  ];
  it.each(verdictRows)('shows the verdict: $name', ({ given, want }) => {
    const page = renderHtml(given);
    expect(page).toContain(`<header class="banner ${want.className}">`);
    expect(page).toMatch(new RegExp(`<h1 class="verdict">.*</span>${want.label}</h1>`));
    expect(() => checkBalanced(page)).not.toThrow();
  });

  it('says so when no requirement ran, with no empty table or filters', () => {
    const page = renderHtml(sampleReport({ requirements: [], run: { note: 'target unreachable' } }));
    expect(page).toContain('<p class="muted">No requirement was run.</p>');
    expect(page).not.toContain('<table class="requirements">');
    expect(page).not.toContain('<button type="button" data-filter=');
    expect(() => checkBalanced(page)).not.toThrow();
  });

  it('shows the run note in the banner', () => {
    const page = renderHtml(sampleReport({ requirements: [], run: { note: 'target unreachable: <ECONNREFUSED>' } }));
    expect(page).toContain('<p class="note"><strong>Note:</strong> target unreachable: &lt;ECONNREFUSED&gt;</p>');
  });

  it('shows counts and run facts', () => {
    expect(html).toContain('<div class="count failed"><b>1</b><span>Failed</span></div>');
    expect(html).toContain('<div class="count warning"><b>1</b><span>Warnings</span></div>');
    for (const fact of ['<dt>Seed</dt><dd><code>1740816000</code></dd>', '<dt>Run id</dt><dd><code>run-20250301-7f3a</code></dd>', '<dt>Duration</dt><dd>4.2 s</dd>', '<dt>Requests</dt><dd>153</dd>', '<code>http://127.0.0.1:8080</code>']) {
      expect(html).toContain(fact);
    }
  });

  it('groups requirements by area with level and status badges', () => {
    expect([...html.matchAll(/<tbody data-area="([^"]*)">/g)].map((m) => m[1])).toEqual(['create', 'read', 'update', 'list', 'errors']);
    const outcomes = [...html.matchAll(/<tr data-outcome="([^"]*)"/g)].map((m) => m[1]);
    expect(outcomes).toEqual(['passed', 'warning', 'failed', 'passed', 'errored', 'passed', 'skipped', 'passed']);
    expect(html).toContain('<span class="badge should">SHOULD</span>');
    expect(html).toContain('<span class="badge warning">warning</span>');
  });

  it('has filter buttons, hidden until the script runs', () => {
    const labels = [...html.matchAll(/<button type="button" data-filter="([^"]*)"[^>]*>([^<]*)<\/button>/g)].map((m) => [m[1], m[2]]);
    expect(labels).toEqual([['all', 'All (8)'], ['failed', 'Failed (1)'], ['warning', 'Warnings (1)'], ['skipped', 'Skipped (1)'], ['errored', 'Errored (1)']]);
    expect(html).toMatch(/<div class="toolbar"[^>]*data-needs-js hidden>/);
  });

  it('details each finding: message, request, response, counterexample, replay, curl with copy', () => {
    const markup = row(html, 'failed');
    expect(markup).toContain('<summary>a body that breaks a field rule is rejected with 422 <span class="muted">· 2 findings</span></summary>');
    expect(markup).toContain('<strong>Rule</strong>');
    expect(markup).toContain('<p class="message">expected status 422, got 500 | the target must never answer with a 5xx</p>');
    expect(markup).toContain('<span class="method">POST</span> http://127.0.0.1:8080/v1/users');
    expect(markup).toContain('<span class="code s5">500</span>');
    expect(markup).toContain('<h4>Counterexample</h4><pre>\n{\n  &quot;firstName&quot;: &quot; &quot;,');
    expect(markup).toContain('seed <code>1740816000</code> · path <code>17:3:0</code> · failed after 18 runs');
    expect(markup).toContain('Body: binary, bytes escaped; the start of 16.0 MiB received.');
    expect(markup).toMatch(/<pre id="curl-2-0">\ncurl -sS -X POST [^<]*<\/pre><button type="button" data-copy="curl-2-0" data-needs-js hidden>Copy<\/button>/);
    // The request body is JSON: shown re-indented.
    expect(markup).toContain('<pre>\n{\n  &quot;email&quot;: &quot;a@example.com&quot;,');
  });

  it('lists what needs attention first: failures, then errors, then warnings, each with its first finding and a link to its row', () => {
    const section = /<section class="needs-attention"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(section).toContain('Needs attention <span class="muted">· 1 failed, 1 errored, 1 warning</span>');
    const items = [...section.matchAll(/<li data-kind="([^"]*)"><a href="#([^"]*)" data-jump="\2">/g)].map((m) => [m[1], m[2]]);
    expect(items).toEqual([['failed', 'req-CREATE-REJECT-INVALID'], ['errored', 'req-PATCH-UPDATEDAT'], ['warning', 'req-CREATE-LOCATION']]);
    expect(section).toContain('<p class="first">expected status 422, got 500 | the target must never answer with a 5xx <span class="more">+1 more</span></p>');
    for (const [, id] of items) expect(html).toContain(`id="${id}"`);
    // The table shows a failure's first finding under its title too, without opening the row.
    expect(row(html, 'failed')).toContain('<div class="first-finding">expected status 422, got 500 | the target must never answer with a 5xx</div>');
  });

  it('has no attention list when everything passed', () => {
    const page = renderHtml(sampleReport({ requirements: sampleReport().requirements.filter((r) => r.status === 'passed') }));
    expect(page).not.toContain('<section class="needs-attention"');
  });

  it('shows the shard of a run and the runs a merged report joins', () => {
    expect(renderHtml(sampleReport({ run: { shard: { index: 2, count: 3 } } }))).toContain('<dt>Shard</dt><dd>2 of 3</dd>');
    const merged = renderHtml(sampleReport({ run: { merged: [{ source: 'a', id: 'r1', seed: 5, shard: { index: 1, count: 2 }, startedAt: '', durationMs: 1, requests: 1, verdict: 'conformant' }] } }));
    expect(merged).toContain('<dt>Merged from</dt><dd><code>r1</code> (shard 1/2, seed 5)</dd>');
  });

  it('pretty-prints a JSON response without changing its numbers', () => {
    const markup = row(html, 'warning');
    expect(markup).toContain('  &quot;balance&quot;: 12345678901234567890\n}</pre>');
  });

  it('shows a transport error when no response came', () => {
    const markup = row(html, 'errored');
    expect(markup).toContain('<span class="code none">no response</span>');
    expect(markup).toContain('<strong>Transport error:</strong> timeout after 10000 ms');
    expect(markup).toContain('<div class="reason">request timed out after 10000 ms</div>');
  });

  it('gives every copyable block (curl lines, run-again commands) a unique id', () => {
    const ids = [...html.matchAll(/<pre id="([^"]*)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith('curl-'))).toHaveLength(3);
    expect(ids.filter((id) => id.startsWith('run-')).length).toBeGreaterThan(0);
    expect(html).toMatch(/<h4>Run this check again<\/h4><div class="curl"><pre id="run-\d+">\n?npm run conform -- [^<]*--only=CREATE-REJECT-INVALID --runs=100<\/pre>/);
  });

  it('shows a body nested 20,000 deep, cut to a page a browser can hold', () => {
    const report = sampleReport();
    const finding = report.requirements[2].findings[0];
    const deep = `{"email":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    report.requirements[2] = { ...report.requirements[2], findings: [{ ...finding, exchange: { ...finding.exchange!, request: { ...finding.exchange!.request, body: deep } } }] };
    const page = renderHtml(report);
    expect(page.length).toBeLessThan(renderHtml(sampleReport()).length + 200_000);
    expect(page).toMatch(/…\(cut: \d+ more characters in conformance\.json\)/);
  });

  it('escapes every report field it shows', () => {
    const evil = '<b id="x">&"\'';
    const report = sampleReport({ target: { baseUrl: evil, fault: evil }, run: { id: evil, note: evil }, spec: { title: evil } });
    report.requirements[2] = { ...report.requirements[2], id: evil, title: evil, rule: evil, contract: evil, area: evil, reason: evil };
    const page = renderHtml(report);
    expect(page).not.toContain('<b id="x">');
    expect(page).toContain('&lt;b id=&quot;x&quot;&gt;&amp;&quot;&#39;');
    expect(() => checkBalanced(page)).not.toThrow();
  });
});
