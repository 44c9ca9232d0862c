import type { Requirement } from '../../src/run/requirement.js';

/** The create area, in report order. */
export const createRequirements: Requirement[] = [];
