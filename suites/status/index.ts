import type { Requirement } from '../../src/run/requirement.js';
import filter from './filter.js';
import totalsAddUp from './totals-add-up.js';
import unknown400 from './unknown-400.js';
import values from './values.js';

/** The status area, in report order. */
export const statusRequirements: Requirement[] = [values, filter, totalsAddUp, unknown400];
