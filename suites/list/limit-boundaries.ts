/** The limits at both ends of [min, max] and one step inside, in order, without repeats. */
export function limitBoundaries(min: number, max: number): number[] {
  return [...new Set([min, min + 1, max - 1, max])].filter((n) => n >= min && n <= max);
}
