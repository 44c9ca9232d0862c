import type { FaultDefinition } from './fault-definition.js';

/** Faults of the status area (by the id of the requirement each proves first). */
export const statusFaults = [
  {
    name: 'status-uppercase',
    rule: 'status is one of pending_verification, active, suspended, closed.',
    description: 'status is rendered upper case (PENDING_VERIFICATION) in every response.',
    proves: ['STATUS-VALUES'],
  },
  {
    name: 'status-filter-ignored',
    rule: 'With status, every listed user has that status.',
    description: 'The status query parameter is checked but not applied.',
    proves: ['STATUS-FILTER', 'STATUS-TOTALS-ADD-UP'],
  },
  {
    name: 'closed-excluded-from-total',
    rule: 'The totals of the four statuses add up to the unfiltered total.',
    description: 'The unfiltered list leaves closed users out of users and total (the closed filter still works).',
    proves: ['STATUS-TOTALS-ADD-UP'],
  },
  {
    name: 'unknown-status-ignored',
    rule: 'An unknown status value: 400.',
    description: 'An unknown status value is ignored (no filter, 200).',
    proves: ['STATUS-UNKNOWN-400'],
  },
] as const satisfies readonly FaultDefinition[];
