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
}

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,14}[a-z0-9])?$/);

/**
 * Shapes of accept-set addresses, the boundary shapes mixed in and listed as
 * examples: shortest local, longest local, a +tag, mixed case with every
 * special character, exactly 254 characters.
 */
export function emailShape(): ExampleArbitrary<EmailShape> {
  const boundaries: EmailShape[] = [
    { local: 'a', labels: [] },
    { local: 'x'.repeat(64), labels: [] },
    { local: 'first.last+tag', labels: [] },
    { local: 'Mixed.Case+Tag_1%x-y', labels: ['sub'] },
    { local: `${'ab.'.repeat(21)}a`, labels: [], length: 254 },
  ];
  const generated = fc.record({ local: validEmailLocal(), labels: fc.array(label, { maxLength: 2 }) });
  return withExamples(fc.oneof({ arbitrary: fc.constantFrom(...boundaries), weight: 1 }, { arbitrary: generated, weight: 4 }), boundaries);
}
