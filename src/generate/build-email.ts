import type { EmailShape } from './email-shape.js';

/** Dot-separated labels of at most 63 characters, exactly `length` characters in all. */
function padding(length: number): string {
  const labels: string[] = [];
  let left = length;
  while (left > 63) {
    // Leave room for the dot and at least one character after it.
    const take = Math.min(63, left - 2);
    labels.push('p'.repeat(take));
    left -= take + 1;
  }
  labels.push('p'.repeat(left));
  return labels.join('.');
}

/** The address of a shape under a domain: `local@[labels.]domain`, padded to `shape.length` when it asks. */
export function buildEmail(shape: EmailShape, domain: string): string {
  const head = `${shape.local}@`;
  const tail = [...shape.labels, domain].join('.');
  const address = head + tail;
  if (shape.length === undefined) return address;
  const missing = shape.length - address.length;
  if (missing === 0) return address;
  // A padding label and its dot take at least two characters.
  if (missing < 2) throw new Error(`cannot pad ${address} to ${shape.length} characters`);
  return `${head}${padding(missing - 1)}.${tail}`;
}
