// How the errors area reads an error answer: which ones it judges, and whether an errors entry names a field.

import { targetIsUri, type Exchange } from '../../src/http/exchange.js';

/**
 * The status of an answer whose body the errors area judges: a 4xx, but not 413 and 415 (the
 * contract exempts them, a proxy or framework may answer them) nor 429 (a rate limit, waited
 * out, never reported), to a request whose target is a URI (targetIsUri); else undefined.
 */
export function judgedErrorStatus(exchange: Exchange): number | undefined {
  const status = exchange.status;
  if (status === undefined || status < 400 || status > 499 || status === 413 || status === 415 || status === 429) return undefined;
  return targetIsUri(exchange) ? status : undefined;
}

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
