import { userStatuses } from '../user-record.js';
import type { FaultDefinition, SeamOverrides } from './fault-definition.js';
import { storeWith, withParam } from './fault-helpers.js';

/** A hook that rewrites the status filter before the list reads it. */
const statusReadAs = (rewrite: (status: string) => string) => (): SeamOverrides => ({
  listQuery: (next) => (params) => {
    const status = params.get('status');
    return next(status === null ? params : withParam(params, 'status', rewrite(status)));
  },
});

/** Faults of the status area (by the id of the requirement each proves first). */
export const statusFaults = [
  {
    name: 'status-uppercase',
    rule: 'status is one of pending_verification, active, suspended, closed.',
    description: 'status is rendered upper case (PENDING_VERIFICATION) in every response.',
    proves: ['STATUS-VALUES'],
    hook: () => ({ render: (next) => (user) => ({ ...next(user), status: user.status.toUpperCase() }) }),
  },
  {
    name: 'status-filter-ignored',
    rule: 'With status, every listed user has that status.',
    description: 'The status query parameter is checked but not applied.',
    proves: ['STATUS-FILTER', 'STATUS-TOTALS-ADD-UP'],
    hook: () => ({ store: (inner) => storeWith(inner, { column: () => inner.column(userStatuses) }) }),
  },
  {
    name: 'closed-excluded-from-total',
    rule: 'The totals of the four statuses add up to the unfiltered total.',
    description: 'The unfiltered list leaves closed users out of users and total (the closed filter still works).',
    proves: ['STATUS-TOTALS-ADD-UP'],
    hook: () => ({
      // The unfiltered list leaves closed users out; a status filter still works.
      store: (inner) => storeWith(inner, {
        column: (statuses) => inner.column(statuses.length === userStatuses.length ? statuses.filter((s) => s !== 'closed') : statuses),
      }),
    }),
  },
  {
    name: 'unknown-status-ignored',
    rule: 'An unknown status value: 400.',
    description: 'An unknown status value is ignored (no filter, 200).',
    proves: ['STATUS-UNKNOWN-400'],
    hook: () => ({
      listQuery: (next) => (params) => {
        const status = params.get('status');
        const known = status === null || status === 'pending' || (userStatuses as readonly string[]).includes(status);
        return next(known ? params : withParam(params, 'status', undefined));
      },
    }),
  },
  {
    name: 'status-case-insensitive',
    rule: 'status is one of the four statuses; any other value: 400.',
    description: 'The status filter is compared ignoring case (as with ILIKE): ?status=ACTIVE answers 200 with the active users.',
    proves: ['STATUS-UNKNOWN-400'],
    hook: statusReadAs((status) => status.toLowerCase()),
  },
  {
    name: 'status-trimmed',
    rule: 'status is one of the four statuses; any other value: 400.',
    description: 'The status filter is trimmed first: ?status=%20active answers 200 with the active users.',
    proves: ['STATUS-UNKNOWN-400'],
    hook: statusReadAs((status) => status.trim()),
  },
] as const satisfies readonly FaultDefinition[];
