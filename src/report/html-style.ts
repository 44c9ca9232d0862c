/**
 * The stylesheet of the HTML report: light theme, system fonts, no url() and no @import,
 * so the file loads nothing. Colours keep WCAG AA contrast on their backgrounds.
 */
export const HTML_STYLE = `
:root {
  color-scheme: light;
  --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --bg: #ffffff;
  --pass: #1a7f37; --pass-bg: #dafbe1; --fail: #cf222e; --fail-bg: #ffebe9;
  --warn: #9a6700; --warn-bg: #fff8c5; --skip: #59636e; --skip-bg: #eff2f5;
  --err: #8250df; --err-bg: #fbefff; --accent: #0969da;
  --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif,
    "Apple Color Emoji", "Segoe UI Emoji";
}
code, pre, kbd { font-family: var(--mono); font-size: 13px; }
.wrap { max-width: 1200px; margin: 0 auto; padding: 0 20px; }
.banner { border-bottom: 1px solid var(--line); padding: 22px 0 18px; }
.banner.conformant { background: var(--pass-bg); border-top: 6px solid var(--pass); }
.banner.non-conformant { background: var(--fail-bg); border-top: 6px solid var(--fail); }
.banner.error { background: var(--warn-bg); border-top: 6px solid var(--warn); }
.verdict { display: flex; align-items: center; gap: 12px; margin: 0; font-size: 26px; line-height: 1.2; }
.verdict-icon {
  display: inline-flex; align-items: center; justify-content: center; flex: none;
  width: 36px; height: 36px; border-radius: 50%; color: #fff; font-size: 20px; font-weight: 700;
}
.conformant .verdict-icon { background: var(--pass); }
.non-conformant .verdict-icon { background: var(--fail); }
.error .verdict-icon { background: var(--warn); }
.banner p { margin: 8px 0 0; color: var(--fg); }
.counts { display: grid; grid-template-columns: repeat(auto-fit, minmax(120px, 1fr)); gap: 12px; margin: 20px 0; }
.count { border: 1px solid var(--line); border-left-width: 5px; border-radius: 8px; padding: 10px 14px; background: var(--bg); }
.count b { display: block; font-size: 24px; line-height: 1.2; }
.count span { color: var(--muted); font-size: 13px; text-transform: uppercase; letter-spacing: .04em; }
.count.passed { border-left-color: var(--pass); } .count.failed { border-left-color: var(--fail); }
.count.warning { border-left-color: var(--warn); } .count.skipped { border-left-color: var(--skip); }
.count.errored { border-left-color: var(--err); } .count.total { border-left-color: var(--accent); }
.facts {
  display: grid; grid-template-columns: repeat(auto-fit, minmax(230px, 1fr)); gap: 4px 24px;
  margin: 0 0 16px; padding: 12px 16px; background: var(--soft); border: 1px solid var(--line); border-radius: 8px;
}
.facts div { display: flex; gap: 8px; min-width: 0; }
.facts dt { color: var(--muted); flex: none; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.note { border-left: 4px solid var(--warn); background: var(--warn-bg); padding: 8px 12px; border-radius: 4px; }
.toolbar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 16px 0 12px; }
.toolbar .spacer { flex: 1; }
button {
  font: inherit; font-size: 14px; color: var(--fg); background: var(--bg); cursor: pointer;
  border: 1px solid var(--line); border-radius: 6px; padding: 4px 12px;
}
button:hover { background: var(--soft); }
button:focus-visible, summary:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
button[aria-pressed="true"] { background: var(--fg); border-color: var(--fg); color: #fff; }
table.requirements { width: 100%; border-collapse: collapse; table-layout: fixed; }
col.c-id { width: 15rem; } col.c-level { width: 6rem; } col.c-status { width: 7.5rem; } col.c-time { width: 5.5rem; }
.requirements th, .requirements td { text-align: left; vertical-align: top; padding: 8px 10px; border-bottom: 1px solid var(--line); }
.requirements thead th { font-size: 13px; color: var(--muted); font-weight: 600; border-bottom: 2px solid var(--line); }
.requirements tr.area th { background: var(--soft); font-size: 15px; padding-top: 10px; }
.requirements tr.area th span { color: var(--muted); font-weight: 400; font-size: 13px; margin-left: 8px; }
tr[data-outcome="failed"] td.id { box-shadow: inset 4px 0 0 var(--fail); }
tr[data-outcome="warning"] td.id { box-shadow: inset 4px 0 0 var(--warn); }
tr[data-outcome="errored"] td.id { box-shadow: inset 4px 0 0 var(--err); }
td.id { font-family: var(--mono); font-size: 13px; overflow-wrap: anywhere; }
td.time { color: var(--muted); font-size: 13px; white-space: nowrap; }
.badge {
  display: inline-block; border-radius: 999px; padding: 1px 9px; font-size: 12px; font-weight: 600;
  line-height: 1.6; border: 1px solid transparent; white-space: nowrap;
}
.badge.must { background: var(--fg); color: #fff; }
.badge.should { background: var(--bg); color: var(--fg); border-color: var(--muted); }
.badge.passed { background: var(--pass-bg); color: var(--pass); }
.badge.failed { background: var(--fail-bg); color: var(--fail); }
.badge.warning { background: var(--warn-bg); color: var(--warn); }
.badge.skipped { background: var(--skip-bg); color: var(--skip); }
.badge.errored { background: var(--err-bg); color: var(--err); }
details > summary { cursor: pointer; }
details > summary::marker { color: var(--muted); }
.reason { color: var(--muted); font-size: 14px; margin-top: 2px; }
tr[data-outcome="errored"] .reason { color: var(--err); }
.detail { margin: 10px 0 4px; padding: 12px 14px; border: 1px solid var(--line); border-radius: 8px; background: var(--soft); }
.detail > p { margin: 0 0 8px; }
.muted { color: var(--muted); }
ol.findings { margin: 12px 0 0; padding: 0; list-style: none; counter-reset: finding; }
li.finding { background: var(--bg); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; margin-top: 10px; }
li.finding > .message { margin: 0 0 8px; font-weight: 600; overflow-wrap: anywhere; }
li.finding > .message::before { counter-increment: finding; content: counter(finding) ". "; color: var(--muted); }
h4 { margin: 12px 0 4px; font-size: 13px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
pre {
  margin: 0; padding: 8px 10px; background: var(--soft); border: 1px solid var(--line); border-radius: 6px;
  white-space: pre-wrap; overflow-wrap: anywhere; max-height: 28em; overflow: auto;
}
.exchange { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 12px; }
.http-line { font-family: var(--mono); font-size: 13px; overflow-wrap: anywhere; margin-bottom: 6px; }
.method { font-weight: 700; }
.code { font-weight: 700; border-radius: 4px; padding: 0 6px; }
.code.s2 { background: var(--pass-bg); color: var(--pass); } .code.s3 { background: var(--soft); color: var(--fg); }
.code.s4 { background: var(--warn-bg); color: var(--warn); } .code.s5, .code.none { background: var(--fail-bg); color: var(--fail); }
table.kv { border-collapse: collapse; font-family: var(--mono); font-size: 12.5px; margin-bottom: 6px; width: 100%; }
table.kv th, table.kv td { text-align: left; vertical-align: top; padding: 1px 8px 1px 0; overflow-wrap: anywhere; border: 0; }
table.kv th { font-weight: 600; color: var(--muted); white-space: nowrap; }
.curl { position: relative; }
.curl pre { padding-right: 72px; }
.curl button { position: absolute; top: 6px; right: 6px; font-size: 12px; padding: 2px 10px; }
.offscreen { position: fixed; top: 0; left: -9999px; opacity: 0; }
#empty { color: var(--muted); padding: 16px 0; }
.needs-attention { margin: 0 0 20px; border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
.needs-attention h2 { margin: 0; padding: 10px 16px; font-size: 17px; background: var(--soft); border-bottom: 1px solid var(--line); }
.needs-attention h2 .muted { font-weight: 400; font-size: 15px; }
.needs-attention ul { list-style: none; margin: 0; padding: 0; }
.needs-attention li { padding: 9px 16px 10px; border-bottom: 1px solid var(--line); border-left: 5px solid var(--line); }
.needs-attention li:last-child { border-bottom: 0; }
.needs-attention li[data-kind="failed"] { border-left-color: var(--fail); }
.needs-attention li[data-kind="errored"] { border-left-color: var(--err); }
.needs-attention li[data-kind="warning"] { border-left-color: var(--warn); }
.needs-attention a { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: baseline; color: var(--fg); text-decoration: none; }
.needs-attention a code { font-weight: 700; }
.needs-attention a .title { font-weight: 600; }
.needs-attention a:hover .title, .needs-attention a:focus-visible .title { text-decoration: underline; }
.needs-attention .first { margin: 3px 0 0; font-family: var(--mono); font-size: 12.5px; color: var(--fg); overflow-wrap: anywhere; }
.needs-attention .more { color: var(--muted); font-family: inherit; }
.first-finding { font-family: var(--mono); font-size: 12.5px; margin-top: 3px; color: var(--muted); overflow-wrap: anywhere; }
details[open] + .first-finding { display: none; }
tr:target td { background: var(--warn-bg); }
tr:target td.id { font-weight: 700; }
footer { color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); margin-top: 28px; padding: 14px 0 28px; }
@media (max-width: 760px) {
  .exchange { grid-template-columns: minmax(0, 1fr); }
  table.requirements, .requirements tbody, .requirements tr, .requirements td, .requirements th { display: block; width: 100%; }
  .requirements thead, .requirements colgroup { display: none; }
  .requirements tr[data-outcome] { display: grid; grid-template-columns: auto auto auto 1fr; grid-auto-flow: dense; gap: 4px 8px; padding: 8px 0; border-bottom: 1px solid var(--line); }
  .requirements tr[data-outcome] td { border: 0; padding: 0 4px; width: auto; }
  .requirements td.req { grid-column: 1 / -1; }
  .requirements td.time { text-align: right; }
}
@media print {
  .toolbar, .curl button { display: none !important; }
  pre { max-height: none; }
}
`;
