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
