import { compareInstants } from './compare-instants.js';
import { parseInstant } from './parse-instant.js';

/**
 * Why user `b` may not come right after user `a` in list order (createdAt
 * ascending, ties by userId ascending), or undefined when it may — or when it
 * cannot be told because a timestamp does not parse (TRANSPORT-RESPONSE-SCHEMA
 * reports that).
 */
export function orderBreak(a: Record<string, unknown>, b: Record<string, unknown>): string | undefined {
  const at = parseInstant(a.createdAt);
  const bt = parseInstant(b.createdAt);
  if (!at || !bt) return undefined;
  const byTime = compareInstants(at, bt);
  if (byTime < 0) return undefined;
  if (byTime > 0) return `createdAt goes backwards: ${describe(a)} comes before ${describe(b)}`;
  if (typeof a.userId !== 'string' || typeof b.userId !== 'string') return undefined;
  // Ties: plain code-unit order is what the contract says; a case-insensitive
  // order (a common database collation) is accepted too, as the contract does
  // not name a collation.
  if (a.userId <= b.userId || a.userId.toLowerCase() <= b.userId.toLowerCase()) return undefined;
  return `equal createdAt but userId goes backwards: ${describe(a)} comes before ${describe(b)}`;
}

function describe(user: Record<string, unknown>): string {
  return `${String(user.userId)} (createdAt ${String(user.createdAt)})`;
}
