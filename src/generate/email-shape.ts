import fc from 'fast-check';
import { validEmailLocal } from './valid-email-local.js';
import { withExamples, type ExampleArbitrary } from './with-examples.js';

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
