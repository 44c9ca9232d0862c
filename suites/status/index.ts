import type { Requirement } from '../../src/run/requirement.js';

/** The status area, in report order. */
export const statusRequirements: Requirement[] = [];
