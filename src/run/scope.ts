import type { Requirement } from './requirement.js';

// What a run covers and how it replays: the requirements --only/--skip select, a --shard's part of them
// and of a property's cases, and each requirement's own seed.

/**
 * The requirements `--only` and `--skip` leave (ids or areas, case-insensitive).
 * Returns the names it does not know, so the caller can refuse them.
 */
export function selectRequirements(
  catalogue: readonly Requirement[],
  only: readonly string[],
  skip: readonly string[],
): { selected: Requirement[]; unknown: string[] } {
  const known = new Set(catalogue.flatMap((r) => [r.id.toLowerCase(), r.area.toLowerCase()]));
  const unknown = [...only, ...skip].filter((name) => !known.has(name.toLowerCase()));
  const matches = (r: Requirement, names: readonly string[]) => names.some((n) => [r.id.toLowerCase(), r.area.toLowerCase()].includes(n.toLowerCase()));
  const selected = catalogue.filter((r) => (only.length === 0 || matches(r, only)) && !matches(r, skip));
  return { selected, unknown };
}

/** Part `index` (1-based) of `count` parts of a run: `--shard=I/N`. */
export interface Shard {
  index: number;
  count: number;
}

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

/** A 32-bit seed for one requirement, from the run's seed and its id (FNV-1a), so each check replays on its own. */
export function deriveSeed(runSeed: number, id: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${runSeed}:${id}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}
