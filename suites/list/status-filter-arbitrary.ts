import fc from 'fast-check';
import { userStatuses } from './user-statuses.js';

/** A status filter for a list case, or none (half the time): paging must hold either way. */
export function statusFilterArbitrary(): fc.Arbitrary<string | undefined> {
  return fc.option(fc.constantFrom(...userStatuses), { nil: undefined, freq: 2 });
}
