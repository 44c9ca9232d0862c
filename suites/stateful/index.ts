import type { Requirement } from '../../src/run/requirement.js';

/** The stateful area, in report order. */
export const statefulRequirements: Requirement[] = [];
