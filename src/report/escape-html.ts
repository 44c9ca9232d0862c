import { sanitizeText } from './sanitize-text.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and quoted attribute values; control characters become U+FFFD. */
export function escapeHtml(text: string): string {
  return sanitizeText(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
