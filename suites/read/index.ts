import type { Requirement } from '../../src/run/requirement.js';

/** The read area, in report order. */
export const readRequirements: Requirement[] = [];
