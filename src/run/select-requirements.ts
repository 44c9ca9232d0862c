import type { Requirement } from './requirement.js';

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
