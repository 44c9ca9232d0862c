import type { Shard } from './shard.js';

/**
 * One shard's part of a property's cases under `--shard=I/N`: every N-th listed example from
 * the I-th, and an even share of the generated cases (fast-check's `numRuns` counts both, the
 * listed examples first). The shards together run exactly the cases of an unsharded run's
 * budget, none twice. Without a shard, or with one part, all of them.
 */
export function shareOfCases<T>(examples: readonly T[], numRuns: number, shard: Shard | undefined): { examples: T[]; numRuns: number } {
  if (!shard || shard.count === 1) return { examples: [...examples], numRuns };
  // fast-check runs at most numRuns cases: examples past that are never run.
  const listed = examples.slice(0, numRuns);
  const mine = listed.filter((_, i) => i % shard.count === shard.index - 1);
  const generated = numRuns - listed.length;
  // The first shards take the odd examples, the last ones the odd generated cases: balanced to within one.
  const extra = shard.count - shard.index < generated % shard.count ? 1 : 0;
  return { examples: mine, numRuns: mine.length + Math.floor(generated / shard.count) + extra };
}
