import { buildEmail } from './build-email.js';
import { emailShape } from './email-shape.js';
import { resolveDomain, type DomainSource } from './resolve-domain.js';
import { withExamples, type ExampleArbitrary } from './with-examples.js';

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
