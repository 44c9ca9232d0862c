import { createHash } from 'node:crypto';
import { bodyExcerptNote } from './describe-finding.js';
import { escapeHtml as h } from './escape.js';
import { formatDuration, prettyJsonText, stringifyValue } from './format.js';
import { HTML_SCRIPT } from './html-script.js';
import { HTML_STYLE } from './html-style.js';
import { insecureWarning, type ConformanceReport, type ExchangeRecord } from './report-model.js';
import { requirementOutcome, type Finding, type Outcome, type RequirementResult, type Verdict } from '../run/results.js';
import { replayCommand } from './replay-command.js';

const VERDICT: Record<Verdict, { icon: string; label: string }> = {
  conformant: { icon: '✓', label: 'Conformant' },
  'non-conformant': { icon: '✗', label: 'Non-conformant' },
  error: { icon: '!', label: 'Run error' },
};

const FILTERS: { filter: Outcome | 'all'; label: string }[] = [
  { filter: 'all', label: 'All' },
  { filter: 'failed', label: 'Failed' },
  { filter: 'warning', label: 'Warnings' },
  { filter: 'skipped', label: 'Skipped' },
  { filter: 'errored', label: 'Errored' },
];

/**
 * The report as one self-contained HTML page: inline CSS and JS, no external resource, every
 * value from the report escaped. A Content-Security-Policy admits only this page's own style
 * and script (by hash), so even a slip in escaping could neither run script nor load anything.
 */
export function renderHtml(report: ConformanceReport): string {
  const { summary, run, target, spec, tool } = report;
  const strict = run.strict;
  const verdict = VERDICT[summary.verdict];
  const csp = [
    "default-src 'none'",
    `style-src '${sha256(HTML_STYLE)}'`,
    `script-src '${sha256(HTML_SCRIPT)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  const rows = report.requirements.map((requirement, index) => ({
    requirement,
    index,
    outcome: requirementOutcome(requirement, strict),
  }));
  const outcomeCount = (outcome: Outcome): number => rows.filter((r) => r.outcome === outcome).length;

  const areas = new Map<string, typeof rows>();
  for (const row of rows) areas.set(row.requirement.area, [...(areas.get(row.requirement.area) ?? []), row]);

  const headline =
    `${summary.total} ${plural(summary.total, 'requirement')} of ${h(spec.title)} ${h(spec.version)} ` +
    `checked against <code>${h(target.baseUrl)}</code>` +
    (summary.failed > 0 ? `: ${summary.failed} failed` : '') +
    (summary.warnings > 0 ? `${summary.failed > 0 ? ',' : ':'} ${summary.warnings} ${plural(summary.warnings, 'warning')}` : '') +
    '.';

  const facts: [string, string][] = [
    ['Target', `<code>${h(target.baseUrl)}</code>${target.embedded ? ' <span class="muted">(embedded reference)</span>' : ''}`],
    ...(target.fault !== undefined ? ([['Fault', `<code>${h(target.fault)}</code>`]] as [string, string][]) : []),
    ['Seed', `<code>${h(String(run.seed))}</code>`],
    ['Run id', `<code>${h(run.id)}</code>`],
    ['Started', h(readableTime(run.startedAt))],
    ['Duration', h(formatDuration(run.durationMs))],
    ['Requests', h(String(run.requests))],
    ['Runs per property', h(String(run.runs))],
    ['Mode', h([strict ? 'strict' : 'normal', run.readOnly ? 'read-only' : 'read-write', ...(run.existingUsersUntouched ? ['existing users untouched'] : [])].join(', '))],
    ...(run.shard ? ([['Shard', h(`${run.shard.index} of ${run.shard.count}`)]] as [string, string][]) : []),
    ...(run.merged
      ? ([['Merged from', run.merged.map((m) => `<code>${h(m.id)}</code>${m.shard ? ` (shard ${m.shard.index}/${m.shard.count}, seed ${h(String(m.seed))})` : ''}`).join(', ')]] as [string, string][])
      : []),
    ['Spec', `${h(spec.title)} ${h(spec.version)}`],
  ];

  const counts: [string, number, string][] = [
    ['total', summary.total, 'Total'],
    ['passed', summary.passed, 'Passed'],
    ['failed', summary.failed, 'Failed'],
    ['warning', summary.warnings, 'Warnings'],
    ['skipped', summary.skipped, 'Skipped'],
    ['errored', summary.errored, 'Errored'],
  ];

  const filterButtons = FILTERS.map(({ filter, label }) => {
    const n = filter === 'all' ? rows.length : outcomeCount(filter);
    return `<button type="button" data-filter="${filter}" aria-pressed="${filter === 'all'}">${label} (${n})</button>`;
  }).join('\n    ');

  const bodies = [...areas].map(([area, areaRows]) => {
    const header =
      `<tr class="area"><th colspan="5" scope="rowgroup">${h(area)}` +
      `<span>${areaRows.length} ${plural(areaRows.length, 'requirement')}</span></th></tr>`;
    return `<tbody data-area="${h(area)}">\n${header}\n${areaRows.map((r) => requirementRow(r.requirement, r.outcome, r.index, report)).join('\n')}\n</tbody>`;
  });

  const attention = rows
    .filter((r) => r.outcome === 'failed' || r.outcome === 'errored' || r.outcome === 'warning')
    // What blocks the gate leads: failures, then errors, then warnings.
    .sort((a, b) => ATTENTION_RANK[a.outcome] - ATTENTION_RANK[b.outcome] || a.index - b.index);
  const attentionSection = attention.length === 0 ? '' : attentionList(attention, summary);

  const requirementsSection = `  <div class="toolbar" role="toolbar" aria-label="Filter requirements" data-needs-js hidden>
    ${filterButtons}
    <span class="spacer"></span>
    <button type="button" id="expand-all">Expand all</button>
    <button type="button" id="collapse-all">Collapse all</button>
  </div>
  <table class="requirements">
    <colgroup><col class="c-id"><col class="c-level"><col class="c-status"><col class="c-req"><col class="c-time"></colgroup>
    <thead><tr><th scope="col">ID</th><th scope="col">Level</th><th scope="col">Status</th><th scope="col">Requirement</th><th scope="col">Time</th></tr></thead>
${bodies.join('\n')}
  </table>
  <p id="empty" hidden>No requirement matches this filter.</p>
`;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${h(`${tool.name} ${tool.version}`)}">
<link rel="icon" href="data:,">
<title>${h(`${verdict.label} · ${spec.title} conformance · ${target.baseUrl}`)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header class="banner ${summary.verdict}">
  <div class="wrap">
    <h1 class="verdict"><span class="verdict-icon" aria-hidden="true">${verdict.icon}</span>${h(verdict.label)}</h1>
    <p>${headline}</p>
${run.insecure ? `    <p class="note"><strong>Warning:</strong> ${h(insecureWarning)}</p>\n` : ''}${run.note !== undefined ? `    <p class="note"><strong>Note:</strong> ${h(run.note)}</p>\n` : ''}  </div>
</header>
<main class="wrap">
  <section class="counts" aria-label="Counts">
    ${counts.map(([cls, n, label]) => `<div class="count ${cls}"><b>${n}</b><span>${label}</span></div>`).join('\n    ')}
  </section>
${attentionSection}  <dl class="facts">
    ${facts.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('\n    ')}
  </dl>
${rows.length > 0 ? requirementsSection : '  <p class="muted">No requirement was run.</p>\n'}</main>
<footer class="wrap">Generated by ${h(tool.name)} ${h(tool.version)} · run <code>${h(run.id)}</code> · ${h(run.startedAt)}</footer>
<script>${HTML_SCRIPT}</script>
</body>
</html>
`;
}

const ATTENTION_RANK: Record<Outcome, number> = { failed: 0, errored: 1, warning: 2, passed: 3, skipped: 3 };
/** The first finding is cut here in the overview; the row below holds all of it. */
const OVERVIEW_MAX = 300;

/** The top of the page: every requirement that needs a look, with its first finding, linking to its row. */
function attentionList(items: { requirement: RequirementResult; outcome: Outcome }[], summary: ConformanceReport['summary']): string {
  const counts = [
    summary.failed > 0 ? `${summary.failed} failed` : '',
    summary.errored > 0 ? `${summary.errored} errored` : '',
    summary.warnings > 0 ? `${summary.warnings} ${plural(summary.warnings, 'warning')}` : '',
  ].filter(Boolean);
  const entries = items.map(({ requirement: r, outcome }) => {
    const first = r.findings[0]?.message ?? r.reason ?? '';
    const cut = first.length > OVERVIEW_MAX ? `${first.slice(0, OVERVIEW_MAX - 1)}…` : first;
    const more = r.findings.length > 1 ? ` <span class="more">+${r.findings.length - 1} more</span>` : '';
    return (
      `<li data-kind="${outcome}"><a href="#${rowId(r.id)}" data-jump="${rowId(r.id)}">` +
      `<span class="badge ${outcome}">${outcome}</span><span class="badge ${r.level.toLowerCase()}">${h(r.level)}</span>` +
      `<code>${h(r.id)}</code><span class="title">${h(r.title)}</span></a>` +
      (cut !== '' ? `<p class="first">${h(cut)}${more}</p>` : '') +
      `</li>`
    );
  });
  return (
    `  <section class="needs-attention" aria-labelledby="attention-title">\n` +
    `    <h2 id="attention-title">Needs attention <span class="muted">· ${counts.join(', ')}</span></h2>\n` +
    `    <ul>\n      ${entries.join('\n      ')}\n    </ul>\n  </section>\n`
  );
}

/** The id of a requirement's row (ids are upper-case letters, digits and dashes; escaped all the same). */
function rowId(id: string): string {
  return `req-${h(id)}`;
}

function requirementRow(requirement: RequirementResult, outcome: Outcome, index: number, report: ConformanceReport): string {
  const findings = requirement.findings;
  const open = outcome === 'failed' || outcome === 'errored' || outcome === 'warning';
  const reason =
    requirement.reason !== undefined && (outcome === 'skipped' || outcome === 'errored')
      ? `<div class="reason">${h(requirement.reason)}</div>`
      : '';
  // A failure's first finding shows under its title, so the table reads without opening a row.
  const firstFinding =
    (outcome === 'failed' || outcome === 'warning') && findings[0] !== undefined
      ? `<div class="first-finding">${h(findings[0].message.length > OVERVIEW_MAX ? `${findings[0].message.slice(0, OVERVIEW_MAX - 1)}…` : findings[0].message)}</div>`
      : '';
  const findingNote = findings.length > 0 ? ` <span class="muted">· ${findings.length} ${plural(findings.length, 'finding')}</span>` : '';
  const detail =
    `<div class="detail">` +
    `<p><strong>Rule</strong> <span class="muted">(${h(requirement.contract)})</span>: ${h(requirement.rule)}</p>` +
    `<p class="muted">${h(formatDuration(requirement.durationMs))} · ${requirement.requests} ${plural(requirement.requests, 'request')}` +
    `${requirement.observed !== undefined ? ` · ${requirement.observed} ${plural(requirement.observed, 'response')} of the run watched` : ''}` +
    `${requirement.cases !== undefined ? ` · ${requirement.cases} generated ${plural(requirement.cases, 'case')}` : ''}` +
    `${requirement.reason !== undefined && !reason ? ` · ${h(requirement.reason)}` : ''}</p>` +
    (findings.length > 0
      ? copyable(`run-${index}`, 'Run this check again', replayCommand(requirement.id, findings[0], report)) +
        `<ol class="findings">${findings.map((f, i) => findingItem(f, `${index}-${i}`)).join('')}</ol>`
      : '') +
    `</div>`;
  return (
    `<tr data-outcome="${outcome}" id="${rowId(requirement.id)}"${open ? ' class="attention"' : ''}>` +
    `<td class="id">${h(requirement.id)}</td>` +
    `<td><span class="badge ${requirement.level.toLowerCase()}">${h(requirement.level)}</span></td>` +
    `<td><span class="badge ${outcome}">${outcome}</span></td>` +
    `<td class="req"><details><summary>${h(requirement.title)}${findingNote}</summary>${detail}</details>${firstFinding}${reason}</td>` +
    `<td class="time">${h(formatDuration(requirement.durationMs))}</td>` +
    `</tr>`
  );
}

function findingItem(finding: Finding, key: string): string {
  const parts = [`<p class="message">${h(finding.message)}</p>`];
  const replay = [
    finding.seed !== undefined ? `seed <code>${h(String(finding.seed))}</code>` : '',
    finding.path !== undefined ? `path <code>${h(finding.path)}</code>` : '',
    finding.shard !== undefined ? `shard <code>${finding.shard.index}/${finding.shard.count}</code>` : '',
    finding.numRuns !== undefined ? `failed after ${finding.numRuns} ${plural(finding.numRuns, 'run')}` : '',
  ].filter((p) => p !== '');
  if (replay.length > 0) parts.push(`<p class="muted">Replay: ${replay.join(' · ')}</p>`);
  if (finding.counterexample !== undefined) {
    parts.push(`<h4>Counterexample</h4>${pre(stringifyValue(finding.counterexample))}`);
  }
  if (finding.exchange) parts.push(exchangeBlock(finding.exchange));
  if (finding.curl !== undefined) parts.push(copyable(`curl-${key}`, 'Replay with curl', finding.curl));
  return `<li class="finding">${parts.join('')}</li>`;
}

/** A heading and a command with a Copy button (shown only where scripts run). */
function copyable(id: string, heading: string, command: string): string {
  return `<h4>${h(heading)}</h4><div class="curl">${pre(command, id)}<button type="button" data-copy="${id}" data-needs-js hidden>Copy</button></div>`;
}

function exchangeBlock(exchange: ExchangeRecord): string {
  const { request, response } = exchange;
  const requestPanel =
    `<div><h4>Request</h4>` +
    `<div class="http-line"><span class="method">${h(request.method)}</span> ${h(request.url)}</div>` +
    headerTable(request.headers) +
    (request.body !== undefined && request.body !== '' ? pre(displayBody(request.body)) : '') +
    `</div>`;
  let responsePanel: string;
  if (response) {
    const statusClass = `s${String(response.status).charAt(0)}`;
    responsePanel =
      `<div><h4>Response</h4>` +
      `<div class="http-line"><span class="code ${statusClass}">${h(String(response.status))}</span> ` +
      `<span class="muted">in ${h(formatDuration(exchange.durationMs))}</span></div>` +
      headerTable(response.headers) +
      (response.body !== '' ? pre(displayBody(response.body)) : '<p class="muted">(empty body)</p>') +
      (bodyExcerptNote(response) ? `<p class="muted">Body: ${h(bodyExcerptNote(response))}.</p>` : '') +
      `</div>`;
  } else {
    responsePanel =
      `<div><h4>Response</h4><div class="http-line"><span class="code none">no response</span> ` +
      `<span class="muted">after ${h(formatDuration(exchange.durationMs))}</span></div></div>`;
  }
  const error = exchange.error !== undefined ? `<p><strong>Transport error:</strong> ${h(exchange.error)}</p>` : '';
  return `<div class="exchange">${requestPanel}${responsePanel}</div>${error}`;
}

function headerTable(headers: Record<string, string>): string {
  const entries = Object.entries(headers);
  if (entries.length === 0) return '';
  return `<table class="kv">${entries.map(([k, v]) => `<tr><th>${h(k)}</th><td>${h(v)}</td></tr>`).join('')}</table>`;
}

/** A pre block. The newline after the tag is one the HTML parser drops, so a body's own leading newline survives. */
function pre(text: string, id?: string): string {
  return `<pre${id === undefined ? '' : ` id="${id}"`}>\n${h(text)}</pre>`;
}

/** Characters of one body shown on the page; the whole of it is in conformance.json. */
const BODY_SHOWN_MAX = 64 * 1024;

/** A JSON object or array re-indented (tokens kept as sent), anything else as it is; cut when long. */
function displayBody(body: string): string {
  const shown = prettyJsonText(body) ?? body;
  return shown.length > BODY_SHOWN_MAX ? `${shown.slice(0, BODY_SHOWN_MAX)}\n…(cut: ${shown.length - BODY_SHOWN_MAX} more characters in conformance.json)` : shown;
}

/** `2025-03-01 10:00:00 UTC` from an ISO time (anything else as it is). */
function readableTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?Z$/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
