import type { Outcome, Verdict } from '../run/results.js';
import { sanitizeText } from './escape.js';

// Markdown for the reports: a target's words as inline text, code and table cells, and the labels of verdicts and outcomes.

/**
 * Text from a report as inline Markdown: Markdown and HTML punctuation is backslash-escaped
 * (a target's words must not become links, images or tags), newlines become spaces.
 */
export function markdownInline(text: string): string {
  return sanitizeText(text)
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_[\]<>|#!~&]/g, (c) => (c === '&' ? '&amp;' : `\\${c}`));
}

/** An inline code span that survives backticks in the text (not for table cells: no `|` escape). */
export function markdownCode(text: string): string {
  const clean = sanitizeText(text).replace(/\r\n?|\n/g, ' ');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${clean}${pad}${ticks}`;
}

/** A cell is cut here: a PR comment holds at most 65,536 characters. */
const CELL_MAX = 200;

/** A table cell: inline text, newlines as <br>, `|` escaped, cut to 200 characters. */
export function markdownCell(text: string): string {
  const clean = sanitizeText(text);
  const cut = clean.length > CELL_MAX ? clean.slice(0, CELL_MAX - 1) + '…' : clean;
  return cut
    .split(/\r\n?|\n/)
    .map(markdownInline)
    .join('<br>');
}

/** How verdicts and outcomes read in the Markdown reports (the run's and the diff's): an icon, then the word. */
export const markdownLabels: { readonly verdict: Readonly<Record<Verdict, string>>; readonly outcome: Readonly<Record<Outcome, string>> } = {
  verdict: {
    conformant: '✅ conformant',
    'non-conformant': '❌ non-conformant',
    error: '⚠️ error',
  },
  outcome: {
    passed: '✅ passed',
    failed: '❌ failed',
    warning: '⚠️ warning',
    skipped: '⏭️ skipped',
    errored: '💥 errored',
  },
};
