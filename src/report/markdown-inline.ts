import { sanitizeText } from './sanitize-text.js';

/**
 * Text from a report as inline Markdown: Markdown and HTML punctuation is backslash-escaped
 * (a target's words must not become links, images or tags), newlines become spaces.
 */
export function markdownInline(text: string): string {
  return sanitizeText(text)
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_[\]<>|#!~&]/g, (c) => (c === '&' ? '&amp;' : `\\${c}`));
}
