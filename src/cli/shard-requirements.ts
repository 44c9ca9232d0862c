import type { Requirement } from '../run/requirement.js';
import type { Shard } from '../run/scope.js';

/**
 * The requirements one shard of a CI matrix runs. Checks that send their own requests are
 * dealt round-robin over the selection in catalogue order: deterministic for one version of
 * the catalogue, balanced to within one, and neighbours (often of a like cost, such as the
 * property checks of one area) land on different shards. Two kinds run in every shard:
 * observing rules (`observe`), which judge every response of a run, and property checks
 * (`property`), each shard running its own part of their generated cases. --merge-reports
 * joins their verdicts (failed if any shard saw a violation).
 */
export function shardRequirements(requirements: readonly Requirement[], shard: Shard | undefined): Requirement[] {
  if (!shard || shard.count === 1) return [...requirements];
  let dealt = 0;
  return requirements.filter((r) => r.observe !== undefined || r.property === true || dealt++ % shard.count === shard.index - 1);
}
