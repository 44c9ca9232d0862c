// Text from a target made safe for a report format: characters XML forbids replaced, then escaped for HTML or XML.

/**
 * Characters XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
 * With the `u` flag a lone surrogate is its own code point, so it falls outside every range.
 */
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Makes text from a target safe to put in XML, HTML or Markdown: every character
 * XML 1.0 forbids becomes U+FFFD, so a reader still sees that something was there.
 */
export function sanitizeText(text: string): string {
  return text.replace(ILLEGAL, '\uFFFD');
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and quoted attribute values; control characters become U+FFFD. */
export function escapeHtml(text: string): string {
  return sanitizeText(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

const XML_ENTITIES: Record<string, string> = {
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
  return sanitizeText(text).replace(pattern, (c) => XML_ENTITIES[c]);
}
