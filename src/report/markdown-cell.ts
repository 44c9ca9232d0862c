import { markdownInline } from './markdown-inline.js';
import { sanitizeText } from './sanitize-text.js';

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
