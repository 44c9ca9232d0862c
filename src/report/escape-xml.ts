import { sanitizeText } from './sanitize-text.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/**
 * Escapes text for XML 1.0 content or a quoted attribute value, after replacing forbidden
 * characters. Text keeps quotes readable (only `& < >` matter there; `>` for `]]>`). In
 * attributes, quotes, tab and newlines become references too, because a parser otherwise
 * normalises white space to spaces; CR is always escaped, since parsers drop it.
 */
export function escapeXml(text: string, where: 'text' | 'attribute' = 'text'): string {
  const pattern = where === 'attribute' ? /[&<>"'\r\n\t]/g : /[&<>\r]/g;
  return sanitizeText(text).replace(pattern, (c) => ENTITIES[c]);
}
