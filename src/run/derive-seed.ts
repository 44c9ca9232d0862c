/** A 32-bit seed for one requirement, from the run's seed and its id (FNV-1a), so each check replays on its own. */
export function deriveSeed(runSeed: number, id: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${runSeed}:${id}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}
