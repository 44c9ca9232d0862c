/**
 * Whether an `errors` entry names `field`, compared loosely: the field may
 * be the name or a JSON pointer or path ending in it (`/email`, `body.email`,
 * `$['email']`), in any case; an entry for the body as a whole names it when
 * its message quotes the name.
 */
export function fieldNamed(entry: unknown, field: string): boolean {
  if (typeof entry !== 'object' || entry === null) return false;
  const { field: named, message } = entry as { field?: unknown; message?: unknown };
  if (typeof named !== 'string') return false;
  const segments = named.split(/[./[\]'"#$]+/).filter(Boolean);
  if (segments.length > 0 && segments[segments.length - 1].toLowerCase() === field.toLowerCase()) return true;
  const wholeBody = segments.length === 0 || ['(body)', 'body', 'root', 'request'].includes(named.toLowerCase());
  return wholeBody && typeof message === 'string' && new RegExp(`\\b${field}\\b`, 'i').test(message);
}
