import fc from 'fast-check';
import { withExamples, type ExampleArbitrary } from './with-examples.js';

// E-mail addresses of the accept set: a shape (local part, subdomain, +tag), then the address built from it under a domain the run owns.

/**
 * An accept-set e-mail before its domain is known: the local part, the
 * extra subdomain labels put in front of the domain, and optionally the
 * exact total length to pad the address to (with more labels). The domain
 * comes last, per request, so every address sent can be fresh.
 */
export interface EmailShape {
  local: string;
  labels: string[];
  /** Pad with labels to exactly this many characters (the 254 boundary). */
  length?: number;
  /** Upper-case letters in the domain (DNS names are case-insensitive): every label in upper case, or labels in turn capitalised and upper case. */
  domainCase?: 'upper' | 'mixed';
}

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,14}[a-z0-9])?$/);

/**
 * Shapes of accept-set addresses, the boundary shapes mixed in and listed as
 * examples: shortest local, longest local, a +tag, mixed case with every
 * special character, a mixed-case domain, exactly 254 characters.
 */
export function emailShape(): ExampleArbitrary<EmailShape> {
  const boundaries: EmailShape[] = [
    { local: 'a', labels: [] },
    { local: 'x'.repeat(64), labels: [] },
    { local: 'first.last+tag', labels: [] },
    { local: 'Mixed.Case+Tag_1%x-y', labels: ['sub'] },
    { local: 'upper.domain', labels: ['sub'], domainCase: 'mixed' },
    { local: `${'ab.'.repeat(21)}a`, labels: [], length: 254 },
  ];
  const generated = fc.record(
    { local: validEmailLocal(), labels: fc.array(label, { maxLength: 2 }), domainCase: fc.constantFrom('upper' as const, 'mixed' as const) },
    { requiredKeys: ['local', 'labels'] },
  );
  return withExamples(fc.oneof({ arbitrary: fc.constantFrom(...boundaries), weight: 1 }, { arbitrary: generated, weight: 4 }), boundaries);
}

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

const atomChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_%+-'.split('');
const atom = fc.string({ unit: fc.constantFrom(...atomChars), minLength: 1, maxLength: 12 });
const tagChars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'.split('');

/**
 * Local parts from the contract's accept set: 1–64 of `A-Za-z0-9._%+-`, not
 * starting or ending with `.`, no `..`; dot-separated atoms, often a `+tag`,
 * mixed case. Boundaries (1 and 64 characters, +tags, every special) are
 * mixed in and listed as examples.
 */
export function validEmailLocal(): ExampleArbitrary<string> {
  const boundaries = ['a', 'Z', '0', 'x'.repeat(64), `${'ab.'.repeat(21)}a`, 'user+tag', 'first.last+news', '%+-_', 'Mixed.CASE+Tag'];
  const generated = fc
    .tuple(fc.array(atom, { minLength: 1, maxLength: 4 }), fc.option(fc.string({ unit: fc.constantFrom(...tagChars), minLength: 1, maxLength: 10 })))
    .map(([atoms, tag]) => `${atoms.join('.')}${tag === null ? '' : `+${tag}`}`)
    .filter((local) => local.length <= 64);
  return withExamples(fc.oneof({ arbitrary: fc.constantFrom(...boundaries), weight: 1 }, { arbitrary: generated, weight: 4 }), boundaries);
}

/**
 * Accept-set addresses `local@[labels.]domain`, at most 254 characters (the
 * boundary of exactly 254 among the examples). Give `() => ctx.emailDomain()`
 * as the domain when the addresses create users: each generated value then
 * gets a fresh domain, so no two requests share an address.
 */
export function validEmail(domain: DomainSource): ExampleArbitrary<string> {
  const shapes = emailShape();
  return withExamples(
    shapes.map((shape) => buildEmail(shape, resolveDomain(domain))),
    shapes.examples.map((shape) => buildEmail(shape, resolveDomain(domain))),
  );
}

/** A fixed e-mail domain, or a function that hands out a fresh one per address (`() => ctx.emailDomain()`). */
export type DomainSource = string | (() => string);

/** The domain for one address: the fixed one, or a fresh one from the source. */
export function resolveDomain(source: DomainSource): string {
  return typeof source === 'string' ? source : source();
}
