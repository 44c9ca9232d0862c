import type fc from 'fast-check';

/**
 * An arbitrary that also lists the values a property must always try once:
 * the boundaries of a valid-value generator, or every listed reject value of
 * an invalid-case generator. Pass them on:
 * `ctx.property(arb, p, { examples: arb.examples, runs: … })`.
 */
export type ExampleArbitrary<T> = fc.Arbitrary<T> & { readonly examples: T[] };

/** Attaches `examples` to an arbitrary (to a fresh wrapper, so a shared instance is never changed). */
export function withExamples<T>(arbitrary: fc.Arbitrary<T>, examples: T[]): ExampleArbitrary<T> {
  return Object.assign(
    arbitrary.map((value) => value),
    { examples },
  );
}
