import type { Requirement } from '../../src/run/requirement.js';

/** The list area, in report order. */
export const listRequirements: Requirement[] = [];
