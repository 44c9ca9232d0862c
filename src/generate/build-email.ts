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

const capitalised = (label: string): string => label.charAt(0).toUpperCase() + label.slice(1);

/** Labels in the case a shape asks for. */
function cased(labels: string[], domainCase: EmailShape['domainCase']): string[] {
  if (domainCase === undefined) return labels;
  return labels.map((label, i) => (domainCase === 'upper' || i % 2 === 1 ? label.toUpperCase() : capitalised(label)));
}

/**
 * The address of a shape under a domain: `local@[labels.]domain`, padded to
 * `shape.length` when it asks, its domain in the shape's case. The domain's
 * first label keeps its case: it carries the run id (`ctx.emailDomain()`),
 * which stays findable as written.
 */
export function buildEmail(shape: EmailShape, domain: string): string {
  const head = `${shape.local}@`;
  const [first, ...parents] = domain.split('.');
  const tail = [...cased(shape.labels, shape.domainCase), first, ...cased(parents, shape.domainCase)].join('.');
  const address = head + tail;
  if (shape.length === undefined) return address;
  const missing = shape.length - address.length;
  if (missing === 0) return address;
  // A padding label and its dot take at least two characters.
  if (missing < 2) throw new Error(`cannot pad ${address} to ${shape.length} characters`);
  return `${head}${padding(missing - 1)}.${tail}`;
}
