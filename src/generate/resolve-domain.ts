/** A fixed e-mail domain, or a function that hands out a fresh one per address (`() => ctx.emailDomain()`). */
export type DomainSource = string | (() => string);

/** The domain for one address: the fixed one, or a fresh one from the source. */
export function resolveDomain(source: DomainSource): string {
  return typeof source === 'string' ? source : source();
}
