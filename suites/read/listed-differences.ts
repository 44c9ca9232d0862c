import { compareTimestamps } from '../update/compare-timestamps.js';
import { shown } from '../update/shown.js';

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
    if (listed[field] !== read[field]) out.push(`${field} is ${shown(read[field])}, the list shows ${shown(listed[field])}`);
  }
  // A value that is no date-time is TRANSPORT-RESPONSE-SCHEMA's finding, not a disagreement.
  if (compareTimestamps(listed.createdAt, read.createdAt) ?? 0) {
    out.push(`createdAt is ${shown(read.createdAt)}, the list shows ${shown(listed.createdAt)}`);
  }
  return out;
}
