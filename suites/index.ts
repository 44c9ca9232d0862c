import type { Requirement } from '../src/run/requirement.js';
import { createRequirements } from './create/index.js';
import { docsFlowRequirements } from './docs-flow/index.js';
import { errorsRequirements } from './errors/index.js';
import { listRequirements } from './list/index.js';
import { readRequirements } from './read/index.js';
import { statefulRequirements } from './stateful/index.js';
import { statusRequirements } from './status/index.js';
import { transportRequirements } from './transport/index.js';
import { updateRequirements } from './update/index.js';

/** The catalogue: the only list of requirements. Order is report order. */
export const catalogue: readonly Requirement[] = [
  ...docsFlowRequirements,
  ...transportRequirements,
  ...createRequirements,
  ...readRequirements,
  ...updateRequirements,
  ...listRequirements,
  ...statusRequirements,
  ...statefulRequirements,
  ...errorsRequirements,
];

const ids = new Set<string>();
for (const r of catalogue) {
  if (ids.has(r.id)) throw new Error(`requirement id ${r.id} is declared twice`);
  ids.add(r.id);
}
