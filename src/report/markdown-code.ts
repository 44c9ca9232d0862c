import { sanitizeText } from './sanitize-text.js';

/** An inline code span that survives backticks in the text (not for table cells: no `|` escape). */
export function markdownCode(text: string): string {
  const clean = sanitizeText(text).replace(/\r\n?|\n/g, ' ');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${clean}${pad}${ticks}`;
}
