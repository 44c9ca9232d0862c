/**
 * How two views of a user differ, one phrase per field: what was sent or
 * expected against what a response shows, and a GET against the list.
 */

import { isDeepStrictEqual } from 'node:util';
import { showValue } from './show.js';
import { compareTimestamps } from './time.js';

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
    if (!same) out.push(`${field} is ${showValue(got)}, expected ${showValue(want)}`);
  }
  return out;
}

/** Fields a list item and a GET both show the stored value of, compared exactly. */
const exactFields = ['userId', 'email', 'firstName', 'lastName'] as const;

/**
 * Where a GET of a user disagrees with its list item, one line each: the
 * fields both carry, createdAt as an instant (two renderings of one instant
 * agree). status is left out: a target may change it between the two reads.
 */
export function listedDifferences(listed: Record<string, unknown>, read: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const field of exactFields) {
    if (listed[field] === undefined || read[field] === undefined) continue;
    if (listed[field] !== read[field]) out.push(`${field} is ${showValue(read[field])}, the list shows ${showValue(listed[field])}`);
  }
  // A value that is no date-time is TRANSPORT-RESPONSE-SCHEMA's finding, not a disagreement.
  if (compareTimestamps(listed.createdAt, read.createdAt) ?? 0) {
    out.push(`createdAt is ${showValue(read.createdAt)}, the list shows ${showValue(listed.createdAt)}`);
  }
  return out;
}

/** Fields an echo is compared on only when the response carries them. */
const optional = ['dateOfBirth', 'country', 'phoneNumber'];

/** A value in a mismatch; long strings also say their length, so a cut-off shows. */
const showCut = (value: unknown) => showValue(value, { max: 60, absent: 'undefined', countCut: true });

/**
 * How `got` differs from what was `sent`: one phrase per field. email,
 * firstName and lastName must be equal; dateOfBirth, country and phoneNumber
 * are compared when `got` carries them (a null phoneNumber when none was sent
 * is no difference). With `emailAnyCase`, e-mails differing only in case are
 * equal: the contract fixes the 201 echo, but a later read only to the
 * same e-mail, which it compares case-insensitively.
 */
export function echoMismatches(sent: Record<string, unknown>, got: Record<string, unknown>, options: { emailAnyCase?: boolean } = {}): string[] {
  const out: string[] = [];
  for (const field of ['email', 'firstName', 'lastName', ...optional]) {
    const value = got[field];
    if (optional.includes(field) && (value === undefined || (value === null && sent[field] === undefined))) continue;
    const same =
      field === 'email' && options.emailAnyCase && typeof value === 'string' && typeof sent[field] === 'string'
        ? value.toLowerCase() === sent[field].toLowerCase()
        : value === sent[field];
    if (!same) out.push(`${field} ${showCut(value)} instead of ${showCut(sent[field])}`);
  }
  return out;
}
