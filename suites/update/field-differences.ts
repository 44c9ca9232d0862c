import { isDeepStrictEqual } from 'node:util';
import { shown } from './shown.js';

/**
 * The fields of `fields` whose value in `actual` differs from `expected`, one
 * line each. A field `expected` does not carry is not compared. A field
 * `actual` leaves out counts only when `absentCounts` (responses need not carry
 * every field, so whether absence is wrong depends on the response). `email`
 * is compared case-insensitively: the contract compares e-mails so, and fixes
 * their case only in the 201 echo (CREATE-ECHO judges that).
 */
export function fieldDifferences(
  expected: Record<string, unknown>,
  actual: Record<string, unknown>,
  fields: readonly string[],
  absentCounts: boolean | ((field: string) => boolean) = true,
): string[] {
  const out: string[] = [];
  for (const field of fields) {
    const want = expected[field];
    if (want === undefined) continue;
    const got = actual[field];
    if (got === undefined && !(typeof absentCounts === 'function' ? absentCounts(field) : absentCounts)) continue;
    const same = field === 'email' && typeof got === 'string' && typeof want === 'string' ? got.toLowerCase() === want.toLowerCase() : isDeepStrictEqual(got, want);
    if (!same) out.push(`${field} is ${shown(got)}, expected ${shown(want)}`);
  }
  return out;
}
