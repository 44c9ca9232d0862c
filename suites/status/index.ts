import { inArea, type Requirement } from '../../src/run/requirement.js';
import statusFilter from './status-filter.js';
import statusTotalsAddUp from './status-totals-add-up.js';
import statusUnknown400 from './status-unknown-400.js';
import statusValues from './status-values.js';

/** The status area, in report order. */
export const statusRequirements: Requirement[] = inArea('status', [statusValues, statusFilter, statusTotalsAddUp, statusUnknown400]);
