import type { Requirement } from '../../src/run/requirement.js';

/** The update area, in report order. */
export const updateRequirements: Requirement[] = [];
